package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * An operation the police conduct in an area is a deployment of the forces of order, a show of force (PLOVER MOBILIZE),
 * not the use of military force CAMEO reads in "conduct an operation" (190), which troops' operations stay. Conducting
 * a census is no cooperation (the bare "conduct", CAMEO 060, is dropped). Exact events (type | actor | target | date |
 * modality), each report published on Tuesday 19 March 2024.
 */
class PoliceOperationsTest {

    @Test
    void policeWhoConductAnOperationMobilise() {
        assertEquals(Set.of("MOBILIZE | Kenya | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenyan police conducted an operation in Eastleigh on Monday."));
    }

    @Test
    void troopsWhoConductAnOperationInAnotherCountryAssaultIt() {
        assertEquals(Set.of("ASSAULT | Kenya | Somalia | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenyan troops conducted an operation in Somalia on Monday."));
    }

    @Test
    void aCensusConductedIsNoAct() {
        assertEquals(Set.of(), Understood.eventsOf("Kenya conducted a census on Monday."));
    }
}
