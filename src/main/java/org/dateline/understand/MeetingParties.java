package org.dateline.understand;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parties of a meeting, named together afterwards: "Lavrov met Yasay ... They both agreed to redouble
 * efforts", "he had discussions with the mayor and they agreed", "Both ministers agreed to work together",
 * "the two sides discussed trade". The subject of such a joint act names no one by itself; the report means
 * the two who just met, and codes the act between them as it coded the meeting (its actor, its target). Only
 * a joint, cooperative act (an agreement, a talk, cooperation) with a meeting told in the same sentence or
 * the two before is read so ("they" elsewhere is left to the pronoun resolver); the meeting meant is the one
 * in the same sentence, else the one the report tells most.
 */
final class MeetingParties {

    /** The categories of a joint act by the two parties of a meeting. */
    private static final Set<String> JOINT = Set.of("AGREE", "CONSULT", "COOPERATE");
    private static final Set<String> PRONOUNS = Set.of("they", "we");
    private static final Set<String> BOTH = Set.of("both", "two");
    /** How many sentences back the meeting may have been told. */
    private static final int REACH = 2;
    private static final Set<String> NOUNS = ArgumentWords.read("meeting-parties.txt");

    private MeetingParties() {
    }

    /**
     * The meeting's actor and target when the predicate is a joint act whose subject names the parties of a
     * meeting told just before ("they", "we", "both", "the two sides"); null otherwise.
     */
    static EventArguments.Argument[] of(String category, int p, Reading reading, DependencyIndex parse,
            List<EventFinder.Found> toldBefore) {
        if (!JOINT.contains(category) || !reading.token(p).tag().startsWith("VB") || !jointSubject(p, reading, parse)) {
            return null;
        }
        int sentence = sentenceOf(p, reading);
        List<EventFinder.Found> meetings = toldBefore.stream().filter(f -> f.category().equals("CONSULT")
                && f.actor() != null && f.target() != null && f.predicate() < p).toList();
        if (meetings.stream().noneMatch(f -> sentence - sentenceOf(f.predicate(), reading) <= REACH)) {
            return null; // no meeting just told: "they" is someone else
        }
        // "had discussions with the mayor and they agreed": a meeting in the same sentence is the one meant;
        // else the meeting the report tells most (its subject), the first told on a tie: "the bilateral meeting
        // came at the heels of the meeting between the presidents ... They both agreed" means the ministers.
        EventFinder.Found meeting = null;
        for (EventFinder.Found f : meetings) {
            if (sentenceOf(f.predicate(), reading) == sentence) {
                meeting = f;
            }
        }
        if (meeting == null) {
            Map<String, Integer> told = new HashMap<>();
            meetings.forEach(f -> told.merge(pair(f), 1, Integer::sum));
            for (EventFinder.Found f : meetings) {
                if (meeting == null || told.get(pair(f)) > told.get(pair(meeting))) {
                    meeting = f;
                }
            }
        }
        return new EventArguments.Argument[] {new EventArguments.Argument(meeting.actor(), meeting.actorSector()),
                new EventArguments.Argument(meeting.target(), meeting.targetSector())};
    }

    /**
     * Whether the subject of the predicate names two parties together: "they", "we", "both", "the two sides";
     * a verb controlled by another ("the two ministers pledged to work closely") has the subject of the verb
     * that controls it.
     */
    static boolean jointSubject(int p, Reading reading, DependencyIndex parse) {
        for (AnnotatedText.Dependency d : parse.dependents(p)) {
            if (!d.relation().equals("nsubj") && !(d.relation().equals("nsubj:xsubj") && subjectOfController(p, d.dependent(), parse))) {
                continue;
            }
            int s = d.dependent();
            String word = lower(reading.token(s).text());
            if (parse.dependents(s).stream().anyMatch(c -> c.relation().startsWith("conj"))) {
                return false; // "they and the Americans": more than the two
            }
            if (PRONOUNS.contains(word) || word.equals("both")) {
                return true;
            }
            boolean paired = parse.dependents(s).stream().anyMatch(c -> BOTH.contains(lower(reading.token(c.dependent()).text())));
            return paired && reading.token(s).tag().equals("NNS") && NOUNS.contains(lower(reading.token(s).lemma()));
        }
        return false;
    }

    /** Whether the subject is that of the verb the predicate is the open complement of (subject control). */
    private static boolean subjectOfController(int p, int subject, DependencyIndex parse) {
        return parse.governors(p).stream().anyMatch(g -> g.relation().equals("xcomp") && parse.dependents(g.governor()).stream()
                .anyMatch(c -> c.relation().equals("nsubj") && c.dependent() == subject));
    }

    /** The two parties of a meeting, whichever acted. */
    private static String pair(EventFinder.Found f) {
        return f.actor().compareTo(f.target()) < 0 ? f.actor() + "|" + f.target() : f.target() + "|" + f.actor();
    }

    private static int sentenceOf(int token, Reading reading) {
        List<AnnotatedText.Sentence> sentences = reading.annotated.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (token < sentences.get(i).endToken()) {
                return i;
            }
        }
        return sentences.size();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
