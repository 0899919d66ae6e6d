package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Verbs whose CAMEO lines read a standing state or a routine act as an event between two parties: ruling or
 * controlling a country (the bare "rule" was cooperation, 060; "controls X for" and "controls X to" were visits, 042,
 * lines of the verb's OVERSEE_MANAGE block), a court ruling, a report or a bill submitted (the bare "submit" was
 * yielding, 080), work or a candidate shunned (the bare "shun" was coercion, 170), a man wanted on charges (a line of
 * "want" read "on" as use of force, 190). They tell no event (event-bare-verbs.tsv, event-lexicon.tsv,
 * event-lexicon-additions.tsv); the acts told with them stay. Exact events (type | actor | target | date | modality),
 * each report published on Tuesday 19 March 2024.
 */
class StandingStatesTest {

    @Test
    void aJuntaThatRulesACountryActsOnlyInWhatItDoes() {
        assertEquals(Set.of("SANCTION | Niger | France | 2024-03-15 | Asserted"),
                Understood.eventsOf("The junta that rules Niger expelled the French ambassador on Friday."));
    }

    @Test
    void aFactionThatControlsACountryForYearsVisitsNoOne() {
        assertEquals(Set.of(),
                Understood.eventsOf("The militia that controls Somalia for the clans held a parade on Monday. "
                        + "The rebels control the road to Goma."));
    }

    @Test
    void aRulingABillSubmittedAndACandidateShunnedAreNoActsOnAnyone() {
        assertEquals(Set.of(),
                Understood.eventsOf("The Supreme Court of Kenya ruled on Monday that the election was void. "
                        + "The opposition submitted a bill to the Kenyan parliament on Tuesday. "
                        + "Kenyan villagers shunned the ruling party's candidate on Monday."));
    }

    @Test
    void aManWantedOnChargesAtHomeIsNotAttackedThere() {
        assertEquals(Set.of("AID | Kenya | Uganda | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenya granted asylum on Monday to a Ugandan businessman who is wanted in Kampala on fraud charges."));
    }
}
