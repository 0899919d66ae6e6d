package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Asylum, refuge or sanctuary sought "in" a country is asked of that country (AsylumCountries): PLOVER REQUEST, by the
 * people who seek it, of the country they seek it in. A refuge in a building or a town is asked of no country. Exact
 * events (type | actor | target | date | modality), each report published on Tuesday 19 March 2024.
 */
class AsylumCountriesTest {

    @Test
    void refugeesWhoSoughtAsylumInACountryAskedIt() {
        assertEquals(Set.of("REQUEST | Eritrea | Kenya | 2024-03-19 | Asserted"),
                Understood.eventsOf("Thousands of Eritrean refugees have sought asylum in Kenya."));
    }

    @Test
    void activistsWhoAppliedForAsylumAskedTheCountry() {
        assertEquals(Set.of("REQUEST | Uganda | Sweden | 2024-03-18 | Asserted"),
                Understood.eventsOf("Two Ugandan opposition activists applied for asylum in Sweden on Monday."));
    }

    @Test
    void aRefugeInAChurchIsAskedOfNoCountry() {
        assertEquals(Set.of(), Understood.eventsOf("Ugandan villagers sought refuge in a church in Kampala."));
    }
}
