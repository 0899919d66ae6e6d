package org.dateline.understand;

import java.util.Locale;
import java.util.Set;

/**
 * An assault told by what it fired or set off rather than by whom it hit ("Afghan rebels exploded a series of
 * bombs in Kabul", "militants fired rockets at Kabul", "the bombers blew themselves up in Kabul") struck the place
 * it names: PLOVER codes that place as the recipient (the gold: Afghan rebels' bombs in Kabul, recipient Kabul).
 * A capital struck so is the town, not the government seated there (EventFinder.powerSeatedAt): when the
 * attackers are of the capital's own country that reading would leave the event aimed at no one.
 * An assault that names its victims, if only as people ("police killed two protesters in Nairobi"), is told at
 * the place where it happened and not against it; the development corpus codes such a killing with no target.
 */
final class StruckPlaces {

    /** The object of a suicide attack: "blew themselves up". */
    private static final Set<String> SELVES = Set.of("himself", "herself", "themselves", "itself");

    private StruckPlaces() {
    }

    /** Whether the assault at {@code p} has for its object a weapon or its own attackers, and so no victim. */
    static boolean toldByItsWeapon(int p, Reading reading, DependencyIndex parse) {
        return parse.dependents(p).stream().filter(d -> d.relation().equals("obj")).map(AnnotatedText.Dependency::dependent)
                .anyMatch(o -> ArgumentWords.ATTACK_INSTRUMENTS.contains(lemma(o, reading)) || SELVES.contains(lemma(o, reading))
                        || parse.dependents(o).stream().anyMatch(c -> c.relation().equals("compound")
                                && ArgumentWords.ATTACK_INSTRUMENTS.contains(lemma(c.dependent(), reading))));
    }

    private static String lemma(int token, Reading reading) {
        return reading.token(token).lemma().toLowerCase(Locale.ROOT);
    }
}
