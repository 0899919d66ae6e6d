package org.dateline.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An event told as the background of another the same sentence tells is no event of its own: PLOVER codes a
 * sentence's main event, not what it says came before or caused it ("Ghana announced a suspension of flights
 * one day after Togolese troops shelled a border post" is SANCTION only; "demanded elections after a court cleared
 * the minister" REQUEST only), nor what a relative clause says one of its participants did before ("Libya must
 * return a ship that was seized by its forces" is REQUEST only). Background is an adverbial clause of time or
 * cause, or a phrase of cause (background-clause-markers.txt), hung on another event's predicate or on the verb that
 * tells it
 * ("announced a suspension"), or a relative clause in the past on a noun that another event's predicate governs.
 * A phrase of time naming an earlier event ("arrived after talks between the presidents") stays: the seed
 * reports code it.
 * A relative clause in the present tells what the participant holds now, which the reports code ("protesters who
 * accuse the government"), and stays.
 */
final class BackgroundClauses {

    /** The markers of background, each with whether it marks a noun phrase too ("because of fighting"). */
    private static final Map<String, Boolean> MARKERS = markers();

    /** How far up from a relative clause's noun the governing event's predicate may lie. */
    private static final int STEPS = 4;

    /** Relations by which a verb tells the event its object or clause names: "announced a suspension". */
    private static final Set<String> TELLING = Set.of("obj", "ccomp", "xcomp");

    private BackgroundClauses() {
    }

    private static Map<String, Boolean> markers() {
        Map<String, Boolean> markers = new HashMap<>();
        WordLists.rows("background-clause-markers.txt").forEach(row -> markers.put(row[0].toLowerCase(Locale.ROOT),
                row.length > 1 && row[1].equals("phrase")));
        return Map.copyOf(markers);
    }

    /**
     * The events less those told as background. One report tells an event once, by its first telling (see
     * EventFinder.find): where that telling is background, a later telling of the same event in the report's
     * foreground stands in its place ("since the war with Israel erupted" first, "Israel is targeting" later).
     */
    static List<EventFinder.Found> withoutBackground(List<EventFinder.Found> found, List<EventFinder.Found> all,
            Reading reading, DependencyIndex parse) {
        List<EventFinder.Found> out = new ArrayList<>();
        for (EventFinder.Found f : found) {
            if (!background(f, all, reading, parse)) {
                out.add(f);
                continue;
            }
            Optional<EventFinder.Found> again = all.stream().filter(g -> g.predicate() != f.predicate() && sameEvent(f, g)
                    && !background(g, all, reading, parse) && !found.contains(g)).findFirst();
            again.ifPresent(out::add);
        }
        return out;
    }

    private static boolean sameEvent(EventFinder.Found f, EventFinder.Found g) {
        return f.category().equals(g.category()) && f.actor() != null && Objects.equals(f.actor(), g.actor())
                && Objects.equals(f.target(), g.target()) && EventFinder.year(f.date()).equals(EventFinder.year(g.date()));
    }

    /** Whether the found event is told as the background of another event found in the same sentence. */
    static boolean background(EventFinder.Found f, List<EventFinder.Found> all, Reading reading, DependencyIndex parse) {
        // "after a court cleared him": the parser marks the clause by its word, or names the relation by it
        // (advcl:after, obl:because_of); where it hangs the clause on a word of the main clause other than its verb
        // ("on Friday, one day after troops shelled a post"), the verb lies a step or two further up
        boolean marked = parse.dependents(f.predicate()).stream()
                .anyMatch(d -> d.relation().equals("mark") && MARKERS.containsKey(reading.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
        for (AnnotatedText.Dependency head : parse.governors(f.predicate())) {
            String relation = head.relation();
            int colon = relation.indexOf(':');
            String marker = colon > 0 ? relation.substring(colon + 1) : "";
            boolean named = relation.startsWith("advcl:") && MARKERS.containsKey(marker)
                    || relation.startsWith("obl:") && MARKERS.getOrDefault(marker, false);
            if ((marked || named) && (tellsAnother(head.governor(), f, all, parse) || governedByAnother(head.governor(), f, all, parse))) {
                return true;
            }
            if (relation.equals("acl:relcl") && past(f.predicate(), reading, parse) && governedByAnother(head.governor(), f, all, parse)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a clause's verb is in the past: "entered", "was captured", "had seized". */
    private static boolean past(int verb, Reading reading, DependencyIndex parse) {
        return reading.token(verb).tag().equals("VBD") || parse.dependents(verb).stream()
                .anyMatch(d -> d.relation().startsWith("aux") && reading.token(d.dependent()).tag().equals("VBD"));
    }

    /** Whether another event's predicate, or the verb that tells it, governs the word within a few steps. */
    private static boolean governedByAnother(int noun, EventFinder.Found f, List<EventFinder.Found> all, DependencyIndex parse) {
        int node = noun;
        for (int i = 0; i < STEPS; i++) {
            List<AnnotatedText.Dependency> heads = parse.governors(node).stream()
                    .filter(d -> d.governor() >= 0 && !d.relation().startsWith("conj") && !d.relation().equals("ref")).toList();
            if (heads.isEmpty()) {
                return false;
            }
            node = heads.get(0).governor();
            if (tellsAnother(node, f, all, parse)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token is another event's predicate or the verb that tells one ("announced a suspension"). */
    private static boolean tellsAnother(int p, EventFinder.Found f, List<EventFinder.Found> all, DependencyIndex parse) {
        return isPredicateOfAnother(p, f, all) || parse.dependents(p).stream()
                .anyMatch(d -> TELLING.contains(d.relation()) && isPredicateOfAnother(d.dependent(), f, all));
    }

    private static boolean isPredicateOfAnother(int p, EventFinder.Found f, List<EventFinder.Found> all) {
        return p != f.predicate() && all.stream().anyMatch(g -> g.predicate() == p);
    }
}
