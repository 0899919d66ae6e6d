package org.dateline.understand;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Violence its victim is said to receive: "police on foot patrol came under fire", "the convoy came under attack",
 * "army posts came under heavy shelling". The subject suffers the assault (the target: the forces' country when
 * they are a state's, as "police were shot" is read); who dealt it is told by "from" ("came under fire from
 * gunmen") or, as often, not at all, and then the event stands without an actor, as a passive without its agent
 * does (UnnamedActors). "Fire" is also said of criticism ("the minister came under fire over the budget"), so the
 * subject must be state forces (a military or police word of agents.tsv) or people as such (victim-words.txt):
 * those are shot at, a minister is criticised. The lexicon line of "come ... under" finds the predicate.
 */
final class ReceivedAttacks {

    private static final Set<String> VIOLENCE = ArgumentWords.read("received-attacks.txt");
    private static final Set<String> ASSAILANTS = ArgumentWords.read("unnamed-assailants.txt");
    private static final Set<String> VICTIMS = ArgumentWords.read("victim-words.txt");
    /** Sectors whose members are fired at: the military and the police. */
    private static final Set<String> FORCES = Set.of("MIL", "COP");
    /** Verbs by which a subject receives what their "under" names. */
    private static final Set<String> RECEIVING = Set.of("come");

    private ReceivedAttacks() {
    }

    /** Whether the assault at verb {@code p} is received by its subject from no one the sentence names. */
    static boolean toldWithoutActor(int p, Reading reading, DependencyIndex parse, EventArguments args) {
        int violence = violence(p, reading, parse);
        if (violence < 0) {
            return false;
        }
        // "came under fire from gunmen": an unknown perpetrator is no one; "from the opposition", "from critics" is
        // someone the rules could not read, or criticism
        boolean namedSource = Stream.concat(
                        parse.dependents(violence).stream().filter(d -> d.relation().equals("nmod:from")),
                        parse.dependents(p).stream().filter(d -> d.relation().equals("obl:from")))
                .anyMatch(d -> !ASSAILANTS.contains(lemma(d.dependent(), reading)) || reading.spanCovering(d.dependent()).isPresent()
                        || reading.token(d.dependent()).tag().startsWith("NNP"));
        if (namedSource) {
            return false;
        }
        return parse.dependents(p).stream().filter(d -> d.relation().equals("nsubj")).anyMatch(d -> {
            // "police were on patrol when they came under fire": "they" is the main clause's subject
            int antecedent = TemporalClauseSubjects.antecedent(d.dependent(), reading, parse);
            int subject = antecedent >= 0 ? antecedent : d.dependent();
            String sector = args.sectorOf(subject);
            return sector != null && FORCES.contains(sector) || VICTIMS.contains(lemma(subject, reading));
        });
    }

    /**
     * The violence a receiving verb's "under" names ("came under fire"), -1 when none: the fire one comes under is
     * gunfire, no accident (UnnamedActors.accidental reads "fire" as a blaze elsewhere).
     */
    static int violence(int p, Reading reading, DependencyIndex parse) {
        if (!RECEIVING.contains(lemma(p, reading))) {
            return -1;
        }
        return parse.dependents(p).stream().filter(d -> d.relation().equals("obl:under") && VIOLENCE.contains(lemma(d.dependent(), reading)))
                .mapToInt(AnnotatedText.Dependency::dependent).findFirst().orElse(-1);
    }

    private static String lemma(int token, Reading reading) {
        return reading.token(token).lemma().toLowerCase(Locale.ROOT);
    }
}
