package org.dateline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short run of the load benchmark: reads and posts at once, without an error or a half-seen report. */
class LoadRunTest {

    @TempDir
    Path dir;

    @Test
    void readersAndWritersAtOnceSeeNoErrorAndNoHalfReport() throws Exception {
        LoadRun.Settings settings = new LoadRun.Settings(6, Duration.ofSeconds(8), 40, 3, 20, Duration.ofSeconds(180));
        LoadRun.Result result = LoadRun.run(dir, settings);
        String figures = LoadRun.format(settings, result);
        assertEquals(0, result.errorCount(), figures);
        assertEquals(0, result.halfSeen(), figures);
        assertTrue(result.audits() > 2, "the auditor read the store while it changed: " + figures);
        for (LoadRun.Figures kind : result.figures()) {
            assertTrue(kind.requests() > 0, kind.kind() + " was exercised: " + figures);
        }
        assertEquals(40, result.figures().get(LoadRun.Kind.POST.ordinal()).requests(), figures);
        assertEquals(60, result.expected(), figures);
        assertEquals(result.expected(), result.stored(), figures);
    }
}
