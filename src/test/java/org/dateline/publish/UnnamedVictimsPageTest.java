package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.dateline.TestReports;
import org.dateline.map.MappedReport;
import org.dateline.map.Vocab;
import org.dateline.store.ReportStore;
import org.dateline.understand.Understood;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Violence whose report names neither who acted nor whom it struck ("five villagers were shot dead", "gunmen
 * abducted two travellers", "were abducted by gunmen"), understood by the real engine, mapped, validated, stored and served: each is an
 * event of its own with no dl:actor and no dl:target, a distinct IRI within the report, its place and date kept,
 * a page that says both sides are unnamed and a line in the report's event list. A general statement and an
 * accident tell no such event.
 */
class UnnamedVictimsPageTest {

    @TempDir
    static Path dir;

    @Test
    void violenceWithNoOneNamedStandsConformsAndRenders() throws Exception {
        Understood report = Understood.body("Five villagers were shot dead in Kisumu on Monday. Two travellers were abducted by gunmen on Sunday.");
        report.assertAnchoredAndValid();
        assertEquals(Set.of("ASSAULT | - | - | 2024-03-18 | Asserted", "ASSAULT | - | - | 2024-03-17 | Asserted"), report.events());
        MappedReport mapped = report.mapped;
        List<Resource> events = mapped.graph().listSubjectsWithProperty(org.apache.jena.rdf.model.ResourceFactory.createProperty(
                org.apache.jena.vocabulary.RDF.type.getURI()), Vocab.EVENT).toList();
        assertEquals(2, events.size(), "one node each, not one node for both");
        for (Resource event : events) {
            assertFalse(event.hasProperty(Vocab.ACTOR));
            assertFalse(event.hasProperty(Vocab.TARGET));
            assertTrue(event.getURI().contains("/event/assault---"), event.getURI());
        }
        Resource shooting = events.stream().filter(e -> e.getURI().endsWith("-2024") && e.hasProperty(Vocab.PLACE_OF_EVENT))
                .findFirst().orElseThrow(() -> new AssertionError("the shooting keeps its place, Kisumu"));

        try (ReportStore store = ReportStore.open(dir.resolve("db"), TestReports.IRIS)) {
            store.put(mapped);
            try (DatelineServer server = DatelineServer.start(store.dataset(), TestReports.IRIS, dir.resolve("dumps"), 0, true,
                    Duration.ofSeconds(5))) {
                String base = "http://localhost:" + server.port();
                var response = SiteFixture.page(base, shooting.getURI());
                assertEquals(200, response.statusCode());
                Document page = Jsoup.parse(response.body());
                assertEquals("unnamed (the report names no one)", page.selectFirst("dt:containsOwn(Actor) + dd").text());
                assertEquals("unnamed (the report names no one)", page.selectFirst("dt:containsOwn(Target) + dd").text());

                var reportPage = SiteFixture.page(base, mapped.reportIri());
                assertEquals(200, reportPage.statusCode());
                assertTrue(Jsoup.parse(reportPage.body()).select("ul.events li").text().contains("unnamed → unnamed"), reportPage.body());
            }
        }
    }

    @Test
    void aGeneralStatementOrAnAccidentTellsNone() {
        assertEquals(Set.of(), Understood.body("Civilians are killed every week in the region.").events());
        assertEquals(Set.of(), Understood.body("Three people were killed in a bus crash on Monday.").events());
    }
}
