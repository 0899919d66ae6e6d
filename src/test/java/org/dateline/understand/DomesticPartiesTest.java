package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A country's people and its state as the two parties of one event (see {@link DomesticParties}): the exact
 * event (type | actor | target | date | modality), each report published on Tuesday 19 March 2024.
 */
class DomesticPartiesTest {

    @Test
    void theStateActsOnItsOwnPeople() {
        assertEquals(Set.of("COERCE | Kenya | Kenya | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenyan police arrested dozens of Kenyan students on Monday."));
        assertEquals(Set.of("ASSAULT | Nigeria | Nigeria | 2024-03-18 | Asserted"),
                Understood.eventsOf("Nigerian troops attacked Nigerian villagers on Monday."));
    }

    @Test
    void aLeaderAndHisStateAreStillOneSide() {
        assertEquals(Set.of("AGREE | Kostunica | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("Serbian President Kostunica promised to democratize Serbia."));
    }

    @Test
    void aStateBodyNamedByNoCountryIsNoDomesticParty() {
        // the rebels' country is named, the army's is not: no event between Uganda and Uganda
        assertEquals(Set.of("RETREAT | Uganda | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ugandan rebels surrendered to the army on Monday."));
    }
}
