package org.dateline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the dev-corpus scorer reads the annotation and matches events: by type, then names or country codes. */
class EventBenchmarkTest {

    @TempDir
    Path dir;

    private static EventBenchmark.Tuple tuple(String type, String actor, String actorIso3, String target, String targetIso3) {
        return new EventBenchmark.Tuple(type, actor, actorIso3, target, targetIso3, "t", "s");
    }

    @Test
    void onlyTheChosenSplitIsRead() throws Exception {
        Path manifest = dir.resolve("manifest.tsv");
        Files.writeString(manifest, "id\tsplit\turl\ndc001\tdev\tx\ndc002\theldout\ty\ndc003\tdev\tz\n");
        assertEquals(List.of("dc001", "dc003"), EventBenchmark.ids(manifest, "dev"));
        assertEquals(List.of("dc002"), EventBenchmark.ids(manifest, "heldout"));
    }

    @Test
    void eventsMatchByNameWithinNameOrByCountryCode() {
        EventBenchmark bench = new EventBenchmark(Map.of(), "dev");
        bench.add("dc1", List.of(tuple("CONSULT", "Chinese Foreign Minister Wang Yi", "CHN", "Kenya", "KEN"),
                tuple("COERCE", "Kenya", "KEN", "", ""), tuple("PROTEST", "", "", "Kenya", "KEN")),
                List.of(tuple("CONSULT", "Wang Yi", "", "Kenya", "KEN"), tuple("COERCE", "Kenya", "KEN", "", ""),
                        tuple("ASSAULT", "Kenya", "KEN", "", "")));
        assertEquals(2.0 / 3, bench.precision(), 1e-9);
        assertEquals(2.0 / 3, bench.recall(), 1e-9, "an event annotated without actor is a miss");
        String report = bench.report();
        assertTrue(report.contains("missed PROTEST | - | Kenya (KEN)"), report);
        assertTrue(report.contains("wrong  ASSAULT | Kenya (KEN) | -"), report);
    }

    @Test
    void namesMatchWordForWordInAnyOrder() {
        EventBenchmark bench = new EventBenchmark(Map.of(), "dev");
        bench.add("dc1", List.of(tuple("CONSULT", "Salman bin Abdulaziz", "SAU", "Charles, Prince of Wales", "GBR")),
                List.of(tuple("CONSULT", "Salman bin Abdulaziz", "", "Prince Charles", ""),
                        tuple("CONSULT", "Salman bin Abdulaziz", "", "Prince William", "")));
        assertEquals(0.5, bench.precision(), 1e-9, bench.report());
        assertEquals(1.0, bench.recall(), 1e-9);
    }

    @Test
    void aCourtesyTitleIsNoPartOfTheName() {
        // "Dr Ama Boateng" is "Ama Serwaa Boateng"; the title does not make "Dr Kofi Boateng" her
        EventBenchmark bench = new EventBenchmark(Map.of(), "dev");
        bench.add("dc1", List.of(tuple("CONSULT", "Ama Serwaa Boateng", "GHA", "Togo", "TGO")),
                List.of(tuple("CONSULT", "Dr Ama Boateng", "", "Togo", "TGO"),
                        tuple("CONSULT", "Dr Kofi Boateng", "", "Togo", "TGO")));
        assertEquals(0.5, bench.precision(), 1e-9, bench.report());
        assertEquals(1.0, bench.recall(), 1e-9);
    }

    @Test
    void romanisedSpellingsOfOneNameMatch() {
        // "Mohamed" and "Mohammed" are one name; "Ahmed" is another
        EventBenchmark bench = new EventBenchmark(Map.of(), "dev");
        bench.add("dc1", List.of(tuple("CONSULT", "Mohamed Ould Salem", "MRT", "Mali", "MLI")),
                List.of(tuple("CONSULT", "Mohammed Ould Salem", "", "Mali", "MLI"),
                        tuple("CONSULT", "Ahmed Ould Salem", "", "Mali", "MLI")));
        assertEquals(0.5, bench.precision(), 1e-9, bench.report());
        assertEquals(1.0, bench.recall(), 1e-9);
    }

    @Test
    void aTargetFoundWhereNoneIsAnnotatedIsWrong() {
        EventBenchmark bench = new EventBenchmark(Map.of(), "dev");
        bench.add("dc1", List.of(tuple("COERCE", "Kenya", "KEN", "", "")), List.of(tuple("COERCE", "Kenya", "KEN", "Uganda", "UGA")));
        assertEquals(0, bench.precision(), 1e-9);
    }
}
