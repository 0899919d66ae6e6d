package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A group of a country's people that protests without naming whom against protests against its own state
 * (DomesticParties.protestedState): the exact events (type | actor | target | date | modality), each report
 * published on Tuesday 19 March 2024.
 */
class ProtestedStatesTest {

    @Test
    void aGroupOfAPeopleProtestsAgainstItsState() {
        assertEquals(Set.of("PROTEST | Malawi | Malawi | 2024-03-18 | Asserted"),
                Understood.eventsOf("Four opposition parties in Malawi organised a general strike on Monday."));
        assertEquals(Set.of("PROTEST | Chad | Chad | 2024-03-18 | Asserted"),
                Understood.eventsOf("Rebels in Chad blocked the highway into N'Djamena on Monday."));
        assertEquals(Set.of("PROTEST | Ghana | Ghana | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ghanaian farmers marched through Accra on Monday to demand higher cocoa prices."));
    }

    @Test
    void aProtestAgainstSomeoneNamedKeepsItsTarget() {
        assertEquals(Set.of("PROTEST | Zambia | China | 2024-03-18 | Asserted"),
                Understood.eventsOf("Zambian students protested against Chinese mining firms on Monday."));
    }

    @Test
    void aWholePeopleIsNotToldApartFromItsState() {
        assertEquals(Set.of("PROTEST | Kenya | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenyans protested in Nairobi on Monday."));
    }
}
