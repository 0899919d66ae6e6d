package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A noun of an exchange of gunfire ("crossfire", "gunfight", "shootout") tells a fight as "clash" does (CAMEO 190):
 * the first of "between A and B", or the possessor, fights; state forces with no country of their own stand for
 * the country the report is about, and an unnamed other side leaves the event without a target. A crossfire that
 * names no one who fought tells no event. Exact events (type | actor | target | date | modality), each report
 * published on Tuesday 19 March 2024.
 */
class GunBattlesTest {

    @Test
    void aCrossfireBetweenPoliceAndKidnappersIsFoughtByThePolice() {
        assertEquals(Set.of("ASSAULT | Kenya | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya's police said on Monday that three hostages were freed after a crossfire between the police and "
                        + "the kidnappers. Kenya has seen unrest."));
    }

    @Test
    void aGunfightBetweenTwoCountriesTroopsIsTheFirstsAssaultOnTheSecond() {
        assertEquals(Set.of("ASSAULT | Kenya | Somalia | 2024-03-19 | Asserted"),
                Understood.eventsOf("A gunfight between Kenyan troops and Somali soldiers broke out near the border on Monday."));
    }

    @Test
    void aClashBetweenTheArmyAndBanditsIsTheArmysEvenWhereNoPlaceIsTold() {
        // the wounding is an assault of its own, on the soldiers (the country) by no one named
        assertEquals(Set.of("ASSAULT | Kenya | - | 2024-03-19 | Asserted", "ASSAULT | - | Kenya | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya's army said on Monday that two soldiers were wounded in a clash between the army and "
                        + "bandits. Kenya has seen unrest."));
    }

    @Test
    void aCrossfireThatNamesNoOneWhoFoughtTellsNoEvent() {
        assertEquals(Set.of(),
                Understood.eventsOf("The film's hero is caught in the crossfire in the last scene, the director said on Monday."));
    }
}
