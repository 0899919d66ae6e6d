package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Groups named by a people or a faith that stands for no country (see {@link PeopleNames}), and country demonyms the
 * lists lacked: the exact event (type | actor | target | date | modality), each report published on Tuesday 19 March 2024.
 */
class PeopleNamesTest {

    @Test
    void aPeoplesNameBeforePeopleNamesTheGroupThatActs() {
        assertEquals(Set.of("ASSAULT | Hmong | Laos | 2024-03-18 | Asserted"),
                Understood.eventsOf("Hmong rebels attacked a Laotian army convoy on Monday."));
        assertEquals(Set.of("PROTEST | Uighur | China | 2024-03-18 | Asserted"),
                Understood.eventsOf("Uighur activists protested against China in Istanbul on Monday."));
    }

    @Test
    void aFaithsNameBeforePeopleNamesTheGroupThatActs() {
        assertEquals(Set.of("ASSAULT | Shiite | Saudi Arabia | 2024-03-18 | Asserted"),
                Understood.eventsOf("Shiite militiamen kidnapped two Saudi diplomats on Monday."));
    }

    @Test
    void aRegionsAdjectiveNamesNoOneWhoActs() {
        assertEquals(Set.of(), Understood.eventsOf("European leaders met in Brussels on Monday."));
        assertEquals(Set.of(), Understood.eventsOf("Western diplomats criticised Iran on Monday."));
    }

    @Test
    void demonymsOfCountriesTheListsLackedNameTheirCountry() {
        assertEquals(Set.of("ASSAULT | Croatia | Mostar | 2024-03-18 | Asserted"),
                Understood.eventsOf("Croat forces shelled Mostar on Monday."));
        assertEquals(Set.of("COERCE | Argentina | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("An Argentine court ordered the arrest of two former generals on Monday."));
    }
}
