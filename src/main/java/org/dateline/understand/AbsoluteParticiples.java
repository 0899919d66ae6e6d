package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The passive of an absolute clause: "the march turned violent, with shops looted and officers pelted with stones".
 * The parser hangs each participle on the noun after "with" ("dep") and gives it its noun as a plain subject
 * ("officers" nsubj of "pelted"), so the rules read "officers" as the one who pelted; it may even tag the participle
 * a past tense ("police pelted/VBD"). A past form without an auxiliary of any kind, hung so on the noun of "with",
 * is a passive: its subject is the one it was done to. A relative clause ("the officers the crowd pelted") is not
 * hung by "dep", and a finite clause hung by "dep" on another noun is left as it is.
 */
final class AbsoluteParticiples {

    /** Relations the participle of an absolute clause hangs by, on the noun before it or on the participle it follows. */
    private static final Set<String> HUNG_ON = Set.of("dep");
    private static final Set<String> AUXILIARIES = Set.of("aux", "aux:pass", "cop");
    private static final Set<String> PAST_FORMS = Set.of("VBN", "VBD");

    private AbsoluteParticiples() {
    }

    /** The dependencies with the subject of each absolute passive participle marked "nsubj:pass". */
    static List<AnnotatedText.Dependency> withPassives(List<AnnotatedText.Dependency> dependencies, Reading reading) {
        List<AnnotatedText.Dependency> out = new ArrayList<>(dependencies);
        for (AnnotatedText.Dependency subject : dependencies) {
            int participle = subject.governor();
            if (participle < 0 || !subject.relation().equals("nsubj") || !PAST_FORMS.contains(reading.token(participle).tag())
                    || !hungOnANoun(participle, dependencies, reading)
                    || dependencies.stream().anyMatch(d -> d.governor() == participle && AUXILIARIES.contains(d.relation()))) {
                continue;
            }
            out.remove(subject);
            out.add(new AnnotatedText.Dependency(participle, subject.dependent(), "nsubj:pass"));
        }
        return out;
    }

    /** "with shops looted and officers pelted": hung on the noun of "with" by "dep", or conjoined with a participle that is. */
    private static boolean hungOnANoun(int participle, List<AnnotatedText.Dependency> dependencies, Reading reading) {
        return dependencies.stream().anyMatch(d -> d.dependent() == participle && d.governor() >= 0
                && (HUNG_ON.contains(d.relation()) && nounOfWith(d.governor(), dependencies, reading)
                        || d.relation().startsWith("conj") && dependencies.stream().anyMatch(g -> g.dependent() == d.governor()
                                && HUNG_ON.contains(g.relation()) && g.governor() >= 0 && nounOfWith(g.governor(), dependencies, reading))));
    }

    /** "(violence) with shops": a noun that "with" governs. */
    private static boolean nounOfWith(int noun, List<AnnotatedText.Dependency> dependencies, Reading reading) {
        return reading.token(noun).tag().startsWith("NN")
                && dependencies.stream().anyMatch(d -> d.dependent() == noun && d.relation().endsWith(":with"));
    }
}
