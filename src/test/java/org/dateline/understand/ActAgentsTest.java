package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * An act on another's act is aimed at that act's agent (ActAgents): the one asked for an apology ("from"), whose
 * decision is welcomed ("by"), whose suppression of unrest is denounced (the possessor, after an "as" phrase), whose
 * proposed changes are rejected (a country adjective) or whose ban is denounced (a participle's "by"). Entities the
 * act's phrase reaches only through a clause of its own are no agent. Exact events (type | actor | target | date |
 * modality), each report published on Tuesday 19 March 2024.
 */
class ActAgentsTest {

    @Test
    void anApologyDemandedFromAGovernmentIsAskedOfIt() {
        assertEquals(Set.of("REQUEST | Kenya | Uganda | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenya demanded an apology from the Ugandan government on Monday."));
    }

    @Test
    void aDecisionWelcomedIsItsMakersBacked() {
        assertEquals(Set.of("SUPPORT | Egypt | Sudan | 2024-03-19 | Asserted"),
                Understood.eventsOf("Egypt welcomed the decision by Sudan to reopen the border."));
    }

    @Test
    void anActDenouncedAsACrimeAccusesItsDoer() {
        assertEquals(Set.of("ACCUSE | Ghana | Togo | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ghana on Monday condemned as a grave crime Togo's suppression of the unrest."));
    }

    @Test
    void changesProposedByACountryAreRejectedOfIt() {
        assertEquals(Set.of("REJECT | Ghana | Togo | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ghana rejected the changes proposed by Togo to the border treaty on Monday."));
    }

    @Test
    void aBanImposedByANeighbourIsDenouncedOfIt() {
        assertEquals(Set.of("ACCUSE | Nigeria | Cameroon | 2024-03-19 | Asserted"),
                Understood.eventsOf("Nigeria denounced the ban imposed by Cameroon on fishing in the lake."));
    }

    @Test
    void anActWithoutANamedAgentOrReachedOnlyThroughAClauseGivesNoTarget() {
        assertEquals(Set.of(),
                Understood.eventsOf("Kenya demanded an apology on Monday. Police in Nairobi prevented the march staged by "
                        + "students at the university to protest the deployment of troops to Somalia."));
    }
}
