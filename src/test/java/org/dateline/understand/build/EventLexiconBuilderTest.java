package org.dateline.understand.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed event data is exactly what the build step makes of the dictionaries, and keeps their rules. */
class EventLexiconBuilderTest {

    private static final Path SHARED = Path.of(System.getProperty("dateline.seeds", "../shared/seeds")).getParent();
    private static final Path RESOURCES = Path.of("src/main/resources/org/dateline/understand");

    @TempDir
    Path dir;

    private static void assumeSources() {
        Assumptions.assumeTrue(EventLexiconBuilder.sourcesPresent(SHARED),
                "PETRARCH2 dictionaries, PLOVER table or Wikidata extract not found under " + SHARED.toAbsolutePath());
    }

    @Test
    void theCommittedFilesAreTheBuildOfTheDictionaries() throws Exception {
        assumeSources();
        Files.copy(RESOURCES.resolve("countries.txt"), dir.resolve("countries.txt"));
        Files.copy(RESOURCES.resolve("country-names.tsv"), dir.resolve("country-names.tsv"));
        EventLexiconBuilder.main(new String[] {SHARED.toString(), dir.toString()});
        for (String file : List.of(EventLexiconBuilder.LEXICON, EventLexiconBuilder.AGENTS, EventLexiconBuilder.ADJECTIVES,
            EventLexiconBuilder.CAPITALS, EventLexiconBuilder.DISCARDS)) {
            try (InputStream committed = EventLexiconBuilderTest.class.getResourceAsStream("/org/dateline/understand/" + file)) {
                assertArrayEquals(committed.readAllBytes(), Files.readAllBytes(dir.resolve(file)),
                        "rebuild " + file + " (see EventLexiconBuilder) and commit it");
            }
        }
    }

    @Test
    void aPatternKeepsItsCodeModeAndWords() throws IOException {
        assumeSources();
        EventLexiconBuilder builder = builder();
        List<String> lines = builder.lexiconLines();
        // CAMEO's GRANT block: "- * &WEAPON [072]" -> military aid, to whoever the weapons go.
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("give\tverb\t-\tsubject\t") && l.contains("\tAID\t")
                && l.endsWith("\t072\t-\tO=&weapon")), "give weapons");
        // A verb's own code comes last among its lines, after every pattern.
        List<String> shell = lines.stream().filter(l -> l.startsWith("shell\tverb\t")).toList();
        assertTrue(shell.get(shell.size() - 1).endsWith("\t190\t-\t-"), shell.toString());
        // Every event line types its CAMEO code with a PLOVER category.
        for (String line : lines) {
            if (!line.startsWith("&")) {
                String[] f = line.split("\t");
                assertEquals(11, f.length, line);
                assertTrue(f[5].equals("-") ? f[8].equals("-") : f[8].matches("[0-9]{2,4}"), line);
            }
        }
    }

    @Test
    void theTableGivesCategoryAndMode() throws IOException {
        assumeSources();
        CameoToPlover table = CameoToPlover.read(SHARED.resolve("corpora/plover/CAMEO2PLOVER-2021.txt"));
        assertEquals(Optional.of(new CameoToPlover.Plover("RETREAT", "disarm")), table.of("0874"));
        assertEquals(Optional.of(new CameoToPlover.Plover("CONCEDE", "")), table.of("08"), "08 reads as 080");
        assertEquals("ASSAULT", table.of("1933").orElseThrow().category(), "an unknown four-digit code reads as its parent");
        assertEquals(Optional.empty(), table.of("010"), "statements are no PLOVER event");
    }

    @Test
    void agentsAndAdjectivesNameTheSectorAndTheCountry() throws IOException {
        assumeSources();
        Map<String, String> agents = AgentDictionary.read(SHARED.resolve("corpora/petrarch2-dictionaries/Phoenix.agents.txt"));
        assertEquals("MIL", agents.get("troop"));
        assertEquals("COP", agents.get("police"));
        assertEquals("GOV", agents.get("minister"), "!MINIST! is expanded");
        Map<String, String> adjectives = CountryAdjectives.build(SHARED.resolve("wikidata/countries_permissive.tsv"),
                RESOURCES.resolve("countries.txt"), RESOURCES.resolve("country-names.tsv"));
        assertEquals("Sudan", adjectives.get("Sudanese"));
        assertEquals("Kenya", adjectives.get("Kenyans"));
        assertTrue(!adjectives.containsKey("Congolese"), "two countries share it");
    }

    private static EventLexiconBuilder builder() throws IOException {
        return new EventLexiconBuilder(CameoDictionary.read(SHARED.resolve("corpora/petrarch2-dictionaries/CAMEO.2.0.txt")),
                CameoToPlover.read(SHARED.resolve("corpora/plover/CAMEO2PLOVER-2021.txt")));
    }
}
