package org.dateline.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is the subject of a speech verb, read from the dependency parse, as the key of an entity.
 * <ul>
 * <li>The verb's subject, wherever it stands: "Zeine said", "Boeing has announced", "Louis Gallois,
 * the Airbus chief executive, said", "said Jim Press", "the company, it added". A verb with no subject
 * of its own takes the one of the verb it depends on ("justified his choice by saying", "in a letter
 * stating"); "quoted Djamal as saying" is Djamal's.</li>
 * <li>The subject resolves to the entity that covers it; through an apposition ("the firm's chief
 * executive, Alan Mulally"); a body that speaks for a country or organisation ("Chad's government",
 * "the Kenyan foreign ministry", "a spokesman for the ministry of X") to that one; a title
 * ("the vice president and chairman of Chrysler LLC Jim Press") to the person it names.</li>
 * <li>"he" and "she" are the person {@link PronounResolver} found, else the person who spoke last or
 * was named last within a few paragraphs; "it" and "they" the organisation or country that spoke
 * last, or failing that the one named last, in the paragraph or the one before; "the firm", "the
 * company" (speaker-nouns.tsv) likewise, an organisation only.</li>
 * </ul>
 */
final class Speakers {

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "they", "we");
    /** How a verb without a subject of its own hangs on the verb whose subject speaks. */
    private static final Set<String> CARRYING = Set.of("xcomp", "advcl", "conj", "acl", "obl", "dep", "nmod");
    /** How the words of one name hang together: "Apple CEO Steve Jobs", "X, the chief executive". */
    private static final Set<String> NAME_RELATIONS = Set.of("compound", "flat", "appos", "dep");
    /** How a body or a title hangs on whom it belongs to: "Chad's government", "a spokesman for the ministry". */
    private static final Set<String> OWNER_RELATIONS = Set.of("nmod:poss", "amod", "compound", "nmod", "flat", "appos",
            "conj");

    private final Reading reading;
    private final DependencyIndex parse;
    private final WordLists lists;
    private record Spoke(String key, int position) {
    }

    /** Speakers found so far, with where they spoke, for "it" and "they". */
    private final List<Spoke> spoken = new ArrayList<>();

    Speakers(Reading reading, DependencyIndex parse, WordLists lists) {
        this.reading = reading;
        this.parse = parse;
        this.lists = lists;
    }

    /** Remembers that an entity spoke at this position, for the pronouns that follow. */
    void spoke(String key, int position) {
        if (key != null) {
            spoken.add(new Spoke(key, position));
        }
    }

    /** Whether the parse gives the verb a subject, its own or carried; -1 when it gives none. */
    int subject(int verb) {
        boolean own = parse.dependents(verb).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
        if (!own && reading.token(verb).tag().equals("VBG")) {
            // "the broadcaster said, adding that ...": the one who said it adds it, however the parse hangs it.
            AnnotatedText.Sentence sentence = reading.sentenceOf(verb);
            for (int k = verb - 1; k >= sentence.firstToken(); k--) {
                if (lists.isSpeechVerb(reading.token(k)) && !reading.token(k).tag().equals("VBG")) {
                    return subject(k);
                }
            }
        }
        int node = verb;
        for (int step = 0; step < 6; step++) {
            Optional<AnnotatedText.Dependency> subject = parse.dependents(node).stream()
                    .filter(d -> d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj"))
                    .findFirst();
            if (subject.isPresent()) {
                return subject.get().dependent();
            }
            if (node != verb && isLemma(node, "quote", "cite")) {
                // "Detik.com quoted Djamal as saying": the one quoted speaks.
                Optional<AnnotatedText.Dependency> quoted = parse.dependents(node).stream()
                        .filter(d -> d.relation().equals("obj") || d.relation().equals("nsubj:pass")).findFirst();
                if (quoted.isPresent()) {
                    return quoted.get().dependent();
                }
            }
            int current = node;
            Optional<AnnotatedText.Dependency> up = parse.governors(node).stream()
                    .filter(d -> CARRYING.stream().anyMatch(r -> d.relation().equals(r) || d.relation().startsWith(r + ":")))
                    .filter(d -> sameSentence(d.governor(), current))
                    .findFirst();
            if (up.isEmpty()) {
                return -1;
            }
            node = up.get().governor();
        }
        return -1;
    }

    /** The entity that speaks through this verb; empty when the subject is no entity or there is none. */
    Optional<String> of(int verb) {
        int subject = subject(verb);
        return subject < 0 ? Optional.empty() : entityOf(subject, verb);
    }

    /**
     * The entity a subject (its head token) stands for: a person named in the subject's own name
     * ("Apple CEO Steve Jobs", "Louis Gallois, the Airbus chief executive"), else the entity that
     * covers the head, else one the head is apposed to ("The US car manufacturer General Motors"),
     * else for a speaking body or a title the country, organisation or person it belongs to
     * ("Chad's government", "a spokesman for the ministry").
     */
    Optional<String> entityOf(int head, int verb) {
        AnnotatedText.Token token = reading.token(head);
        String word = token.text().toLowerCase(Locale.ROOT);
        if (token.tag().startsWith("PRP") && GROUP_PRONOUNS.contains(word)) {
            return lastGroupSpeaker(token.begin());
        }
        if (parse.dependents(head).stream().anyMatch(d -> d.relation().startsWith("conj")
                && reading.spanCovering(d.dependent()).isPresent())) {
            return Optional.empty(); // "Mali, Burkina Faso and Niger said": several speakers, not the first one named
        }
        Optional<Span> covering = reading.spanCovering(head).filter(s -> s.type != EntityType.PLACE);
        if (token.tag().startsWith("PRP") && PERSON_PRONOUNS.contains(word)) {
            return covering.map(s -> s.key).or(() -> lastPersonSpeaker(token.begin()));
        }
        List<Span> named = new ArrayList<>();
        // A demonym in the subject ("the American daily newspaper") does not name the speaker.
        phrase(head, verb, NAME_RELATIONS, 0, new ArrayList<>()).forEach(t -> reading.spanCovering(t)
                .filter(s -> s.type != EntityType.PLACE && s.kind != Span.Kind.DEMONYM && !named.contains(s))
                .ifPresent(named::add));
        Optional<Span> person = named.stream().filter(s -> s.type == EntityType.PERSON).findFirst();
        if (person.isPresent()) {
            return Optional.of(person.get().key);
        }
        if (covering.isPresent()) {
            return Optional.of(covering.get().key);
        }
        if (!named.isEmpty() && !token.tag().startsWith("PRP")) {
            return Optional.of(named.get(0).key);
        }
        if (lists.organisationNouns.contains(word) && hasDefiniteArticle(head)) {
            return lastGroupSpeaker(token.begin(), true);
        }
        if (lists.speakingBodies.contains(word) || lists.isTitleWord(word)) {
            List<Span> owners = new ArrayList<>();
            phrase(head, verb, OWNER_RELATIONS, 0, new ArrayList<>()).forEach(t -> reading.spanCovering(t)
                    .filter(s -> s.type != EntityType.PLACE && !owners.contains(s)).ifPresent(owners::add));
            int at = token.begin();
            return owners.stream().min(Comparator.comparingInt(s -> Math.abs(s.begin - at))).map(s -> s.key);
        }
        return Optional.empty();
    }

    /** The head and what hangs on it through these relations, a few levels down, in its sentence. */
    private List<Integer> phrase(int node, int verb, Set<String> relations, int depth, List<Integer> phrase) {
        if (phrase.contains(node) || depth > 4 || node == verb) {
            return phrase;
        }
        phrase.add(node);
        for (AnnotatedText.Dependency d : parse.dependents(node)) {
            boolean follows = relations.contains(d.relation())
                    || relations == OWNER_RELATIONS && d.relation().startsWith("nmod:");
            if (follows && sameSentence(d.dependent(), node)) {
                phrase(d.dependent(), verb, relations, depth + 1, phrase);
            }
        }
        return phrase;
    }

    private boolean hasDefiniteArticle(int head) {
        return parse.dependents(head).stream().anyMatch(d -> d.relation().equals("det")
                && reading.token(d.dependent()).text().equalsIgnoreCase("the"));
    }

    private Optional<String> lastGroupSpeaker(int position) {
        return lastGroupSpeaker(position, false);
    }

    /**
     * "It added": the organisation or country that spoke last nearby, else the one named last nearby;
     * "the firm said": an organisation only.
     */
    private Optional<String> lastGroupSpeaker(int position, boolean organisationOnly) {
        if (organisationOnly) {
            // "In a statement on the Airbus website, the company said": the one its own sentence names.
            int sentenceStart = reading.sentenceOf(reading.tokenAt(position)).begin();
            Optional<Span> inSentence = reading.spans.stream()
                    .filter(s -> s.end <= position && s.begin >= sentenceStart && s.key != null && s.type == EntityType.ORGANIZATION)
                    .max(Comparator.comparingInt(s -> s.end));
            if (inSentence.isPresent()) {
                return Optional.of(inSentence.get().key);
            }
        }
        // "It" looks back to the paragraph before; "the firm", a description, a little further.
        int earliest = earliestAntecedent(position, organisationOnly ? 3 : 1);
        for (int i = spoken.size() - 1; i >= 0; i--) {
            Spoke s = spoken.get(i);
            if (s.position < position && s.position >= earliest && isGroup(s.key, organisationOnly)) {
                return Optional.of(s.key);
            }
        }
        return reading.spans.stream()
                .filter(s -> s.end <= position && s.begin >= earliest && s.key != null
                        && (s.type == EntityType.ORGANIZATION || !organisationOnly && s.type == EntityType.COUNTRY))
                .max(Comparator.comparingInt(s -> s.end)).map(s -> s.key);
    }

    /**
     * "He said" where no person is named in the paragraph or the one before: the person who spoke
     * last, else the one named last, within a few paragraphs.
     */
    private Optional<String> lastPersonSpeaker(int position) {
        int from = earliestAntecedent(position, 3);
        for (int i = spoken.size() - 1; i >= 0; i--) {
            Spoke s = spoken.get(i);
            if (s.position < position && s.position >= from && isPerson(s.key)) {
                return Optional.of(s.key);
            }
        }
        return reading.spans.stream()
                .filter(s -> s.end <= position && s.begin >= from && s.key != null && s.type == EntityType.PERSON)
                .max(Comparator.comparingInt(s -> s.end)).map(s -> s.key);
    }

    private boolean isPerson(String key) {
        return key.startsWith(EntityType.PERSON + ":")
                || reading.spans.stream().anyMatch(s -> key.equals(s.key) && s.type == EntityType.PERSON);
    }

    private boolean isGroup(String key, boolean organisationOnly) {
        return reading.spans.stream().filter(s -> key.equals(s.key)).findFirst()
                .map(s -> s.type == EntityType.ORGANIZATION || !organisationOnly && s.type == EntityType.COUNTRY)
                .orElse(false);
    }

    /** The start of the paragraph this many paragraphs before the one of the position. */
    private int earliestAntecedent(int position, int paragraphs) {
        int earliest = reading.paragraphStart(position);
        for (int i = 0; i < paragraphs && earliest > 0; i++) {
            earliest = reading.paragraphStart(earliest - 2);
        }
        return earliest;
    }

    private boolean isLemma(int token, String... lemmas) {
        String lemma = reading.token(token).lemma();
        for (String l : lemmas) {
            if (l.equalsIgnoreCase(lemma)) {
                return true;
            }
        }
        return false;
    }

    private boolean sameSentence(int a, int b) {
        return reading.sentenceOf(a) == reading.sentenceOf(b);
    }
}
