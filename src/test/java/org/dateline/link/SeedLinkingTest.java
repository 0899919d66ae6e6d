package org.dateline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dateline.TestReports;
import org.dateline.read.ReportDoc;
import org.dateline.understand.Understanding;
import org.junit.jupiter.api.Test;

/**
 * The names in the real seed reports, typed as a named-entity tagger types them and linked in the
 * context of the other names of their report. Each name is checked to occur in its seed, so the
 * test follows the seeds rather than a copy of them.
 */
class SeedLinkingTest {

    private static final GazetteerLinker LINKER = new GazetteerLinker(Gazetteer.bundled());

    /** Seed 000 and seed 004 are both about Niger, the U.S., Iran and Russia. */
    private static final Map<String, MentionType> SEED_000 = Map.ofEntries(
            Map.entry("Niger", MentionType.COUNTRY), Map.entry("United States", MentionType.COUNTRY),
            Map.entry("U.S.", MentionType.COUNTRY), Map.entry("Iran", MentionType.COUNTRY),
            Map.entry("Russia", MentionType.COUNTRY), Map.entry("Niamey", MentionType.LOCATION),
            Map.entry("Vladimir Putin", MentionType.PERSON), Map.entry("Joe Biden", MentionType.PERSON),
            Map.entry("The Washington Post", MentionType.ORGANIZATION), Map.entry("Nigerien", MentionType.NATIONALITY),
            Map.entry("American", MentionType.NATIONALITY), Map.entry("Russian", MentionType.NATIONALITY),
            Map.entry("Ali Mahaman Lamine Zeine", MentionType.PERSON), Map.entry("Abdourahamane Tiani", MentionType.PERSON),
            Map.entry("Mohamed Bazoum", MentionType.PERSON), Map.entry("Bakary Yaou Sangare", MentionType.PERSON),
            Map.entry("Ebrahim Raeisi", MentionType.PERSON), Map.entry("Tehran", MentionType.LOCATION),
            Map.entry("Moscow", MentionType.LOCATION));
    private static final Map<String, MentionType> SEED_004 = Map.ofEntries(
            Map.entry("Niger", MentionType.COUNTRY), Map.entry("US", MentionType.COUNTRY),
            Map.entry("United States", MentionType.COUNTRY), Map.entry("Russia", MentionType.COUNTRY),
            Map.entry("Iran", MentionType.COUNTRY), Map.entry("Mali", MentionType.COUNTRY),
            Map.entry("Burkina Faso", MentionType.COUNTRY), Map.entry("French", MentionType.NATIONALITY),
            Map.entry("Pentagon", MentionType.ORGANIZATION), Map.entry("CNSP", MentionType.ORGANIZATION),
            Map.entry("Sabrina Singh", MentionType.PERSON), Map.entry("Molly Phee", MentionType.PERSON),
            Map.entry("Celeste Wallander", MentionType.PERSON), Map.entry("Michael Langley", MentionType.PERSON),
            Map.entry("Ali Mahamane Lamine Zeine", MentionType.PERSON), Map.entry("Agadez", MentionType.LOCATION));

    @Test
    void seed000NamesLinkToTheirItems() throws Exception {
        Map<String, Optional<Link>> links = linkAll("000_00f213b68e0cbf10.txt", SEED_000);
        assertQid("Q1032", links, "Niger");
        assertQid("Q30", links, "United States");
        assertQid("Q30", links, "U.S.");
        assertQid("Q30", links, "American");
        assertQid("Q794", links, "Iran");
        assertQid("Q159", links, "Russia");
        assertQid("Q159", links, "Russian");
        assertQid("Q1032", links, "Nigerien");
        assertQid("Q3674", links, "Niamey");
        assertQid("Q7747", links, "Vladimir Putin");
        assertQid("Q6279", links, "Joe Biden");
        assertQid("Q166032", links, "The Washington Post");
        assertQid("Q3318398", links, "Mohamed Bazoum");
        // Came to office in 2023, after the 2022 table: no row, so no link rather than a guess.
        assertUnlinked(links, "Ali Mahaman Lamine Zeine");
        assertUnlinked(links, "Abdourahamane Tiani");
        assertUnlinked(links, "Bakary Yaou Sangare");
    }

    @Test
    void seed004NamesLinkToTheirItems() throws Exception {
        Map<String, Optional<Link>> links = linkAll("004_b989fd716c0c8bdd.txt", SEED_004);
        assertQid("Q1032", links, "Niger");
        assertQid("Q30", links, "US");
        assertQid("Q30", links, "United States");
        assertQid("Q159", links, "Russia");
        assertQid("Q794", links, "Iran");
        assertQid("Q912", links, "Mali");
        assertQid("Q965", links, "Burkina Faso");
        assertQid("Q142", links, "French");
        assertQid("Q320049", links, "Agadez");
        for (String unknown : List.of("Pentagon", "CNSP", "Sabrina Singh", "Molly Phee", "Celeste Wallander",
                "Michael Langley", "Ali Mahamane Lamine Zeine")) {
            assertUnlinked(links, unknown);
        }
    }

    @Test
    void theWashingtonDatelineIsTheCityAndTheWashingtonOfPoliticsTheCountry() throws Exception {
        ReportDoc doc = TestReports.readSeed("004_b989fd716c0c8bdd.txt");
        assertEquals("Washington", doc.dateline().place());
        ReportLinks links = new ReportLinker(LINKER).link(doc, Understanding.EMPTY);
        assertEquals("Q61", links.datelinePlace().qid());
        ReportContext context = new ReportContext(List.of("Niger", "Iran", "Russia", "Niamey"), "Niamey");
        assertEquals("Q30", LINKER.link(new Mention("Washington", MentionType.LOCATION, null, false, "over",
                "'s threats"), context).orElseThrow().qid());
    }

    @Test
    void aPersonMentionNeverLinksToACountryWhateverItsName() {
        int countryNames = 0;
        for (GazetteerEntry entry : Gazetteer.bundled().entries()) {
            if (entry.type() != EntityType.COUNTRY) {
                continue;
            }
            List<String> names = new ArrayList<>(entry.aliases());
            names.add(entry.label());
            names.addAll(entry.demonyms());
            for (String name : names) {
                countryNames++;
                Optional<Link> link = LINKER.link(new Mention(name, MentionType.PERSON, "President", false, "", ""),
                        new ReportContext(List.of(entry.label()), null));
                link.ifPresent(l -> assertEquals(EntityType.PERSON, l.type(), name + " linked to " + l));
            }
        }
        assertTrue(countryNames > 1000, "checked " + countryNames + " country names");
    }

    private static Map<String, Optional<Link>> linkAll(String seed, Map<String, MentionType> names) throws Exception {
        ReportDoc doc = TestReports.readSeed(seed);
        String text = doc.headline() + "\n" + doc.body();
        for (String name : names.keySet()) {
            assertTrue(text.contains(name), () -> seed + " does not mention " + name);
        }
        ReportContext context = new ReportContext(List.copyOf(names.keySet()), doc.dateline().place());
        Map<String, Optional<Link>> links = new java.util.HashMap<>();
        names.forEach((name, type) -> {
            Optional<Link> link = LINKER.link(Mention.of(name, type), context);
            link.ifPresent(l -> assertTrue(type != MentionType.PERSON || l.type() == EntityType.PERSON, name + ": " + l));
            links.put(name, link);
        });
        return links;
    }

    private static void assertQid(String qid, Map<String, Optional<Link>> links, String name) {
        assertEquals(qid, links.get(name).map(Link::qid).orElse("none"), name);
    }

    private static void assertUnlinked(Map<String, Optional<Link>> links, String name) {
        assertEquals("none", links.get(name).map(Link::qid).orElse("none"), name);
    }
}
