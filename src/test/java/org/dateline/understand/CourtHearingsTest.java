package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A court that hears an appeal or a case asks nothing of anyone and consults no one: the CAMEO lines of "hear" read
 * "hear an appeal" as an appeal (020) and the bare verb as consultation (040). An addition with a court, a judge or a
 * tribunal for subject stops them (event-lexicon-additions.tsv); a president who hears an envoy still consults him.
 * Exact events (type | actor | target | date | modality), each report published on Tuesday 19 March 2024.
 */
class CourtHearingsTest {

    @Test
    void aCourtThatHearsAnAppealRequestsNothing() {
        assertEquals(Set.of(),
                Understood.eventsOf("The Kenyan High Court heard the appeal of the Ugandan government on Monday. "
                        + "A higher court in Nairobi started on Monday to hear the government's appeal against the verdict and a "
                        + "request by Joseph Kamau, a well-known lawyer."));
    }

    @Test
    void aPresidentWhoHearsAnEnvoyConsultsHim() {
        assertEquals(Set.of("CONSULT | Kenya | Uganda | 2024-03-18 | Asserted"),
                Understood.eventsOf("The Kenyan president heard the Ugandan envoy on Monday."));
    }
}
