package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * "Attack" in words (CAMEO 111, ACCUSE) against "attack" in deeds (ASSAULT): the verbal reading's cue (event-lexicon.tsv)
 * names what one attacks in words, a policy or a critic, and not police, positions or critical infrastructure, which
 * are attacked with force; and a strike is a labour strike only by whole words ("work", not "network"). The exact event (type | actor | target | date | modality), each report published on
 * Tuesday 19 March 2024.
 */
class AttacksOnPoliceTest {

    @Test
    void attackingAPolicemanIsViolence() {
        assertEquals(Set.of("ASSAULT | Ghana | Togo | 2024-03-19 | Asserted"),
                Understood.eventsOf("A Ghanaian man was jailed for ten years for attacking a Togolese policeman."));
        // the subject is in the phrase the cue reads: police who attack are no policy attacked
        assertEquals(Set.of("ASSAULT | Kenya | Uganda | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenyan police attacked Ugandan traders with batons on Monday."));
    }

    @Test
    void attackingCriticalInfrastructureIsViolence() {
        assertEquals(Set.of("ASSAULT | Russia | Ukraine | 2024-03-18 | Asserted"),
                Understood.eventsOf("Russia attacked critical infrastructure in Ukraine on Monday."));
    }

    @Test
    void attackingAPolicyIsCriticism() {
        assertEquals(Set.of("ACCUSE | Kenya | Uganda | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenya attacked Uganda's trade policy on Monday."));
    }

    @Test
    void aStrikeOnANetworkIsNoLabourStrike() {
        assertEquals(Set.of("ASSAULT | Russia | Ukraine | 2024-03-18 | Asserted"),
                Understood.eventsOf("Russia carried out a drone strike on a power network in Ukraine on Monday."));
    }
}
