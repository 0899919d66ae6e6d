package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Assaults told by their weapon (UnnamedActors, attack-instruments.txt), by an attack that harmed, and the verb "beat" (event-lexicon.tsv):
 * the exact event (type | actor | target | date | modality, "-" for none), each report published on Tuesday
 * 19 March 2024.
 */
class AssaultInstrumentsTest {

    @Test
    void aWeaponWithNoNameOnItIsAnUnknownPerpetrator() {
        assertEquals(Set.of("ASSAULT | - | Ghana | 2024-03-18 | Asserted"),
                Understood.eventsOf("A roadside bomb killed two Ghanaian soldiers on Monday."));
        // what exploded says it was a weapon
        assertEquals(Set.of("ASSAULT | - | Afghanistan | 2024-03-18 | Asserted"),
                Understood.eventsOf("A landmine explosion killed two Afghan children on Monday."));
    }

    @Test
    void aWeaponWithANameOnItIsThatCountrysAct() {
        assertEquals(Set.of("ASSAULT | Russia | Ukraine | 2024-03-18 | Asserted"),
                Understood.eventsOf("A Russian missile killed four Ukrainian soldiers on Monday."));
    }

    @Test
    void anAttackThatKilledIsItsAttackersAct() {
        // the noun's attacker does the verb's harm (EventArguments.attackThatHarmed); a visit that "raised concerns" stays no act of the visitor's
        assertEquals(Set.of("ASSAULT | Israel | Lebanon | 2024-03-18 | Asserted"),
                Understood.eventsOf("An Israeli strike killed five Lebanese soldiers on Monday."));
        assertEquals(Set.of("ASSAULT | Russia | Ukraine | 2024-03-18 | Asserted"),
                Understood.eventsOf("A Russian air raid killed twelve Ukrainian civilians on Monday."));
    }

    @Test
    void aPassiveTheParserMadeOfAnActiveClauseIsReadActive() {
        // "shelling" is tagged VBG and parsed as the passive's auxiliary (EventArguments.misreadPassive)
        assertEquals(Set.of("ASSAULT | Russia | Ukraine | 2024-03-18 | Asserted"),
                Understood.eventsOf("Russian shelling killed twelve Ukrainian civilians on Monday."));
        assertEquals(Set.of("ASSAULT | Sudan | Chad | 2024-03-18 | Asserted"),
                Understood.eventsOf("Sudanese shelling killed five Chadian soldiers on Monday."));
        // a passive with its auxiliary stays a passive
        assertEquals(Set.of("ASSAULT | Sudan | Chad | 2024-03-18 | Asserted"),
                Understood.eventsOf("Five Chadian soldiers were killed by Sudanese troops on Monday."));
    }

    @Test
    void anExplosionOrAStormIsNoAssault() {
        assertEquals(Set.of(), Understood.eventsOf("An explosion at a chemical plant killed three Chinese workers on Monday."));
        assertEquals(Set.of(), Understood.eventsOf("The storm killed five Ghanaian fishermen on Monday."));
    }

    @Test
    void beatingWithSomethingIsAnAssaultNotAThreat() {
        // CAMEO's "break with" (130) pattern must not reach "beat"
        assertEquals(Set.of("ASSAULT | Uganda | Kenya | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ugandan police beat Kenyan students with batons on Monday."));
    }
}
