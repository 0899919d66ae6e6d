package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A protest a noun names, with no one named as making it, told as happening by its clause (ProtestsTold): as a
 * crowd's protest told by a verb, it is against the state of the country the report is about. Told only as the
 * circumstance of another act, it is no event. Reports published on Tuesday 19 March 2024.
 */
class ProtestsToldTest {

    @Test
    void aProtestSomeoneTookPartInIsAgainstTheCountryOfTheReport() {
        assertEquals(Set.of("PROTEST | - | Ghana | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ghana's currency lost a third of its value this year. About 300 people took part in demonstrations across Accra on Tuesday."));
    }

    @Test
    void aProtestAnActSparkedIsMadeByNoOneItNames() {
        assertEquals(Set.of("PROTEST | - | Senegal | 2024-03-19 | Asserted"),
                Understood.eventsOf("Senegal postponed the presidential election. The postponement sparked protests in Dakar on Tuesday."));
    }

    @Test
    void aProtestThatIsOnlyTheCircumstanceOfAnotherActIsNoEvent() {
        assertEquals(Set.of(),
                Understood.eventsOf("Ghana's currency lost a third of its value this year. The traders' association reached an agreement on a peaceful demonstration."));
    }

    @Test
    void aProtestOnlyAllowedIsNotToldAsHappening() {
        assertEquals(Set.of(),
                Understood.eventsOf("Ghana's currency lost a third of its value this year. The mayor of Accra allowed the traders to hold a rally."));
    }
}
