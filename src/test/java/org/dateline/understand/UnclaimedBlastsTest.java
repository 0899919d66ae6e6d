package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * An assault told by a blast or weapon no one claims is coded, as CAMEO codes unidentified armed forces (UAF), for
 * the country the blast went off in (UnclaimedBlasts). Exact events (type | actor | target | date | modality), each
 * report published on Tuesday 19 March 2024.
 */
class UnclaimedBlastsTest {

    @Test
    void aRoadsideBombNearATownIsThatCountrys() {
        assertEquals(Set.of("ASSAULT | Afghanistan | Canada | 2024-03-18 | Asserted"),
                Understood.eventsOf("A roadside bomb near the city of Kandahar killed two Canadian soldiers on Monday."));
    }

    @Test
    void aLandmineExplosionInACountryStrikesItsOwnPeople() {
        assertEquals(Set.of("ASSAULT | Somalia | Somalia | 2024-03-18 | Asserted"),
                Understood.eventsOf("A landmine explosion in Somalia wounded four Somali farmers on Monday."));
    }

    @Test
    void aBlastThatNamesNoPlaceKeepsNoActor() {
        assertEquals(Set.of("ASSAULT | - | Canada | 2024-03-18 | Asserted"),
                Understood.eventsOf("A roadside bomb killed two Canadian soldiers on Monday."));
    }

    @Test
    void victimsKilledInABombingNameNoAttacker() {
        // the blast is only the circumstance of the victims' death: no source, as PLOVER codes it
        assertEquals(Set.of("ASSAULT | - | Canada | 2024-03-18 | Asserted"),
                Understood.eventsOf("Two Canadian soldiers were killed in a car bombing in Kandahar on Monday."));
    }

    @Test
    void aRocketFiredFromAfarIsNotThePlacesOwn() {
        // where a rocket or a drone lands says nothing of whose it was: no source
        assertEquals(Set.of("ASSAULT | - | Canada | 2024-03-18 | Asserted"),
                Understood.eventsOf("A rocket near the city of Kandahar killed two Canadian soldiers on Monday."));
    }

    @Test
    void anAccidentalExplosionIsNoAssault() {
        assertEquals(Set.of(),
                Understood.eventsOf("An explosion at a chemical plant near Kandahar killed four workers on Monday."));
    }
}
