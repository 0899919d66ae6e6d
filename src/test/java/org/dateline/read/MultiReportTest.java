package org.dateline.read;

import static org.dateline.read.Fixtures.BODY;
import static org.dateline.read.Fixtures.FIRST;
import static org.dateline.read.Fixtures.REST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text file holding several reports, one per H1 title. */
class MultiReportTest {

    @TempDir
    Path dir;

    @Test
    void eachH1StartsAReport() throws Exception {
        String text = "# *Junta ends defence accord with Washington*\n\n---\n\nNiamey, May 15 (RHC)-- " + FIRST + "\n\n"
                + REST + "\n\n**Radio Habana Cuba**\n\n"
                + "# Pentagon weighs next steps in the Sahel\n\nTue Mar 19 2024\n\nWASHINGTON: " + FIRST + "\n\n" + REST
                + "\n\n# Talks in Tehran\n\nTEHRAN (IRNA) -- " + FIRST + "\n\n" + REST + "\n";
        Path file = Fixtures.write(dir, "bundle.md", text);
        List<ReportDoc> reports = new SourceReader().read(file);
        assertEquals(3, reports.size());
        String uri = file.toAbsolutePath().normalize().toUri().toString();
        for (int i = 0; i < 3; i++) {
            assertEquals(new Source(uri, "bundle.md", i + 1), reports.get(i).source());
            assertEquals(BODY, reports.get(i).body());
        }
        assertEquals("Junta ends defence accord with Washington", reports.get(0).headline());
        assertEquals("Radio Habana Cuba", reports.get(0).publisher());
        assertEquals("2024-05-15", reports.get(0).published().date().lexical());
        assertEquals("Pentagon weighs next steps in the Sahel", reports.get(1).headline());
        assertEquals(null, reports.get(1).publisher());
        assertEquals("2024-03-19", reports.get(1).published().date().lexical());
        assertEquals("Washington", reports.get(1).dateline().place());
        assertEquals("Talks in Tehran", reports.get(2).headline());
        assertEquals("Islamic Republic News Agency", reports.get(2).publisher());
        assertNotEquals(reports.get(0).fingerprint(), reports.get(1).fingerprint());
    }

    @Test
    void oneH1IsOneReportEvenWithSubheadings() throws Exception {
        String text = "# Junta ends defence accord\n\nWASHINGTON: " + FIRST + "\n\n## Background\n\n" + REST + "\n";
        List<ReportDoc> reports = new SourceReader().read(Fixtures.write(dir, "one.md", text));
        assertEquals(1, reports.size());
        assertEquals(FIRST + "\n\nBackground\n\n" + REST, reports.get(0).body());
    }

    @Test
    void aBadReportInABundleNamesWhichOne() throws Exception {
        String text = "# First\n\nWASHINGTON: " + FIRST + "\n\n" + REST + "\n\n# Second\n\nToo short to be news.\n";
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                () -> new SourceReader().read(Fixtures.write(dir, "bad.md", text)));
        assertEquals("not a news report: fewer than 25 words of prose (5) (report 2 of 2)", e.reason());
    }
}
