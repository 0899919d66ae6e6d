package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Demonyms of two words that the engine leaves untyped ("Sierra Leonean") stand for their country (EngineNames),
 * and two demonyms joined before one noun ("Sierra Leonean and Nigerian migrants"), which the parser reads as a
 * noun and a second phrase joined, name both countries (EventArguments). Reports published on Tuesday 19 March 2024.
 */
class ConjoinedDemonymsTest {

    @Test
    void bothPeoplesOfAJoinedPairOfDemonymsWereStruck() {
        assertEquals(Set.of("ASSAULT | Chad | Nigeria | 2024-03-19 | Asserted", "ASSAULT | Chad | Sierra Leonean | 2024-03-19 | Asserted"),
                Understood.eventsOf("Soldiers in Chad have beaten dozens of Sierra Leonean and Nigerian migrants, a rights group said on Tuesday."));
    }

    @Test
    void refugeesCrossingABorderIsNoEvent() {
        assertEquals(Set.of(), Understood.eventsOf("Sierra Leonean and Liberian refugees crossed the border on Monday."));
    }
}
