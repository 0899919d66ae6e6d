package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A demonym that names a language ("the Russian language", "French-language newspapers") stands for no country
 * (EngineNames.languages): restrictions lifted on the use of a language are lifted for no foreign state. Cancelling
 * restrictions, a curfew or a ban is a concession, as lifting them is (event-lexicon-additions.tsv "cancel"). Exact
 * events (type | actor | target | date | modality), each report published on Tuesday 19 March 2024.
 */
class LanguageNamesTest {

    @Test
    void restrictionsOnALanguageAreLiftedForNoCountry() {
        assertEquals(Set.of("CONCEDE | Kenya | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("On Monday the Kenyan High Court cancelled restrictions on the use of the Swahili language "
                        + "on national radio."));
    }

    @Test
    void aBanOnLanguageNewspapersIsLiftedForNoCountry() {
        assertEquals(Set.of("CONCEDE | Kenya | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("The Kenyan parliament lifted a ban on French-language newspapers on Monday."));
    }

    @Test
    void aBanOnAForeignCountrysNewspapersIsLiftedForIt() {
        assertEquals(Set.of("CONCEDE | Kenya | France | 2024-03-18 | Asserted"),
                Understood.eventsOf("The Kenyan parliament lifted a ban on French newspapers on Monday."));
    }
}
