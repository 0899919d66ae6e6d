package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
 * An event whose report names no actor ("gunmen abducted a Cameroonian priest"), understood by the real
 * engine, mapped, validated against the shapes, stored in a real TDB2 store and served: its graph has no
 * dl:actor and conforms, its page says the actor is unnamed, and the report's event list shows it.
 */
class UnnamedActorPageTest {

    @TempDir
    static Path dir;

    @Test
    void anEventWithNoActorConformsAndRenders() throws Exception {
        Understood report = Understood.body("Gunmen abducted a Cameroonian priest on Monday.");
        report.assertAnchoredAndValid();
        assertEquals(java.util.Set.of("ASSAULT | - | Cameroon | 2024-03-18 | Asserted"), report.events());
        MappedReport mapped = report.mapped;
        List<Resource> events = mapped.graph().listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, Vocab.EVENT).toList();
        assertEquals(1, events.size());
        Resource event = events.get(0);
        assertFalse(event.hasProperty(Vocab.ACTOR));
        assertTrue(event.getURI().endsWith("/event/assault--cameroon-2024"), event.getURI());

        try (ReportStore store = ReportStore.open(dir.resolve("db"), TestReports.IRIS)) {
            store.put(mapped);
            try (DatelineServer server = DatelineServer.start(store.dataset(), TestReports.IRIS, dir.resolve("dumps"), 0, true,
                    Duration.ofSeconds(5))) {
                String base = "http://localhost:" + server.port();
                var response = SiteFixture.page(base, event.getURI());
                assertEquals(200, response.statusCode());
                Document page = Jsoup.parse(response.body());
                assertNotNull(page.selectFirst("dt:containsOwn(Actor)"), response.body());
                assertEquals("unnamed (the report names no one)", page.selectFirst("dt:containsOwn(Actor) + dd").text());
                assertEquals("Cameroon", page.selectFirst("dt:containsOwn(Target) + dd").text());

                var reportPage = SiteFixture.page(base, mapped.reportIri());
                assertEquals(200, reportPage.statusCode());
                assertTrue(Jsoup.parse(reportPage.body()).select("ul.events li").text().contains("unnamed → Cameroon"),
                        reportPage.body());
            }
        }
    }
}
