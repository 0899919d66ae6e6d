package org.dateline.understand;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An assault told by the blast or the weapon that struck ("a roadside bombing near Samarra killed a soldier", "a
 * landmine explosion near the town of Kunduz wounded three children") names no one who used it (UnnamedActors), but
 * it says where it went off. CAMEO codes an unclaimed attacker as the unidentified armed forces (UAF) of the country
 * the attack took place in, and PLOVER's gold follows it: the bombing near Samarra is Iraq's (IRQ UAF), whoever it
 * killed. So an assault whose subject is an unnamed bomb, mine or grenade (planted-devices.txt: weapons that go off
 * where they were set, not missiles or drones fired from afar) takes for its actor the country of the place the
 * subject's phrase places it in (a town standing for the country it lies in). Only the subject:
 * "were killed in a suicide car bombing in Baghdad" tells the victims' death, not who struck, and PLOVER leaves it
 * without a source; a blast that names no place keeps no actor.
 */
final class UnclaimedBlasts {

    /** The CAMEO sector of armed attackers no one names. */
    private static final String UNIDENTIFIED_FORCES = "UAF";
    /** How a phrase says where a blast went off: "near Samarra", "in Kabul", "outside the city of Basra". */
    private static final Set<String> PLACING = Set.of("in", "near", "at", "outside", "outside_of");
    /** Weapons that go off where they were set: "bomb", "landmine" (planted-devices.txt). */
    private static final Set<String> PLANTED = ArgumentWords.read("planted-devices.txt");

    private UnclaimedBlasts() {
    }

    /** The actor of the assault at {@code p}, which found none: the country its unnamed weapon went off in, or empty. */
    static Optional<EventArguments.Argument> actor(int p, Reading reading, DependencyIndex parse, EventArguments args,
            TownCountries towns, UnnamedActors unnamed) {
        if (!reading.token(p).tag().startsWith("VB") || EventArguments.isPassive(p, reading, parse)) {
            return Optional.empty();
        }
        int subject = UnnamedActors.subject(p, parse);
        if (subject < 0 || !unnamed.unnamedInstrument(subject, reading, parse) || !planted(subject, reading, parse)) {
            return Optional.empty();
        }
        return placedIn(subject, "nmod:", reading, parse, args, towns).map(c -> new EventArguments.Argument(c, UNIDENTIFIED_FORCES));
    }

    /** Whether a blast is told as that of a planted device: "a roadside bomb", "a minefield explosion". */
    private static boolean planted(int noun, Reading reading, DependencyIndex parse) {
        return PLANTED.contains(lemma(noun, reading)) || parse.dependents(noun).stream()
                .anyMatch(d -> d.relation().equals("compound") && PLANTED.contains(lemma(d.dependent(), reading)));
    }

    private static String lemma(int token, Reading reading) {
        return reading.token(token).lemma().toLowerCase(Locale.ROOT);
    }

    /** The country of the first place a word's phrases of place name ("near the town of Samarra"). */
    private static Optional<String> placedIn(int word, String relation, Reading reading, DependencyIndex parse, EventArguments args,
            TownCountries towns) {
        for (AnnotatedText.Dependency d : parse.dependents(word)) {
            if (d.relation().startsWith(relation) && PLACING.contains(d.relation().substring(relation.length()))) {
                Optional<String> country = ProtestingGroups.countryOf(args.entitiesIn(d.dependent(), Set.of(), true), towns);
                if (country.isPresent()) {
                    return country;
                }
            }
        }
        return Optional.empty();
    }
}
