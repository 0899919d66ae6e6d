package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * An order to another party to stop an activity coerces it (OrdersToStop): "ordered the Norwegian Refugee Council to
 * close its offices" is COERCE of the council, not a request. An order to one's own troops names no one else and
 * tells nothing here. Exact events (type | actor | target | date | modality), each report published on Tuesday 19
 * March 2024.
 */
class OrdersToStopTest {

    @Test
    void anAgencyOrderedToCloseItsOfficesIsCoerced() {
        assertEquals(Set.of("COERCE | Ethiopia | Norwegian Refugee Council | 2024-03-19 | Asserted"),
                Understood.eventsOf("The Ethiopian government ordered the Norwegian Refugee Council to close its offices in Tigray."));
    }

    @Test
    void anOrderToOnesOwnTroopsIsNoCoercion() {
        assertEquals(Set.of(), Understood.eventsOf("Kenya ordered its troops to halt the advance on Monday."));
    }
}
