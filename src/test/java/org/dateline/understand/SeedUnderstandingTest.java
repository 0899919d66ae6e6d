package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.dateline.TestReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two real seed reports understood: their persons, roles, quotations and dates, all anchored and valid. */
class SeedUnderstandingTest {

    private static final String ZEINE = "Ali Mahaman Lamine Zeine";
    private static Understood seed000;
    private static Understood seed004;

    @BeforeAll
    static void understandSeeds() throws Exception {
        seed000 = Understood.of(TestReports.readSeed("000_00f213b68e0cbf10.txt"));
        seed004 = Understood.of(TestReports.readSeed("004_b989fd716c0c8bdd.txt"));
    }

    @Test
    void seed000NamesItsPersons() {
        assertEquals(Set.of(ZEINE, "Abdourahamane Tiani", "Mohamed Bazoum", "Joe Biden", "Vladimir Putin",
                "Ebrahim Raeisi", "Bakary Yaou Sangare"), seed000.entities("Person"));
    }

    @Test
    void seed000GroupsZeinesMentionsIncludingTitleAndPronouns() {
        assertEquals(List.of("Niger's prime minister", "his", ZEINE, "Zeine", "Zeine", "The Nigerien prime minister",
                "Zeine", "he", "he", "Zeine"), seed000.mentionsOf(ZEINE));
        assertEquals(List.of("Abdourahamane Tiani", "Tiani"), seed000.mentionsOf("Abdourahamane Tiani"),
                "the second Tiani, typed LOCATION by the engine, is the general");
    }

    @Test
    void seed000ReadsWashingtonAndNiameyAsTheGovernmentsOrThePlace() {
        List<String> us = seed000.mentionsOf("United States");
        assertEquals(4, us.stream().filter("Washington"::equals).count(), us.toString());
        assertTrue(us.containsAll(List.of("American", "Americans", "U.S.", "US", "United States")), us.toString());
        assertEquals(List.of("Niger", "Niamey", "Niger", "Nigerien", "Nigerien", "Niamey", "Niger", "Niger", "Niger",
                "Niger", "Niger", "Nigerien", "Niger"), seed000.mentionsOf("Niger"));
        assertEquals(List.of("Niamey", "Niamey", "Niamey"), seed000.mentionsOf("Niamey"), "near Niamey, in Niamey, the Niamey airport");
        assertEquals(List.of("The Washington Post", "The Post"), seed000.mentionsOf("The Washington Post"));
    }

    @Test
    void seed000StatesTheRoles() {
        assertEquals(Set.of(ZEINE + " | prime minister | Niger", "Vladimir Putin | president | Russia",
                "Bakary Yaou Sangare | foreign minister | Niger", "Joe Biden | president | United States",
                "Abdourahamane Tiani | general | -", "Mohamed Bazoum | former president | -",
                "Ebrahim Raeisi | president | -"), seed000.roles());
    }

    @Test
    void seed000AttributesItsFourDirectQuotationsToZeine() {
        assertEquals(List.of(
                ZEINE + " | The Americans stayed on our soil, doing nothing while the terrorists killed people and burned towns. "
                        + "It is not a sign of friendship to come on our soil but let the terrorists attack us.",
                ZEINE + " | primary reason",
                ZEINE + " | First, you have come here to threaten us in our country. That is unacceptable",
                ZEINE + " | And you have come here to tell us with whom we can have relationships, which is also unacceptable. "
                        + "And you have done it all with a condescending tone and a lack of respect."),
                seed000.quotations("DirectQuote"), "“open arms” is no one's quotation");
    }

    @Test
    void seed000ReportsZeinesWordsIndirectly() {
        List<String> indirect = seed000.quotations("IndirectQuote");
        assertTrue(indirect.contains(ZEINE + " | the United States' tone and behavior toward Nigerien officials were the "
                + "“primary reason” for the broken relations"), indirect.toString());
        assertTrue(indirect.contains(ZEINE + " | he had been given an ultimatum by the U.S. administration to have security "
                + "with Washington or be close to Tehran and Moscow"), indirect.toString());
        assertTrue(indirect.contains(ZEINE + " | the termination of military cooperation and bilateral relations between his "
                + "country and the United States was due to American threats and Washington's opposition to the African "
                + "nation's partnership with Iran and Russia"), indirect.toString());
    }

    @Test
    void seed000NormalisesItsDatesAgainstTheReportDate() {
        assertEquals(Set.of("Tuesday = 2024-05-14", "last July = 2023-07", "Last month = 2024-04", "April 10 = 2024-04-10",
                "late January = 2024-01", "October 2023 = 2023-10"), seed000.times(),
                "“the coming months” is a future reference and “a decade” a duration: neither is a date");
        assertEquals("date", seed000.timeDatatype("Tuesday"));
        assertEquals("gYearMonth", seed000.timeDatatype("last July"));
    }

    @Test
    void seed004NamesItsPersonsAndTheirTitles() {
        assertEquals(Set.of("Sabrina Singh", "Molly Phee", "Celeste Wallander", "Michael Langley", "Ali Mahamane Lamine Zeine"),
                seed004.entities("Person"));
        assertEquals(Set.of("Sabrina Singh | spokesperson | United States Department of Defense",
                "Molly Phee | Assistant Secretary of State for African Affairs | United States",
                "Celeste Wallander | Assistant Secretary of Defence for International Security Affairs | United States",
                "Michael Langley | general | United States",
                "Ali Mahamane Lamine Zeine | prime minister | Niger"), seed004.roles());
    }

    @Test
    void seed004MakesOneOrganisationOfTheCouncilAndItsAcronym() {
        assertTrue(seed004.entities("Organization").contains("CNSP"), seed004.entities("Organization").toString());
        assertEquals(List.of("the junta", "ruling military council", "CNSP", "The ruling junta"), seed004.mentionsOf("CNSP"));
        assertEquals(List.of("Pentagon", "Pentagon"), seed004.mentionsOf("United States Department of Defense"));
        assertTrue(seed004.entities("Country").containsAll(Set.of("Niger", "United States", "Russia", "Iran", "Mali",
                "Burkina Faso", "France")), seed004.entities("Country").toString());
    }

    @Test
    void seed004NormalisesItsDates() {
        assertEquals(Set.of("July 2023 = 2023-07", "January = 2024-01"), seed004.times());
    }

    @Test
    void bothSeedGraphsAreAnchoredInTheirBodiesAndConform() {
        seed000.assertAnchoredAndValid();
        seed004.assertAnchoredAndValid();
    }
}
