package org.dateline.link.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    @Test
    void everyCountryTheBundledGazetteerRefersToIsOneOfItsCountries() {
        Gazetteer gazetteer = Gazetteer.bundled();
        int references = 0;
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.countryQid() != null) {
                references++;
                assertTrue(gazetteer.countryOf(e).isPresent(), "the country of " + e);
            }
            if (e.isNationalCapital()) {
                assertTrue(gazetteer.countryOf(e).isPresent(), "a national capital with no country: " + e);
            }
        }
        assertTrue(references > 7000, references + " references");
    }

    @Test
    void aCountryIsResolvedByItemCodeOrNameAddedFromTheOfficesOrDroppedWithAWarning() throws Exception {
        Path countries = write("countries.tsv", "qid\tlabel\taliases\tdemonyms\tiso2\tiso3\tcapital_label\tcapital_qid\tcapital_alt",
                "Q1246\tKosovo\t\tKosovar\tXK\tXKX\t\t\t",
                "Q403\tSerbia\tRepublic of Serbia\tSerbian\tRS\tSRB\tBelgrade\tQ3711\t",
                "Q219060\tPalestine\tState of Palestine\t\tPS\tPSE\t\t\t");
        Path cities = write("cities.tsv", "qid\tlabel\tlabel_en\talt_names\tfeaturecla\tis_national_capital\tcountry_iso2"
                + "\tcountry_adm0_a3\tcountry_qid\tcountry_name\tadmin1\tpop_max",
                "Q3711\tBeograd\tBelgrade\t\tAdmin-0 capital\t1\tRS\tSRB\tQ403\tSerbia\t\t1099000",
                "Q25270\tPristina\tPrishtina\t\tAdmin-0 capital\t1\t\tKOS\t\tKosovo\t\t465186",
                "Q47492\tGaza\tGaza City\t\tAdmin-0 region capital\t0\tPS\tPSX\tQ407199\tGaza Strip\t\t505700",
                "Q168652\tHargeysa\tHargeisa\t\tAdmin-0 capital\t1\t\tSOL\t\tSomaliland\t\t477876",
                "Q193190\tAmmochostos\tFamagusta\t\tAdmin-1 capital\t0\t\tCYN\t\tNorthern Cyprus\t\t42526",
                "Q185672\tGrytviken\tGrytviken\t\tPopulated place\t0\tGS\tSGS\tQ1137202\tSouth Georgia\t\t99",
                "Q900000001\tNorthport\tNorthport\t\tAdmin-0 capital\t1\t\t\t\tAtlantis\t\t5000");
        Path offices = write("offices.tsv", "officeholder\tofficeholderLabel\tposition\tpositionLabel\tcountryid"
                + "\tcountry\tstart_year\tend_year\tsource",
                "Q17155777\tMuse Bihi Abdi\tQ25906534\tPresident of Somaliland\tQ34754\tSomaliland\t2017\t\tx",
                "Q6057339\tErsin Tatar\tQ2354210\tPresident of Northern Cyprus\tQ23681\tTurkish Republic of Northern Cyprus\t2020\t\tx",
                "Q13047644\tVjosa Osmani\tQ886947\tPresident of Kosovo\tQ1246\tKosovo\t2021\t\tx",
                "Q900000002\tA. Nobody\tQ900000003\tGovernor of the Moon\tQ900000004\t\t2021\t\tx");
        GazetteerBuilder builder = new GazetteerBuilder();
        builder.countries(countries);
        builder.cities(cities);
        builder.officeHolders(offices);
        Map<String, GazetteerEntry> built = builder.build().stream()
                .collect(Collectors.toMap(GazetteerEntry::qid, Function.identity()));

        assertEquals("Q403", built.get("Q3711").countryQid(), "by item");
        assertEquals("Q1246", built.get("Q25270").countryQid(), "Pristina: by the country's name");
        assertEquals("Q219060", built.get("Q47492").countryQid(), "Gaza: an item the table lacks, by its code");
        assertEquals("Q1246", built.get("Q13047644").countryQid());
        // Jurisdictions of offices that the country table lacks become countries, named by the office too.
        GazetteerEntry somaliland = built.get("Q34754");
        assertEquals(EntityType.COUNTRY, somaliland.type());
        assertEquals("Somaliland", somaliland.label());
        assertEquals(477876, somaliland.prior(), "the population of its towns");
        assertEquals("Q34754", built.get("Q168652").countryQid(), "Hargeisa");
        assertEquals("Q34754", built.get("Q17155777").countryQid());
        GazetteerEntry northernCyprus = built.get("Q23681");
        assertEquals("Turkish Republic of Northern Cyprus", northernCyprus.label());
        assertEquals(List.of("Northern Cyprus"), northernCyprus.aliases());
        assertEquals("Q23681", built.get("Q193190").countryQid(), "Famagusta: by the name its offices give");
        assertEquals(null, built.get("Q1246").countryQid());
        // What resolves nowhere is dropped, with a warning naming the table, the item and the reference.
        assertEquals(null, built.get("Q185672").countryQid());
        assertEquals(null, built.get("Q900000001").countryQid());
        assertEquals(null, built.get("Q900000002").countryQid());
        assertEquals(List.of(
                "cities.tsv, Q185672 Grytviken: country Q1137202 (South Georgia) [GS] is not in the gazetteer; dropped",
                "cities.tsv, Q900000001 Northport: country \"Atlantis\" (no QID) is not in the gazetteer; dropped"
                        + " (the national capital reads as the place, never as a government)",
                "offices.tsv, Q900000002 A. Nobody: country Q900000004 is not in the gazetteer; dropped"),
                builder.warnings());
        assertEquals(3 + 2, built.values().stream().filter(e -> e.type() == EntityType.COUNTRY).count());
    }

    private Path write(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }
}
