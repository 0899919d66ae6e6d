package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Violence and protest told with no one named as the actor (see {@link UnnamedActors}): the exact event
 * (type | actor | target | date | modality, "-" for none), each report published on Tuesday 19 March 2024,
 * its graph valid against the shapes.
 */
class UnnamedActorsTest {

    @Test
    void aPassiveWithNoAgentIsAnAssaultOnItsVictim() {
        assertEquals(Set.of("ASSAULT | - | Nigeria | 2024-03-18 | Asserted"),
                Understood.eventsOf("Three Nigerian policemen were shot dead in Kano on Monday."));
    }

    @Test
    void anUnknownPerpetratorIsNoActor() {
        assertEquals(Set.of("ASSAULT | - | Cameroon | 2024-03-18 | Asserted"),
                Understood.eventsOf("Gunmen abducted a Cameroonian priest on Monday."));
    }

    @Test
    void aCrowdProtestsAgainstWhomItsPhraseNames() {
        assertEquals(Set.of("PROTEST | - | Peru | 2024-03-18 | Asserted"),
                Understood.eventsOf("Thousands of farmers protested against the government of Peru on Monday."));
    }

    @Test
    void aNamedActorStillActs() {
        assertEquals(Set.of("ASSAULT | Chad | Sudan | 2024-03-18 | Asserted"),
                Understood.eventsOf("Chadian troops attacked a Sudanese convoy on Monday."));
    }

    @Test
    void anAccidentIsNoAssault() {
        assertEquals(Set.of(), Understood.eventsOf("Four Ghanaian miners were killed in a landslide on Monday."));
        assertEquals(Set.of(), Understood.eventsOf("Two Bolivian soldiers were killed in a helicopter crash on Monday."));
    }

    @Test
    void dyingIsNoEvent() {
        assertEquals(Set.of(), Understood.eventsOf("Two Malian soldiers died on Monday."));
    }

    @Test
    void aVictimNamedByNoOneIsNoEvent() {
        // neither actor nor target: nothing the graph could say of anyone
        assertEquals(Set.of(), Understood.eventsOf("Two men were shot dead in a bar on Monday."));
    }

    @Test
    void aCrowdsProtestAgainstNoOneAddressesTheReportsCountry() {
        assertEquals(Set.of("PROTEST | - | Ghana | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ghana's parliament opened a new session on Monday.\n\nSome 300 protesters marched on the parliament building."));
    }

    @Test
    void aProtestOfSomeoneIsTheirs() {
        // "of" names who protests: no protest without an actor at the party
        assertEquals(Set.of(), Understood.eventsOf("It was a peaceful protest of the Rally for Democracy, a Gabonese party, on Monday."));
    }

    @Test
    void aNounCompoundedToAnotherIsNoEvent() {
        assertEquals(Set.of(), Understood.eventsOf("Air raid alerts sounded across Ukraine on Monday."));
    }

    @Test
    void whoCondemnsAKillingDidNotKill() {
        // "of" names the victims, not the accused: the condemnation is aimed at no one named (SpeechActClauses)
        assertEquals(Set.of("ACCUSE | Red Cross | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("The Red Cross condemned the killing of three Oxfam workers on Monday."));
    }

    @Test
    void anArrestToldWithoutItsAgentIsTheStates() {
        assertEquals(Set.of("COERCE | Kenya | - | 2024-03-18 | Asserted"), Understood.eventsOf("Dozens of protesters were arrested in Kenya on Monday."));
    }

    @Test
    void aShootingAtSomeoneUnnamed() {
        assertEquals(Set.of("ASSAULT | Zambia | - | 2024-03-18 | Asserted"), Understood.eventsOf("Zambian soldiers fired at the crowd on Monday."));
    }

    @Test
    void anAssaultOnSomeUnnamedByNumberOrQuantifier() {
        // "beat some", "shot three": the object names people, no entity: the assault has no target
        assertEquals(Set.of("ASSAULT | Malawi | - | 2024-03-18 | Asserted"), Understood.eventsOf("Malawian soldiers shot three on Monday."));
    }

    @Test
    void unnamedCriticsAccuseWithNoActor() {
        assertEquals(Set.of("ACCUSE | - | Peru | 2024-03-19 | Asserted"),
                Understood.eventsOf("Critics accused the Peruvian government of selling the mines."));
    }

    @Test
    void anAccusationNamedByANounOrAPassiveNamesNoAccuserAndTellsNone() {
        assertEquals(Set.of(), Understood.eventsOf("The allegations against Peru were dismissed."));
    }

    @Test
    void damageDoneByFloodWatersInAClauseTheParserJoinsToTheSpeechVerbIsNoAssault() {
        assertEquals(Set.of(),
                Understood.eventsOf("Ali Rahimi, the governor of Baghlan province, said flood waters broke through a dam early Friday, washed down a valley and damaged several villages in Dahana district."));
    }
}
