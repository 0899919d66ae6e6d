package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A country's name the engine leaves untyped (one it has seldom seen, above all where it begins the sentence)
 * is still that country when the lists know it (EngineNames.untypedCountries). Reports published on Tuesday
 * 19 March 2024.
 */
class UntypedCountriesTest {

    @Test
    void aSeldomSeenCountryBeginningTheSentenceActs() {
        assertEquals(Set.of("SUPPORT | Czechia | Portugal | 2024-03-19 | Asserted"),
                Understood.eventsOf("Czechia and Portugal have upgraded their diplomatic ties."));
    }

    @Test
    void aSeldomSeenCountryIsATargetToo() {
        assertEquals(Set.of("SUPPORT | Czechia | Chile | 2024-03-18 | Asserted"),
                Understood.eventsOf("Czechia upgraded its diplomatic ties with Chile on Monday."));
    }

    @Test
    void aProperNounTheListsDoNotKnowActsForNone() {
        assertEquals(Set.of(), Understood.eventsOf("Zembla upgraded its diplomatic ties with Freedonia on Monday."));
    }

    @Test
    void aCountrysNameInsideALongerNameIsNoCountry() {
        assertEquals(Set.of("SUPPORT | Chad Okonkwo | Portugal | 2024-03-18 | Asserted"), Understood.eventsOf("Chad Okonkwo upgraded his diplomatic ties with Portugal on Monday."));
    }
}
