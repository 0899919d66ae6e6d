package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A protest or an investigation of an act of violence or wrongdoing is against whoever did it, not those it was done
 * to (ProtestedActs, JudgedActs); a group of the actor's own country that did it is a party of its own
 * (DomesticParties); an act whose doer goes unnamed leaves the target as found. Reports published on Tuesday
 * 19 March 2024.
 */
class ProtestedActsTest {

    @Test
    void aProtestAgainstAKillingIsAgainstTheKillers() {
        Set<String> events = Understood.eventsOf("Thousands of Jordanians demonstrated in Amman against the killing of Palestinians by Israeli troops.");
        assertTrue(events.contains("PROTEST | Jordan | Israel | 2024-03-19 | Asserted"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.startsWith("PROTEST | Jordan | Palestine")), events.toString());
    }

    @Test
    void aHungerStrikeInProtestAgainstAbusesIsAgainstTheirDoers() {
        assertEquals(Set.of("PROTEST | Kenya | Uganda | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenyan activists staged a hunger strike in protest against abuses of Somali refugees by Ugandan soldiers."));
    }

    @Test
    void aStateInvestigatingCrimesByItsOwnExtremistsAccusesThem() {
        assertEquals(Set.of("ACCUSE | Peru | Peru | 2024-03-19 | Asserted"),
                Understood.eventsOf("Peru is investigating alleged crimes by Peruvian extremists against Bolivian farmers."));
    }

    @Test
    void aKillingWhoseDoerGoesUnnamedLeavesTheTargetFound() {
        assertEquals(Set.of("PROTEST | Jordan | Iraq | 2024-03-19 | Asserted"),
                Understood.eventsOf("Jordanian students protested against the killing of Iraqi civilians in Fallujah."));
    }
}
