package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two real reports the project started from, read as they are on disk. */
class SeedReportsTest {

    private static Path seeds;

    @BeforeAll
    static void findSeeds() {
        String dir = System.getProperty("dateline.seeds", "../shared/seeds");
        seeds = Path.of(dir).toAbsolutePath().normalize();
    }

    private static ReportDoc readSeed(String prefix) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(seeds), "seed reports not found at " + seeds + ": skipped");
        Path file;
        try (var files = Files.list(seeds)) {
            file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
        }
        Assumptions.assumeTrue(file != null, "seed report " + prefix + " not found at " + seeds + ": skipped");
        List<ReportDoc> reports = new SourceReader().read(file);
        assertEquals(1, reports.size(), "one report per seed file");
        ReportDoc doc = reports.get(0);
        assertEquals(1, doc.source().position());
        assertEquals(file.toAbsolutePath().normalize().toUri().toString(), doc.source().uri());
        assertCleanBody(doc.body());
        return doc;
    }

    private static void assertCleanBody(String body) {
        for (String markup : List.of("icon-", "**", "#", "---")) {
            assertFalse(body.contains(markup), () -> "body contains " + markup + ": " + body);
        }
    }

    @Test
    void radioHabanaCubaReport() throws Exception {
        ReportDoc doc = readSeed("000_");
        assertEquals("Niger cuts military ties with U.S. over Washington's threats", doc.headline());
        assertEquals(new PublicationDate(new PartialDate(2024, 5, 15), true,
                "year inferred from years mentioned in the text (latest 2023)"), doc.published());
        assertEquals("Radio Habana Cuba", doc.publisher());
        assertEquals("Radio Habana Cuba", doc.agencyName());
        assertNotNull(doc.dateline());
        assertEquals("Niamey, May 15 (RHC)--", doc.dateline().text());
        assertEquals("Niamey", doc.dateline().place());
        assertEquals("RHC", doc.dateline().agency());
        assertEquals(new PartialDate(null, 5, 15), doc.dateline().date());
        assertEquals(List.of("Niger's Prime Minister Ali Mahaman Lamine Zeine"), doc.captions());
        assertTrue(doc.body().startsWith("Niger's prime minister says the termination"), doc.body());
        assertTrue(doc.body().endsWith("between the two countries."), doc.body());
        assertTrue(doc.body().contains("“The Americans stayed on our soil"), "curly quotes kept");
        assertEquals(null, doc.byline());
        assertEquals("en", doc.language());
        assertEquals(64, doc.fingerprint().length());
    }

    @Test
    void washingtonReportWithShareNoise() throws Exception {
        ReportDoc doc = readSeed("004_");
        assertEquals("US Expresses Concerns Over Niger’s Alleged Ties with Russia and Iran", doc.headline());
        assertEquals(new PublicationDate(new PartialDate(2024, 3, 19), false, null), doc.published());
        assertNotNull(doc.dateline());
        assertEquals("WASHINGTON:", doc.dateline().text());
        assertEquals("Washington", doc.dateline().place());
        assertEquals(null, doc.dateline().agency());
        assertEquals(null, doc.dateline().date());
        assertEquals(null, doc.publisher());
        assertEquals(List.of(), doc.captions());
        assertTrue(doc.body().startsWith("US officials visited Niger"), doc.body());
        assertTrue(doc.body().endsWith("contingent upon clarifications and mutual understanding."), doc.body());
    }
}
