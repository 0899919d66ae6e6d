package org.dateline.understand;

import java.util.Locale;
import java.util.Set;

/**
 * "Prince Charles participated in a meeting organised by the centre", "the president spoke at the summit of the organisation": a meeting a noun tells, hung by a preposition
 * on a verb of taking part, is the subject's own meeting, as it is with a light verb ("held talks"). The rules
 * otherwise stop at a prepositional phrase, which only places or explains an act (EventArguments.subjectChain):
 * the subject of "spoke at the summit" took part in it, the subject of "was arrested at the summit" did not.
 * The verbs and their prepositions are in taking-part-verbs.txt.
 */
final class MeetingsTakenPartIn {

    private static final Set<String> VERBS = ArgumentWords.read("taking-part-verbs.txt");

    private MeetingsTakenPartIn() {
    }

    /** Whether the noun {@code node}, hung on its head by {@code head}, is a meeting the head's subject takes part in. */
    static boolean takesPart(int node, AnnotatedText.Dependency head, Reading reading) {
        if (!reading.token(node).tag().startsWith("NN") || !head.relation().startsWith("obl:")
                || !reading.token(head.governor()).tag().startsWith("VB")) {
            return false;
        }
        String verb = reading.token(head.governor()).lemma().toLowerCase(Locale.ROOT);
        return VERBS.contains(verb + " " + head.relation().substring(4));
    }
}
