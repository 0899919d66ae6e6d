package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Concessions and agreements as the PLOVER manual codes them: lifting or easing a curfew, an emergency or
 * restrictions is CONCEDE, lifting sanctions RETREAT, a surrender RETREAT with or without a recipient; an
 * agreement to act needs no recipient, agreeing that something is so is none, and an agreement reached
 * ("reached a consensus") is AGREE between its parties. Reports published on Tuesday 19 March 2024.
 */
class ConcessionsAndAgreementsTest {

    @Test
    void liftingACurfewIsAConcessionWhereItHeld() {
        assertEquals(Set.of("CONCEDE | Ghana | Ashanti | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ghana lifted the curfew in the Ashanti region on Monday."));
    }

    @Test
    void easingRestrictionsOnACountryIsAConcessionToIt() {
        assertEquals(Set.of("CONCEDE | Nigeria | Ghana | 2024-03-18 | Asserted"),
                Understood.eventsOf("Nigeria eased restrictions on Ghana on Monday."));
    }

    @Test
    void liftingSanctionsIsARetreat() {
        assertEquals(Set.of("RETREAT | Turkey | Syria | 2024-03-18 | Asserted"),
                Understood.eventsOf("Turkey lifted its sanctions on Syria on Monday."));
    }

    @Test
    void aSurrenderNeedsNoRecipient() {
        assertEquals(Set.of("RETREAT | Uganda | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ugandan rebels surrendered to the army on Monday."));
    }

    @Test
    void anAgreementToActNeedsNoRecipient() {
        assertEquals(Set.of("AGREE | Ghana | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ghana agreed on Monday to extend the fishing season."));
    }

    @Test
    void agreeingThatSomethingIsSoIsNoAgreement() {
        assertEquals(Set.of(), Understood.eventsOf("Ghana agreed on Monday that the fishing season was too short."));
    }

    @Test
    void anAgreementToAidKeepsTheRecipientOfTheAid() {
        assertEquals(Set.of("AGREE | Ghana | Togo | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ghana agreed on Monday to provide food aid to Togo."));
    }

    @Test
    void aConsensusReachedIsAnAgreementBetweenItsParties() {
        assertEquals(Set.of("AGREE | Kenya | Uganda | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenya and Uganda reached a consensus on Monday to reopen the border."));
    }

    @Test
    void partiesUpgradingTheirTiesSupportOneAnother() {
        assertEquals(Set.of("SUPPORT | Kenya | Uganda | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenya and Uganda upgraded their diplomatic ties on Monday."));
    }

    @Test
    void acceptingDemandsIsAConcessionToWhoMadeThem() {
        assertEquals(Set.of("CONCEDE | Kenya | Uganda | 2024-03-18 | Asserted"),
                Understood.eventsOf("On Monday the Kenyan government accepted demands from Ugandan farmers that it open the border."));
    }

    @Test
    void aWithdrawalSpedUpIsTheSubjectsRetreat() {
        assertEquals(Set.of("RETREAT | Ghana | Mali | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ghana sped up the withdrawal of its troops from Mali on Monday."));
    }

    @Test
    void aPledgeToWorkWithAnotherIsThatCooperationPlanned() {
        assertEquals(Set.of("COOPERATE | Ghana | Togo | 2024-03-18 | Planned"),
                Understood.eventsOf("Ghana pledged on Monday to work closely with Togo."));
    }

    @Test
    void anAgreementToWorkTogetherStaysAnAgreement() {
        assertEquals(Set.of("AGREE | Ghana | Togo | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ghana and Togo agreed on Monday to work together on border security."));
    }

    @Test
    void workingWithAnotherIsCooperation() {
        assertEquals(Set.of("COOPERATE | Ghana | Togo | - | Planned"),
                Understood.eventsOf("Ghana is willing to work with Togo on border security."));
    }

    @Test
    void whomAPhraseExceptsIsNoPartner() {
        assertEquals(Set.of(), Understood.eventsOf("Ghana is ready to work with everyone except the Togolese government."));
    }

    @Test
    void supportToldAsAPlanStaysSupportPlanned() {
        assertEquals(Set.of("SUPPORT | Ghana | Togo | - | Planned"),
                Understood.eventsOf("Ghana plans to open an embassy in Togo."));
    }

    @Test
    void supportInTheFutureTenseIsAnIntention() {
        assertEquals(Set.of("AGREE | Ghana | Togo | - | Planned"),
                Understood.eventsOf("Ghana will open an embassy in Togo."));
    }
}
