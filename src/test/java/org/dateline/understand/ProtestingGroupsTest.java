package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A protest by a group of people that names no one (ProtestingGroups): it is made for the country it is told
 * in, placed by the group's phrase, by the protest's clause, or given by the state it is against; a crowd named
 * by no place still protests with no actor; who only acts on a protest ("prevented the demonstration") makes
 * none. Reports published on Tuesday 19 March 2024.
 */
class ProtestingGroupsTest {

    @Test
    void aPeopleNamedByDescentProtestsForTheCountryItProtestsIn() {
        assertEquals(Set.of("PROTEST | Slovakia | Slovakia | 2024-03-17 | Asserted"),
                Understood.eventsOf("About 300 ethnic Hungarians marched on Sunday in Slovakia."));
    }

    @Test
    void aGroupAgainstAStatesDecisionProtestsForThatState() {
        assertEquals(Set.of("PROTEST | Greece | Greece | 2024-03-19 | Asserted"),
                Understood.eventsOf("Dozens of refugees began a hunger strike to protest against Greece's decision to close their camp."));
    }

    @Test
    void aGroupDemandingAnOfficeHoldersResignationProtestsForTheOfficesCountry() {
        assertEquals(Set.of("PROTEST | Tunisia | Kais Saied | 2024-03-19 | Asserted"),
                Understood.eventsOf("Refugees continued their hunger strike to demand the resignation of Tunisian President Kais Saied."));
    }

    @Test
    void aCrowdATownPlacesProtestsForTheTownsCountry() {
        assertEquals(Set.of("PROTEST | Nigeria | France | 2024-03-18 | Asserted"),
                Understood.eventsOf("Demonstrators in Lagos blocked a road on Monday to show their disapproval of France's policies."));
    }

    @Test
    void aCrowdNamedByNoPlaceStillProtestsWithNoActor() {
        assertEquals(Set.of("PROTEST | - | Kenya | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya raised taxes. Thousands of students protested in Nairobi on Tuesday."));
    }

    @Test
    void whoOnlyActsOnAProtestMakesNone() {
        Set<String> events = Understood.eventsOf("Refugees watched the march in Nairobi on Tuesday.");
        assertTrue(events.stream().noneMatch(e -> e.startsWith("PROTEST")), events.toString());
    }
}
