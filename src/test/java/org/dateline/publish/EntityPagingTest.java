package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dateline.TestReports;
import org.dateline.read.PartialDate;
import org.dateline.read.PublicationDate;
import org.dateline.read.ReportDoc;
import org.dateline.store.ReportStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entity in more reports than a page holds: newest first, paged, and the dump follows ingest. */
class EntityPagingTest {

    @TempDir
    Path dir;

    @Test
    void reportsOfAnEntityArePagedNewestFirst() throws Exception {
        try (ReportStore store = ReportStore.open(dir.resolve("db"), TestReports.IRIS)) {
            for (int day = 1; day <= 23; day++) {
                ReportDoc doc = TestReports.doc("r" + day + ".txt", 1, "Report of day " + day, "Body " + day + ".", "Niamey", "Sahel Dispatch");
                store.put(TestReports.MAPPER.map(new ReportDoc(doc.source(), doc.fingerprint(), doc.headline(), doc.body(),
                        doc.captions(), doc.byline(), doc.dateline(),
                        new PublicationDate(new PartialDate(2024, 3, day), false, null), doc.publisher(), doc.agencyName(), doc.language())));
            }
            try (DatelineServer server = DatelineServer.start(store.dataset(), TestReports.IRIS, dir.resolve("dumps"), 0, true,
                    Duration.ofSeconds(5))) {
                String base = "http://localhost:" + server.port();
                Document first = Jsoup.connect(base + "/entity/sahel-dispatch").get();
                assertEquals("23 reports refer to this entity.", first.selectFirst("#reports-heading + p").text());
                List<String> expected = new ArrayList<>();
                for (int day = 23; day >= 4; day--) {
                    expected.add(String.format("2024-03-%02d — Report of day %d", day, day));
                }
                assertEquals(expected, first.select("ol.reports li").eachText());
                assertEquals(List.of("Older reports"), first.select("nav.pager a").eachText());

                Document second = Jsoup.connect(base + first.selectFirst("nav.pager a").attr("href")).get();
                assertEquals(List.of("2024-03-03 — Report of day 3", "2024-03-02 — Report of day 2", "2024-03-01 — Report of day 1"),
                        second.select("ol.reports li").eachText());
                assertEquals("21", second.selectFirst("ol.reports").attr("start"));
                assertEquals(List.of("Newer reports"), second.select("nav.pager a").eachText());
            }
        }
    }

    @Test
    void theDumpIsStaleAfterAnIngestUntilRewritten() {
        try (ReportStore store = ReportStore.open(dir.resolve("db"), TestReports.IRIS)) {
            DumpWriter dumps = new DumpWriter(store.dataset(), dir.resolve("dumps"));
            assertTrue(dumps.isStale(), "no dump yet");
            String empty = dumps.refresh();
            assertFalse(dumps.isStale());
            store.put(TestReports.mapped("a.txt", "Niger revokes accord", "Niger revoked the accord.", "Niamey"));
            assertTrue(dumps.isStale());
            String one = dumps.refresh();
            assertFalse(dumps.isStale());
            assertFalse(empty.equals(one));
            assertEquals(one, dumps.refresh(), "a fresh dump is not rewritten");
        }
    }
}
