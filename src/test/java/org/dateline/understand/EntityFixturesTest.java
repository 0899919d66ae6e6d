package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Metonyms, demonyms and acronyms resolve to the entity they stand for, keeping their own text. */
class EntityFixturesTest {

    private static final Understood REPORT = Understood.body("""
            Washington has warned Bamako against deepening its ties with Moscow. Malian officials in Bamako \
            rejected the warning on Wednesday.

            The Pentagon said American troops would leave the base by September. Burkina Faso's ruling military \
            council, known as the MPSR, welcomed the decision, and the MPSR called on Niger's junta to do the same.

            Mali, Burkina Faso and Niger left the Economic Community of West African States (ECOWAS) in January. \
            ECOWAS officials called the move regrettable.""");

    @Test
    void aCapitalStandsForItsGovernmentUnlessUsedAsAPlace() {
        assertEquals(List.of("Washington", "American"), REPORT.mentionsOf("United States"));
        assertEquals(List.of("Bamako", "Malian", "Mali"), REPORT.mentionsOf("Mali"));
        assertEquals(List.of("Bamako"), REPORT.mentionsOf("Bamako"), "“in Bamako” is the city");
        assertEquals(List.of("Moscow"), REPORT.mentionsOf("Russia"), "“ties with Moscow” are ties with Russia");
        assertEquals(Set.of("Bamako"), REPORT.entities("Place"));
    }

    @Test
    void thePentagonIsTheDepartmentOfDefenseAndSpeaksForIt() {
        assertEquals(List.of("Pentagon"), REPORT.mentionsOf("United States Department of Defense"));
        assertEquals(List.of("United States Department of Defense | American troops would leave the base by September"),
                REPORT.quotations("IndirectQuote"));
    }

    @Test
    void anAcronymIntroducedInTheTextIsOneOrganisationWithBothNames() {
        assertEquals(Set.of("MPSR", "Economic Community of West African States", "United States Department of Defense"),
                REPORT.entities("Organization"));
        assertEquals(List.of("ruling military council", "MPSR", "MPSR"), REPORT.mentionsOf("MPSR"));
        assertEquals(List.of("Economic Community of West African States", "ECOWAS", "ECOWAS"),
                REPORT.mentionsOf("Economic Community of West African States"));
        assertEquals(Set.of("ECOWAS"), REPORT.altLabels("Economic Community of West African States"));
    }

    @Test
    void aWellKnownAcronymIsTheOrganisationEvenWhenTheReportDoesNotIntroduceIt() {
        Understood report = Understood.body("ECOWAS lifted most of its sanctions on Niger on Saturday.");
        assertEquals(Set.of("Economic Community of West African States"), report.entities("Organization"));
        assertEquals(List.of("ECOWAS"), report.mentionsOf("Economic Community of West African States"));
    }

    @Test
    void aJuntaNamedWithItsCountryIsThatCountry() {
        assertEquals(List.of("Niger", "junta", "Niger"), REPORT.mentionsOf("Niger"));
        assertEquals(Set.of("United States", "Mali", "Russia", "Burkina Faso", "Niger"), REPORT.entities("Country"));
    }

    @Test
    void theReportsWordsAreAnchoredAndValid() {
        REPORT.assertAnchoredAndValid();
    }

    @Test
    void aCapitalInItsCurrentSpellingIsAPlaceInAReportOnItsCountry() {
        // The engine types "Kyiv" a person here, and misses it in "Missiles struck Kyiv".
        Understood visit = Understood.body("Poland's president visited Kyiv on Monday, his first trip to Ukraine this year.");
        assertEquals(Set.of("Kyiv"), visit.entities("Place"));
        assertEquals(Set.of(), visit.entities("Person"));
        assertEquals(Set.of("Kyiv"), Understood.body("Missiles struck Kyiv on Monday, officials in Ukraine said.").entities("Place"));
    }

    @Test
    void aPronounGlossedWithAnAcronymIntroducesNoOrganisation() {
        Understood report = Understood.body("They (BJP) say that the money from several scams goes to the ruling party.");
        assertEquals(Set.of("BJP"), report.entities("Organization"));
    }
}
