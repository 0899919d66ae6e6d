package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a predicate of the parse meets what a lexicon entry asks besides its lemma: its particle
 * ("call off"), its cue, and the pattern's subject, words and prepositional phrases. A word of a
 * pattern is met by a token whose lemma or lowercased text it is; a phrase's modifiers ("arms" of
 * "arms_shipment") by words the head governs or that stand just before it.
 */
final class PatternMatcher {

    /** Relations that leave the predicate's own phrase. */
    private static final Set<String> OUTSIDE_PHRASE = Set.of("punct", "parataxis", "advcl", "ccomp", "acl", "acl:relcl",
            "nsubj", "nsubj:pass", "nsubj:xsubj", "csubj", "mark", "cc", "ref", "dep", "appos");
    /** A clause of its own is another predicate's phrase ("given an ultimatum to have security"). */
    private static final Set<String> CLAUSES = Set.of("xcomp", "ccomp", "advcl", "acl");

    private final Reading reading;
    private final DependencyIndex parse;
    private final int predicate;
    private List<Integer> phrase;
    private String phraseText;

    PatternMatcher(Reading reading, DependencyIndex parse, int predicate) {
        this.reading = reading;
        this.parse = parse;
        this.predicate = predicate;
    }

    boolean matches(EventLexicon.Entry entry) {
        if (entry.cue() != null && !entry.cue().matcher(phraseText()).find()) {
            return false;
        }
        for (String particle : entry.particle()) {
            if (!hasParticle(particle)) {
                return false;
            }
        }
        for (EventLexicon.Constraint c : entry.constraints()) {
            boolean met;
            if (c instanceof EventLexicon.SubjectIs s) {
                met = subjects().stream().anyMatch(t -> isAny(t, s.phrases()));
            } else if (c instanceof EventLexicon.PhraseHolds o) {
                met = phrase().stream().anyMatch(t -> isAny(t, o.phrases()));
            } else {
                met = through((EventLexicon.Through) c);
            }
            if (!met) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of the predicate's own phrase (two dependency levels down, not through its subject or
     * clauses of their own), where its cue and its pattern's words must be: "withdraw its forces".
     */
    List<Integer> phrase() {
        if (phrase == null) {
            List<Integer> words = new ArrayList<>();
            List<Integer> level = List.of(predicate);
            for (int depth = 0; depth < 2; depth++) {
                List<Integer> next = new ArrayList<>();
                for (int node : level) {
                    parse.dependents(node).stream()
                            .filter(d -> !d.relation().startsWith("conj") && !OUTSIDE_PHRASE.contains(d.relation())
                                    && !CLAUSES.contains(base(d.relation())))
                            .map(AnnotatedText.Dependency::dependent).filter(n -> n != predicate && !words.contains(n))
                            .forEach(next::add);
                }
                words.addAll(next);
                level = next;
            }
            phrase = words;
        }
        return phrase;
    }

    /**
     * The words of the predicate's phrase two levels down through anything but conjunctions and
     * punctuation (its subject too: "Russian instructors arrived"), as text, where a hand-written cue must be.
     */
    String phraseText() {
        if (phraseText == null) {
            StringBuilder words = new StringBuilder(reading.token(predicate).text());
            List<Integer> level = List.of(predicate);
            for (int depth = 0; depth < 2; depth++) {
                List<Integer> next = new ArrayList<>();
                for (int node : level) {
                    parse.dependents(node).stream().filter(d -> !d.relation().startsWith("conj") && !d.relation().equals("punct"))
                            .forEach(d -> next.add(d.dependent()));
                }
                next.forEach(n -> words.append(' ').append(reading.token(n).text()));
                level = next;
            }
            phraseText = words.toString();
        }
        return phraseText;
    }

    /** "broke off", "pulled out of", "asked for": a particle, an adverb or a preposition the verb governs. */
    private boolean hasParticle(String word) {
        for (AnnotatedText.Dependency d : parse.dependents(predicate)) {
            if (d.relation().equals("obl:" + word) || d.relation().equals("nmod:" + word)
                    || (d.relation().equals("compound:prt") || d.relation().equals("advmod") || d.relation().equals("obj")
                            || d.relation().equals("xcomp")) && is(d.dependent(), word)) {
                return true;
            }
        }
        return false;
    }

    private List<Integer> subjects() {
        List<Integer> subjects = new ArrayList<>();
        for (AnnotatedText.Dependency d : parse.dependents(predicate)) {
            if (d.relation().startsWith("nsubj") || d.relation().equals("nmod:poss") || d.relation().equals("obl:agent")) {
                subjects.add(d.dependent());
            }
        }
        return subjects;
    }

    /** A phrase through one of the prepositions, on the predicate, its object or its subject. */
    private boolean through(EventLexicon.Through through) {
        List<Integer> heads = new ArrayList<>();
        heads.add(predicate);
        parse.dependents(predicate).stream().filter(d -> d.relation().equals("obj") || d.relation().startsWith("nsubj"))
                .forEach(d -> heads.add(d.dependent()));
        for (int head : heads) {
            for (AnnotatedText.Dependency d : parse.dependents(head)) {
                int colon = d.relation().indexOf(':');
                if (colon < 0 || !(d.relation().startsWith("obl") || d.relation().startsWith("nmod"))
                        || !through.prepositions().contains(d.relation().substring(colon + 1))) {
                    continue;
                }
                if (through.phrases().isEmpty() && !isADate(d.dependent()) || isAny(d.dependent(), through.phrases())) {
                    return true;
                }
                for (AnnotatedText.Dependency inner : parse.dependents(d.dependent())) {
                    if (isAny(inner.dependent(), through.phrases())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a phrase is a date ("on Tuesday", "in March"): when the act took place, no party to it. A pattern
     * that asks only for some phrase through a preposition (CAMEO's "demand ... on", coded as an attack) is not met
     * by one: "demanded an apology from Uganda on Tuesday" is a demand.
     */
    private boolean isADate(int token) {
        AnnotatedText.Token t = reading.token(token);
        return reading.annotated.dates().stream().anyMatch(x -> x.begin() <= t.begin() && t.end() <= x.end());
    }

    /** "advcl:to" -> "advcl"; "nsubj:pass" stays what it is, for it is a relation of its own. */
    static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 || relation.startsWith("nsubj") || relation.startsWith("acl:relcl") ? relation : relation.substring(0, colon);
    }

    private boolean isAny(int token, List<EventLexicon.Phrase> phrases) {
        for (EventLexicon.Phrase phrase : phrases) {
            if (is(token, phrase)) {
                return true;
            }
        }
        return false;
    }

    private boolean is(int token, EventLexicon.Phrase phrase) {
        if (!slot(token, phrase.head())) {
            return false;
        }
        for (List<List<String>> modifier : phrase.modifiers()) {
            boolean found = parse.dependents(token).stream().anyMatch(d -> slot(d.dependent(), modifier));
            for (int back = 1; !found && back <= 3 && token - back >= 0; back++) {
                found = slot(token - back, modifier);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** One of the word sequences ends at the token: its last word is the token, the others the words before it. */
    private boolean slot(int token, List<List<String>> alternatives) {
        for (List<String> words : alternatives) {
            int last = words.size() - 1;
            if (token - last < 0 || !is(token, words.get(last))) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < last && all; i++) {
                all = is(token - last + i, words.get(i));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private boolean is(int token, String word) {
        AnnotatedText.Token t = reading.token(token);
        return word.equalsIgnoreCase(t.lemma()) || word.equals(t.text().toLowerCase(Locale.ROOT));
    }
}
