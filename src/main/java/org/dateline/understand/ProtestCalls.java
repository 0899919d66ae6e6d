package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A call for a protest is addressed to those asked to protest, not to the one they are to protest against:
 * "the opposition called for a nationwide strike against the government" asks would-be strikers, so the request
 * has no target of its own (PLOVER REQUEST is aimed at whom the appeal is made to), while the protest it calls
 * for keeps the government as its target. The CAMEO "call for" lines read an "against" phrase as the target;
 * where what is asked (a "for" phrase, an object or a to-clause) is a protest, this class drops those paths.
 */
final class ProtestCalls {

    /** Relations by which a request tells what is asked: "called for a protest", "urged a strike", "called on them to march". */
    private static final Set<String> ASKED = Set.of("obl:for", "obj", "xcomp", "nmod:for");

    private static final Set<String> PROTEST_WORDS = ArgumentWords.read("protest-words.txt");
    /** The report's country is no more the one addressed than the one protested against. */
    private static final List<String> REPORT = List.of("report");

    private ProtestCalls() {
    }

    /** The target paths of a request, without those through "against" when what it asks is a protest. */
    static List<List<String>> targetPaths(EventLexicon.Entry entry, int p, Reading reading, DependencyIndex parse) {
        String asked = entry.category().equals("REQUEST") ? protestAsked(p, reading, parse) : null;
        if (asked == null) {
            return entry.target();
        }
        // the request stands without a target when no one it is addressed to is named ("none")
        List<List<String>> kept = new ArrayList<>(entry.target().stream()
                .filter(path -> !path.get(0).equals(asked) && path.stream().noneMatch(step -> step.endsWith(":against"))
                        && !path.equals(REPORT)).toList());
        kept.add(EventLexicon.NONE);
        return kept;
    }

    /** The relation by which the request asks for a protest ("obl:for" in "called for a strike"), or null. */
    private static String protestAsked(int p, Reading reading, DependencyIndex parse) {
        return parse.dependents(p).stream().filter(d -> ASKED.contains(d.relation())
                        && PROTEST_WORDS.contains(reading.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)))
                .map(AnnotatedText.Dependency::relation).findFirst().orElse(null);
    }
}
