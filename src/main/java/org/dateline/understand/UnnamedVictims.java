package org.dateline.understand;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an assault told with no one named as its perpetrator (see {@link UnnamedActors}) stands all the same
 * when its victims are unnamed people too: "four persons were shot and killed in Kingston on Tuesday", "gunmen
 * abducted three people travelling on a boat", "another man was also shot and killed". Such a sentence names
 * neither actor nor target, yet it tells what event data (ACLED and the like) codes: violence at a place and a
 * date, its victims counted, its perpetrator unknown; the development corpus annotates it so. The event keeps
 * its place and date and is named apart from every other ({@code IriScheme#unnamedEvent}).
 *
 * <p>Only a verb told as having happened (past tense, or a past participle with a tense auxiliary: "were
 * killed", "have been killed"); a general statement ("civilians are killed every day") tells no one event. The
 * victims are a number or people as such (victim-words.txt), the passive subject or the object of the verb, not
 * said to be of a named country or body ("Nigerian policemen" is someone the rules failed to name, not no one).
 * Accidents and kinds are ruled out before (UnnamedActors.accidental, EventFinder.namesAKind), and so is a toll that
 * its sentence or the report's lead gives of a disaster (disaster-words.txt) and a relative clause's recollection.
 */
final class UnnamedVictims {

    private static final Set<String> PEOPLE = ArgumentWords.read("victim-words.txt");
    private static final Set<String> DISASTERS = ArgumentWords.read("disaster-words.txt");
    /** How many tokens of the report, from its start, make its headline and lead. */
    private static final int LEAD_TOKENS = 60;
    /** Auxiliaries that set a participle in the past: "was shot", "have been killed". */
    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "been", "had", "has", "have");
    /** How a verb names its victims. */
    private static final Set<String> VICTIM_RELATIONS = Set.of("nsubj:pass", "obj");
    /** How a noun says whose or where its people are: "Nigerian policemen", "residents of Lagos". */
    private static final Set<String> NAMING = Set.of("amod", "compound", "nmod:poss");

    private final WordLists lists;

    UnnamedVictims(WordLists lists) {
        this.lists = lists;
    }

    /** Whether the assault at verb {@code p}, with no actor named, struck only unnamed people and is told as done. */
    boolean struckUnnamedPeople(int p, Reading reading, DependencyIndex parse) {
        AnnotatedText.Token verb = reading.token(p);
        if (!toldAsDone(p, verb, reading, parse) || inRelativeClause(p, parse)) {
            return false;
        }
        List<Integer> victims = victims(p, parse);
        if (victims.isEmpty() || !victims.stream().allMatch(v -> unnamedPeople(v, reading, parse, 0))) {
            return false;
        }
        // a toll of a flood or of a disease counts its victims the same way: neither the sentence nor the lead tells one
        AnnotatedText.Sentence sentence = reading.sentenceOf(p);
        return !tellsADisaster(reading, sentence.firstToken(), sentence.endToken())
                && !tellsADisaster(reading, 0, Math.min(LEAD_TOKENS, reading.tokens().size()));
    }

    private static boolean tellsADisaster(Reading reading, int from, int to) {
        for (int i = from; i < to; i++) {
            AnnotatedText.Token t = reading.token(i);
            if (DISASTERS.contains(t.lemma().toLowerCase(Locale.ROOT)) || DISASTERS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean toldAsDone(int p, AnnotatedText.Token verb, Reading reading, DependencyIndex parse) {
        if (verb.tag().equals("VBD")) {
            return true;
        }
        if (!verb.tag().equals("VBN")) {
            return false;
        }
        // "have abducted", "were shot": a tense auxiliary of its own, or of the verb it is conjoined with ("were shot and killed")
        for (int node : List.of(p, conjunctHead(p, parse))) {
            if (node >= 0 && parse.dependents(node).stream().anyMatch(d -> (d.relation().equals("aux") || d.relation().equals("aux:pass"))
                    && PAST_AUXILIARIES.contains(reading.token(d.dependent()).text().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "demonstrated in Serbia, where 24 people were killed in riots last March": a relative clause recalls the
     * past of what it qualifies, background to the event the sentence tells, not news of its own.
     */
    private static boolean inRelativeClause(int p, DependencyIndex parse) {
        for (int node : List.of(p, conjunctHead(p, parse))) {
            if (node >= 0 && parse.governors(node).stream().anyMatch(d -> d.relation().startsWith("acl"))) {
                return true;
            }
        }
        return false;
    }

    private static int conjunctHead(int p, DependencyIndex parse) {
        return parse.governors(p).stream().filter(d -> d.relation().startsWith("conj")).map(AnnotatedText.Dependency::governor)
                .findFirst().orElse(-1);
    }

    /** The verb's victims: its passive subject or object, else those of the verb it is conjoined with. */
    private static List<Integer> victims(int p, DependencyIndex parse) {
        List<Integer> own = parse.dependents(p).stream().filter(d -> VICTIM_RELATIONS.contains(d.relation()))
                .map(AnnotatedText.Dependency::dependent).toList();
        int head = conjunctHead(p, parse);
        if (!own.isEmpty() || head < 0) {
            return own;
        }
        return parse.dependents(head).stream().filter(d -> VICTIM_RELATIONS.contains(d.relation()))
                .map(AnnotatedText.Dependency::dependent).toList();
    }

    /** A number or people as such ("three", "persons", "a group of people", "two of the men"), of no named country or body. */
    private boolean unnamedPeople(int noun, Reading reading, DependencyIndex parse, int depth) {
        AnnotatedText.Token token = reading.token(noun);
        if (token.tag().startsWith("NNP") || reading.spanCovering(noun).isPresent()) {
            return false;
        }
        for (AnnotatedText.Dependency d : parse.dependents(noun)) {
            if (NAMING.contains(d.relation()) && named(d.dependent(), reading)) {
                return false;
            }
        }
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        if (PEOPLE.contains(lemma) || PEOPLE.contains(token.text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        // "two of the men", "a group of people", "dozens of residents": the quantity counts whom its "of" names
        if (depth == 0) {
            for (AnnotatedText.Dependency d : parse.dependents(noun)) {
                if (d.relation().equals("nmod:of")) {
                    return unnamedPeople(d.dependent(), reading, parse, 1);
                }
            }
        }
        return token.tag().equals("CD") && depth == 0;
    }

    private boolean named(int token, Reading reading) {
        AnnotatedText.Token t = reading.token(token);
        return t.tag().startsWith("NNP") || reading.spanCovering(token).isPresent() || lists.demonyms.containsKey(t.text());
    }
}
