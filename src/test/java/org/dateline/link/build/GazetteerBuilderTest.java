package org.dateline.link.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dateline.link.EntityType;
import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed gazetteer is exactly what the build step makes of the extracts, and keeps its rules. */
class GazetteerBuilderTest {

    private static final Path EXTRACTS = Path.of(System.getProperty("dateline.seeds", "../shared/seeds"))
            .resolveSibling("wikidata");

    @TempDir
    Path dir;

    @Test
    void theCommittedGazetteerIsTheBuildOfTheExtracts() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(EXTRACTS), "Wikidata extracts not found at " + EXTRACTS.toAbsolutePath());
        Path built = dir.resolve("gazetteer.tsv.gz");
        GazetteerBuilder.main(new String[] {EXTRACTS.toString(), "src/main/resources/org/dateline/read/agencies.tsv",
            built.toString()});
        try (InputStream committed = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
            assertArrayEquals(committed.readAllBytes(), Files.readAllBytes(built),
                    "rebuild src/main/resources/org/dateline/link/gazetteer.tsv.gz (see its README) and commit it");
        }
    }

    @Test
    void aCountryIsAlwaysItsSovereignState() {
        Gazetteer gazetteer = Gazetteer.bundled();
        for (GazetteerEntry e : gazetteer.entries()) {
            assertTrue(!"Q35".equals(e.qid()) && !"Q55".equals(e.qid()), e.toString());
            assertTrue(!"Q35".equals(e.countryQid()) && !"Q55".equals(e.countryQid()), e.toString());
        }
        assertEquals("Q756617", gazetteer.byQid("Q1748").orElseThrow().countryQid(), "Copenhagen is in the Kingdom of Denmark");
        assertEquals("Q29999", gazetteer.byQid("Q727").orElseThrow().countryQid(), "Amsterdam is in the Kingdom of the Netherlands");
        assertEquals(EntityType.COUNTRY, gazetteer.byQid("Q756617").orElseThrow().type());
    }

    @Test
    void theBundledGazetteerHoldsTheItemsTheSeedsNeed() {
        Gazetteer gazetteer = Gazetteer.bundled();
        assertEquals("Niger", gazetteer.byQid("Q1032").orElseThrow().label());
        assertEquals("United States of America", gazetteer.byQid("Q30").orElseThrow().label());
        assertEquals("The Washington Post", gazetteer.byQid("Q166032").orElseThrow().label());
        assertEquals("Vladimir Putin", gazetteer.byQid("Q7747").orElseThrow().label());
        assertTrue(gazetteer.byQid("Q61").orElseThrow().aliases().contains("Washington"));
        assertTrue(gazetteer.byQid("Q3674").orElseThrow().isNationalCapital());
        assertTrue(gazetteer.byQid("Q30").orElseThrow().aliases().contains("U.S."));
        assertTrue(!gazetteer.byQid("Q1032").orElseThrow().aliases().contains("NE"), "two-letter ISO codes are dropped");
    }
}
