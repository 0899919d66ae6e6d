package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A refusal told ("refused to deploy more troops", "will not accept any more refugees", "will never allow the
 * construction") is PLOVER REJECT by the one who refuses, though the act refused names no one it is aimed at: PLOVER
 * codes it without a target, as it codes "Kenyans protested". A failure to act ("are failing to uphold the rights")
 * and a past negation ("did not accept") refuse nothing asked; an act of the unreal past ("would not have been
 * arrested") did not happen. Exact events (type | actor | target | date | modality),
 * each report published on Tuesday 19 March 2024.
 */
class UntargetedRefusalsTest {

    @Test
    void aStateThatWillNotAcceptMoreRefugeesRejects() {
        assertEquals(Set.of("REJECT | Uganda | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("Uganda said on Monday it will not accept any more refugees."));
    }

    @Test
    void aGovernmentThatRefusedToDeployTroopsRejects() {
        assertEquals(Set.of("REJECT | Kenya | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("The Kenyan government refused to deploy more troops."));
    }

    @Test
    void aStateThatWillNeverAllowAnActRejectsIt() {
        assertEquals(Set.of("REJECT | Tanzania | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("Tanzania will never allow the construction of a new dam."));
    }

    @Test
    void aFailureToActOrAPastNegationRefusesNothing() {
        assertEquals(Set.of(),
                Understood.eventsOf("Kenyan authorities are failing to uphold the rights of refugees. Kenya did not accept the refugees."));
    }

    @Test
    void whatWouldNotHaveBeenDoneIsNoRefusal() {
        assertEquals(Set.of(), Understood.eventsOf("The mayor said that had he resigned, he would not have been detained by Kenyan police."));
    }
}
