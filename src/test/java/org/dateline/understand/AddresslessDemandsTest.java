package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Demands told only by what they ask for, asked of no one ({@link AddresslessDemands}): a REQUEST without a target,
 * while a demand whose thing or phrase names a party keeps (or looks for) its addressee. The exact event
 * (type | actor | target | date | modality), each report published on Tuesday 19 March 2024.
 */
class AddresslessDemandsTest {

    @Test
    void aDemandForABareThingStandsWithoutATarget() {
        assertEquals(Set.of("REQUEST | Raila Odinga | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenyan opposition leader Raila Odinga demanded fresh elections."));
    }

    @Test
    void aDemandOfSomeoneNamedKeepsItsAddressee() {
        assertEquals(Set.of("REQUEST | Kenya | Uganda | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya demanded an apology from Uganda."));
    }

    @Test
    void aThingWhosePhraseNamesAPartyIsNoDemandOfNoOne() {
        // the truce is with the rebels, who may be whom it is asked of: no addressless demand is told
        assertEquals(Set.of(), Understood.eventsOf("Kenya demanded a truce with the rebels."));
    }

    @Test
    void aDemandAddressedToSomeoneUnnamedIsNoDemandOfNoOne() {
        assertEquals(Set.of(), Understood.eventsOf("Kenya called on the rebels for calm."));
    }
}
