package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A title followed at some distance by its holder's name in apposition ("the Minister of Foreign Affairs of
 * Chile, Ana Pereira") names that person, when every word between belongs to the title's own phrase (the
 * office, the country it is of) or to the name's; a conjunct the parser ended inside a title written before a
 * name is that name's holder (TitledNames). Reports published on Tuesday 19 March 2024.
 */
class TitledAppositionsTest {

    @Test
    void bothPartiesAreNamedAfterTheirLongTitles() {
        assertEquals(Set.of("CONSULT | Tomas Lindqvist | Ana Pereira | 2024-03-19 | Asserted"),
                Understood.eventsOf("The Minister of Foreign Affairs, Tomas Lindqvist, met with the Minister of Foreign"
                        + " Affairs of Chile, Ana Pereira, in Stockholm on Tuesday."));
    }

    @Test
    void bothMinistersWithTitlesBeforeTheirNamesAreMet() {
        // the parser ends the second conjunct at "Affairs", inside the title; the name it runs into is the one met
        assertEquals(Set.of("CONSULT | Tomas Lindqvist | Ana Pereira | 2024-03-19 | Asserted",
                "CONSULT | Tomas Lindqvist | Jorge Ruiz | 2024-03-19 | Asserted"),
                Understood.eventsOf("Tomas Lindqvist spoke in Stockholm on Tuesday. He also met with Defense Minister Ana"
                        + " Pereira and Foreign Affairs Minister Jorge Ruiz."));
    }

    @Test
    void aClauseBetweenTheTitleAndTheNameIsNoPartOfTheTitle() {
        // the name after the relative clause is no holder of the title: the minister is the country's
        assertEquals(Set.of("CONSULT | Chile | Sweden | 2024-03-19 | Asserted"),
                Understood.eventsOf("The Minister of Foreign Affairs of Chile, who arrived on Monday, met with Swedish"
                        + " officials in Stockholm on Tuesday."));
    }
}
