package org.dateline.understand;

import java.util.Locale;
import java.util.Set;

/**
 * "Israel is opposed to French mediation", "Vietnam is committed to opening up the economy": a participle of
 * stance after "be" tells what its subject holds or undertakes, as the active verb does ("Israel opposes French
 * mediation"); no one opposed or committed Israel. The parser reads the clause as a passive (subject nsubj:pass,
 * "is" aux:pass), which would make the subject the one acted on and leave the act without its actor. Such a
 * clause is read active when its participle (stance-participles.txt) takes a "to" complement and names no agent
 * ("by" phrase): "the plan was opposed by the army" stays passive.
 */
final class StanceParticiples {

    private static final Set<String> STANCES = ArgumentWords.read("stance-participles.txt");

    /** The relations by which the parser hangs the "to" complement on the participle. */
    private static final Set<String> TO_COMPLEMENTS = Set.of("obl:to", "advcl:to", "xcomp");

    private StanceParticiples() {
    }

    /** Whether the passive-looking clause of the predicate is a stance told of its subject, so to be read active. */
    static boolean stance(int p, Reading reading, DependencyIndex parse) {
        AnnotatedText.Token t = reading.token(p);
        if (!t.tag().equals("VBN") || !STANCES.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean passiveForm = parse.dependents(p).stream().anyMatch(d -> d.relation().equals("nsubj:pass"))
                && parse.dependents(p).stream().anyMatch(d -> d.relation().equals("aux:pass"));
        boolean agent = parse.dependents(p).stream().anyMatch(d -> d.relation().equals("obl:agent") || d.relation().equals("obl:by"));
        boolean toComplement = parse.dependents(p).stream().anyMatch(d -> TO_COMPLEMENTS.contains(d.relation())
                && parse.dependents(d.dependent()).stream().anyMatch(m -> (m.relation().equals("case") || m.relation().equals("mark"))
                        && reading.token(m.dependent()).text().equalsIgnoreCase("to")));
        return passiveForm && !agent && toComplement;
    }
}
