package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dateline.TestReports;
import org.dateline.link.ReportLinker;
import org.dateline.read.SourceReader;
import org.dateline.store.ReportStore;
import org.dateline.understand.Understander;
import org.dateline.validate.ShapeValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watched folder's bookkeeping, scan by scan, over a real TDB2 store. */
class FolderWatchTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatNowHoldsFewerReportsLosesTheGraphsOfTheOnesItNoLongerHolds() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        Path file = folder.resolve("two.md");
        Files.writeString(file, Files.readString(Path.of("examples", "niger-iran-talks.md"))
                + Files.readString(Path.of("examples", "burkina-russia-advisers.md")));
        try (ReportStore store = ReportStore.open(dir.resolve("db"), TestReports.IRIS)) {
            List<String> lines = new ArrayList<>();
            FolderWatch watch = watch(folder, store, lines);
            List<ReportResult> first = watch.scan();
            assertEquals(List.of(Status.ADDED, Status.ADDED), first.stream().map(ReportResult::status).toList());

            Files.writeString(file, Files.readString(Path.of("examples", "niger-iran-talks.md")));
            settle(file);
            List<ReportResult> second = watch.scan();
            assertEquals(List.of(Status.UNCHANGED, Status.REMOVED), second.stream().map(ReportResult::status).toList(),
                    second.toString());
            assertEquals(first.get(1).reportIri(), second.get(1).reportIri());
            assertEquals(1, store.reportCount());
            assertEquals("removed  " + file.toAbsolutePath() + "  " + first.get(1).reportIri(), lines.get(lines.size() - 1));
            assertEquals(List.of(), watch.scan(), "nothing changed since");
        }
    }

    @Test
    void theFirstScanRemovesTheReportsOfFilesThatLeftTheFolderWhileNobodyWatched() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        Path kept = Files.copy(Path.of("examples", "chad-french-troops.txt"), folder.resolve("kept.txt"));
        Path gone = Files.copy(Path.of("examples", "us-delegation-niamey.txt"), folder.resolve("gone.txt"));
        try (ReportStore store = ReportStore.open(dir.resolve("db"), TestReports.IRIS)) {
            List<ReportResult> before = watch(folder, store, new ArrayList<>()).scan();
            assertEquals(2, store.reportCount());

            Files.delete(gone);
            List<ReportResult> restarted = watch(folder, store, new ArrayList<>()).scan();
            assertEquals(List.of(Status.UNCHANGED, Status.REMOVED), restarted.stream().map(ReportResult::status).toList(),
                    restarted.toString());
            assertEquals(gone.toAbsolutePath().toString(), restarted.get(1).source());
            String goneIri = before.stream().filter(r -> r.source().endsWith("gone.txt")).findFirst().orElseThrow().reportIri();
            assertEquals(goneIri, restarted.get(1).reportIri());
            assertTrue(store.contains(restarted.get(0).reportIri()) && !store.contains(goneIri));
            assertTrue(Files.exists(kept));
        }
    }

    private FolderWatch watch(Path folder, ReportStore store, List<String> lines) {
        Ingestor ingestor = new Ingestor(new ReportProcessor(new SourceReader(), Understander.NONE, ReportLinker.NONE,
                TestReports.MAPPER, ShapeValidator.bundled()), store, new RejectedFolder(dir.resolve("rejected"), TestReports.IRIS));
        return new FolderWatch(folder, ingestor, store, result -> lines.add(result.line()), Duration.ofMillis(50), 1);
    }

    /** Waits until the file's last change is older than the watch's interval, so that the scan takes it. */
    private static void settle(Path file) throws InterruptedException {
        Thread.sleep(120);
        assertTrue(Files.exists(file));
    }
}
