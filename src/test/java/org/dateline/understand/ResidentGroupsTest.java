package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Peoples named by a demonym that the phrase places otherwise than the demonym's country (see {@link ResidentGroups}):
 * the exact event (type | actor | target | date | modality), each report published on Tuesday 19 March 2024.
 */
class ResidentGroupsTest {

    @Test
    void theOuterOfTwoPeoplesWordsPlacesThePeople() {
        assertEquals(Set.of("ASSAULT | Bosnia and Herzegovina | Croatia | 2024-03-18 | Asserted"),
                Understood.eventsOf("Bosnian Serb forces shelled Croatian positions on Monday."));
        assertEquals(Set.of("ASSAULT | Croatia | Bosnia and Herzegovina | 2024-03-18 | Asserted"),
                Understood.eventsOf("Croatian Serb rebels attacked a Bosnian army post on Monday."));
    }

    @Test
    void aDemonymAloneKeepsItsCountry() {
        assertEquals(Set.of("ASSAULT | Serbia | Croatia | 2024-03-18 | Asserted"),
                Understood.eventsOf("Serb forces attacked a Croatian village on Monday."));
    }

    @Test
    void coordinatedDemonymsAreTwoCountries() {
        assertEquals(Set.of("CONSULT | Hungary | Romania | 2024-03-18 | Asserted"),
                Understood.eventsOf("Hungarian and Romanian officials met in Budapest on Monday."));
    }

    @Test
    void anEthnicGroupLivesWhereItsPhrasePlacesIt() {
        assertEquals(Set.of("ASSAULT | Moldova | Ukraine | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ethnic Russians in Moldova attacked a Ukrainian convoy on Monday."));
    }

    @Test
    void anEthnicGroupPlacedNowhereNamesNoCountry() {
        // not Albania: which people they are says nothing of where they live
        assertEquals(Set.of(), Understood.eventsOf("Ethnic Albanian rebels attacked a Macedonian police station on Monday."));
    }

    @Test
    void theInitialsOfAStateAreItsCountry() {
        assertEquals(Set.of("REQUEST | China | Japan | 2024-03-19 | Asserted"),
                Understood.eventsOf("The PRC on Tuesday demanded that Japan cancel the visit."));
    }

    @Test
    void thePeopleOfAPlaceAnAdjectiveAssignsLiveInItsCountry() {
        assertEquals(Set.of("PROTEST | Syria | Israel | 2024-03-18 | Asserted"),
                Understood.eventsOf("Inhabitants of the Syrian Golan Heights protested against Israel on Monday."));
    }
}
