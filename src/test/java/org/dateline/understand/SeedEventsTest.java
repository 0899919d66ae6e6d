package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.dateline.TestReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The events of the two real seed reports: who did what to whom, when, with which modality, and the
 * revocation both reports tell as one event node.
 */
class SeedEventsTest {

    private static final String ZEINE = "Ali Mahaman Lamine Zeine";
    private static Understood seed000;
    private static Understood seed004;

    @BeforeAll
    static void understandSeeds() throws Exception {
        seed000 = Understood.of(TestReports.readSeed("000_00f213b68e0cbf10.txt"));
        seed004 = Understood.of(TestReports.readSeed("004_b989fd716c0c8bdd.txt"));
    }

    @Test
    void seed000TellsWhoDidWhatToWhom() {
        assertEquals(Set.of(
                "SANCTION | Niger | United States | 2024-05-15 | Asserted",     // the termination of military cooperation
                "ACCUSE | " + ZEINE + " | United States | 2024-05-15 | Asserted", // criticized US officials' call
                "RETREAT | United States | Niger | - | Planned",                 // the withdrawal ... slated in the coming months
                "AGREE | United States | Niger | - | Planned",                   // the U.S. ... agreed to withdraw its forces (PLOVER: AGREE)
                "REQUEST | Niger | United States | 2024-05-15 | Asserted",      // Niger's demands that U.S. troops leave
                "SANCTION | United States | Niger | 2024-05-15 | Asserted",     // Washington then suspended security support
                "AID | Russia | Niger | 2024-04-10 | Asserted",                  // Russian advisors arrived ... on April 10
                "CONSULT | Abdourahamane Tiani | Vladimir Putin | 2024-05-15 | Asserted", // talks between Tiani and Putin
                "CONSULT | " + ZEINE + " | Iran | 2024-01 | Asserted",           // Zeine visited Iran in late January
                "CONSULT | " + ZEINE + " | Ebrahim Raeisi | 2024-01 | Asserted", // ... in late January and held talks with President Raeisi
                "CONSULT | Bakary Yaou Sangare | Iran | 2023-10 | Asserted",     // "Foreign Minister of Niger, Bakary Yaou Sangare, also visited Tehran"
                "THREATEN | United States | " + ZEINE + " | 2024-05-15 | Asserted"), // he had been given an ultimatum by the U.S. (CAMEO 139)
                seed000.events());
        seed000.assertAnchoredAndValid();
    }

    @Test
    void seed000EventsKeepTheirTriggerAndPlace() {
        assertTrue(seed000.eventEvidence().contains("AID | Russia | Niger | arrived | A first set of about 100 Russian advisors "
                + "arrived in Niger on April 10 along with air defense systems after talks between Tiani and Russian President "
                + "Vladimir Putin."), seed000.eventEvidence().toString());
        assertEquals("Niger", seed000.eventPlace("AID", "Russia", "Niger"));
        assertEquals("Iran", seed000.eventPlace("CONSULT", ZEINE, "Iran"));
        assertEquals("-", seed000.eventPlace("SANCTION", "United States", "Niger"));
        assertEquals("Tehran", seed000.eventPlace("CONSULT", "Bakary Yaou Sangare", "Iran"), "visited Tehran: Iran's government, in Tehran");
    }

    @Test
    void zeineActsAsHimselfAndHisRoleGivesHisCountry() {
        assertTrue(seed000.roles().contains(ZEINE + " | prime minister | Niger"));
        assertTrue(seed000.events().contains("CONSULT | " + ZEINE + " | Iran | 2024-01 | Asserted"));
    }

    @Test
    void seed004TellsWhoDidWhatToWhom() {
        assertEquals(Set.of(
                "CONSULT | United States | Niger | 2024-03-19 | Asserted",   // US officials visited Niger
                "SANCTION | Niger | United States | 2024-03-19 | Asserted",  // the junta's abrupt revocation of a military agreement
                "SANCTION | Niger | France | 2024-03-19 | Asserted",         // "Since ... July 2023" has expelled French forces
                "COOPERATE | Niger | Russia | 2024-03-19 | Asserted",        // ... and strengthened military ties with Russia
                "CONSULT | Ali Mahamane Lamine Zeine | Iran | 2024-01 | Asserted", // the visit of Zeine to Iran in January
                "REJECT | Niger | United States | 2024-03-19 | Asserted",    // rejected allegations made by the US delegation
                "AGREE | Niger | Iran | 2024-03-19 | Alleged",               // a purported secret agreement on uranium with Iran
                "ACCUSE | United States | Niger | 2024-03-19 | Asserted"),   // US officials expressed unease over Niger's alignment (CAMEO 110)
                seed004.events());
        seed004.assertAnchoredAndValid();
    }

    @Test
    void theRevocationToldByBothReportsIsOneEventReportedInBoth() {
        Dataset dataset = DatasetFactory.createTxnMem();
        List<String> reports = new ArrayList<>();
        for (Understood seed : List.of(seed000, seed004)) {
            dataset.addNamedModel(seed.mapped.reportIri(), seed.mapped.graph());
            reports.add(seed.mapped.reportIri());
        }
        String query = """
                PREFIX dl: <https://w3id.org/dateline/ns#>
                PREFIX plover: <https://w3id.org/dateline/plover#>
                SELECT ?e (COUNT(DISTINCT ?r) AS ?n) WHERE {
                  GRAPH ?g { ?e dl:eventType plover:SANCTION ; dl:actor <http://example.org/entity/niger> ;
                                dl:target <http://example.org/entity/united-states> ; dl:reportedIn ?r } }
                GROUP BY ?e""";
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            var rows = qe.execSelect();
            var row = rows.next();
            assertEquals("http://example.org/event/sanction-niger-united-states-2024", row.getResource("e").getURI());
            assertEquals(2, row.getLiteral("n").getInt());
            assertTrue(!rows.hasNext(), "one event node only");
        }
        String reportsQuery = "PREFIX dl: <https://w3id.org/dateline/ns#> SELECT ?r WHERE { GRAPH ?g { "
                + "<http://example.org/event/sanction-niger-united-states-2024> dl:reportedIn ?r } }";
        List<String> found = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(reportsQuery).build()) {
            qe.execSelect().forEachRemaining(r -> found.add(r.getResource("r").getURI()));
        }
        assertEquals(Set.copyOf(reports), Set.copyOf(found));
    }
}
