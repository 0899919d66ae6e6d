package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The place an assault told by its weapon struck (StruckPlaces) and the violence of a riot told as the riot
 * (RiotViolence), and a victimless assault noun placed in its actor's own country (EventFinder): the exact event (type | actor | target | date | modality, "-" for none), each report published
 * on Tuesday 19 March 2024.
 */
class StruckPlacesAndRiotsTest {

    @Test
    void bombsSetOffInACapitalStrikeTheTownNotItsGovernment() {
        assertEquals(Set.of("ASSAULT | Somalia | Mogadishu | 2024-03-18 | Asserted"),
                Understood.eventsOf("Somali militants exploded two bombs in the capital Mogadishu on Monday."));
    }

    @Test
    void aKillingOfPeopleInTheCapitalIsToldWhereItHappened() {
        // victims named, if only as people: the town is where, not whom (the development corpus codes no target)
        assertEquals(Set.of("ASSAULT | Somalia | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Somali police killed two protesters in Mogadishu on Monday."));
    }

    @Test
    void theRiotersOwnDestructionIsTheRiot() {
        assertEquals(Set.of("PROTEST | Kenya | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenyan prisoners rioted on Monday, setting fire to their mattresses and smashing furniture."));
    }

    @Test
    void rioterViolenceAgainstSomeoneNamedStaysAnAssault() {
        assertEquals(Set.of("PROTEST | Kenya | - | 2024-03-18 | Asserted", "ASSAULT | Kenya | Uganda | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenyan prisoners rioted on Monday and beat two Ugandan guards."));
    }

    @Test
    void policeKillingsInTheirOwnCountryAreToldThere() {
        // the place a victimless assault noun names is the actor's own country: told at home, at no one else
        assertEquals(Set.of("PROTEST | - | Kenya | 2024-03-18 | Asserted", "ASSAULT | Kenya | - | 2024-03-19 | Alleged"),
                Understood.eventsOf("Students protested against alleged police killings in Kenya on Monday."));
    }

    @Test
    void whatIsShotAtNamingNoOneIsWhereItStood() {
        // "fired missiles at positions in Dohuk": the positions name no victim; the town they stood in was struck
        assertEquals(Set.of("ASSAULT | Turkey | Dohuk | 2024-03-17 | Asserted"),
                Understood.eventsOf("Turkish jets fired missiles at positions in Dohuk on Sunday, officials said."));
    }

    @Test
    void aShotAtHomeAtUnnamedPeopleHasNoTarget() {
        assertEquals(Set.of("COERCE | Kenya | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenyan police fired tear gas at protesters in Nairobi on Monday."));
    }

    @Test
    void shellsFiredAtTargetsInATownStrikeTheTown() {
        // "at targets" hangs on the weapon fired; the targets name no one, so where they stood is struck
        assertEquals(Set.of("ASSAULT | Somalia | Kismayo | 2024-03-18 | Asserted"),
                Understood.eventsOf("Somali army mortars fired rounds at targets in Kismayo on Monday, residents said."));
    }

    @Test
    void gunfireAtHousesInATownStrikesTheTown() {
        assertEquals(Set.of("ASSAULT | Somalia | Kismayo | 2024-03-18 | Asserted"),
                Understood.eventsOf("Somali troops fired at houses in Kismayo on Monday."));
    }

    @Test
    void shotsFiredAtPeopleInTheActorsOwnTownStrikeNoPlace() {
        // people fired at are the victims, unnamed; their town is where, not whom
        assertEquals(Set.of("ASSAULT | Somalia | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Somali police fired at protesters in Mogadishu on Monday."));
    }
}
