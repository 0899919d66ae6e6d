package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Arguments an event's object noun carries: a document's participle ("issued a statement condemning") is the act of
 * the document's issuer (EventArguments.documentIssuer); an act of violence or coercion one condemns or investigates
 * accuses its doer where the act names one, not its victim (JudgedActs). Each report published on
 * Tuesday 19 March 2024; the sentences are our own.
 */
class JudgedActsAndDocumentsTest {

    @Test
    void aStatementIssuedCondemnsForItsIssuer() {
        assertEquals(Set.of("ACCUSE | Ghana | Togo | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ghana's foreign ministry issued a statement condemning the Togolese raid on the border village."));
    }

    @Test
    void aDeclarationIssuedDemandsForItsIssuer() {
        assertEquals(Set.of("REQUEST | Mali | Niger | 2024-03-19 | Asserted"),
                Understood.eventsOf("The Malian government issued a declaration demanding that the Nigerien government reopen the border."));
    }

    @Test
    void condemningAnArrestAccusesWhoArrestedNotWhoWasArrested() {
        assertEquals(Set.of("ACCUSE | Kenya | Uganda | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya condemned the arrest of Bobi Wine by Ugandan police."));
    }

    @Test
    void investigatingKillingsByAGroupAccusesTheGroup() {
        assertEquals(Set.of("ACCUSE | Ghana | Togo | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ghana is investigating the killings of three farmers by Togolese soldiers."));
    }

    @Test
    void aResolutionAdoptedByABodyDemandsForThatBody() {
        assertEquals(Set.of("REQUEST | Ghana | Togo | 2024-03-19 | Asserted"),
                Understood.eventsOf("Diplomats welcomed a resolution adopted by Ghana's parliament demanding that Togo reopen the border."));
    }

    @Test
    void condemningKillingsAccusesTheKillersNotTheKilled() {
        assertEquals(Set.of("ACCUSE | Egypt | Israel | 2024-03-19 | Asserted"),
                Understood.eventsOf("Egypt condemned the killing of Palestinians by Israeli troops."));
    }

    @Test
    void rejectingAnArrestRejectsWhoArrested() {
        assertEquals(Set.of("REJECT | Jordan | Israel | 2024-03-19 | Asserted"),
                Understood.eventsOf("Jordan rejected the arrest of Palestinians by Israeli police."));
    }
}
