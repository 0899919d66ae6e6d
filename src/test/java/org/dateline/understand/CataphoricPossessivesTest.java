package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A possessive in a phrase set before its clause refers ahead to the clause's subject ({@link CataphoricPossessives}):
 * the meeting of "During his meeting with X, Y said" is Y's, not that of the last person named before it. Reports
 * published on Tuesday 19 March 2024.
 */
class CataphoricPossessivesTest {

    @Test
    void thePrecedingClausesSubjectIsNotTheOneWhoMet() {
        assertEquals(Set.of("CONSULT | Kofi Mensah | Jean Dupont | 2024-03-19 | Asserted"),
                Understood.eventsOf("The trade fair was opened by Paul Biya on Monday. "
                        + "During his meeting with Jean Dupont on Tuesday, Kofi Mensah said that trade would grow."));
    }

    @Test
    void aPersonNamedBeforeThePronounInItsSentenceKeepsIt() {
        assertEquals(Set.of("CONSULT | Jean Dupont | Paul Biya | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kofi Mensah arrived in Paris on Monday. "
                        + "Jean Dupont told reporters on Tuesday that, during his talks with Paul Biya, Kofi Mensah had stayed silent."));
    }
}
