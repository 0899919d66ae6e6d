package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Readings of stances, offers and pledges: a participle of stance after "be" is its subject's own act
 * (StanceParticiples); offering a feeling is no offer of cooperation (event-lexicon-additions.tsv); a one-party
 * pledge to work with another is the cooperation planned (Intentions.pledgesCooperation); a release its actor
 * announces is an intention to yield, AGREE (CAMEO 0353), while an announced pull-out stays RETREAT. Each report
 * published on Tuesday 19 March 2024.
 */
class StancesAndPledgesTest {

    @Test
    void beingOpposedToMediationIsItsRejection() {
        assertEquals(Set.of("REJECT | Kenya | Uganda | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya is firmly opposed to Ugandan mediation in the talks."));
    }

    @Test
    void beingOpposedIsTheSubjectsOwnAct() {
        // the category is the one the CAMEO lines give the bare verb (ACCUSE, criticise); the reading makes Egypt its actor
        assertEquals(Set.of("ACCUSE | Egypt | Sudan | 2024-03-19 | Asserted"),
                Understood.eventsOf("Egypt is opposed to Sudanese mediation in the dispute."));
    }

    @Test
    void aStanceOpposedByAnotherStaysPassive() {
        assertEquals(Set.of("ACCUSE | Egypt | Sudan | 2024-03-19 | Asserted"),
                Understood.eventsOf("Sudanese mediation was opposed by Egypt."));
    }

    @Test
    void offeringCondolencesIsNoAgreement() {
        assertEquals(Set.of(),
                Understood.eventsOf("Kenyan President William Ruto offered his condolences to Uganda."));
    }

    @Test
    void offeringHelpIsStillAnAgreement() {
        assertEquals(Set.of("AGREE | Kenya | Uganda | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya offered its help to Uganda."));
    }

    @Test
    void aPledgeToWorkCloselyIsTheCooperationPlanned() {
        assertEquals(Set.of("CONSULT | Shirley Botchwey | Robert Dussey | 2024-03-19 | Asserted",
                "COOPERATE | Shirley Botchwey | Robert Dussey | - | Planned"),
                Understood.eventsOf("Ghanaian Foreign Minister Shirley Botchwey met Togolese Foreign Minister Robert Dussey in Accra."
                        + " The two ministers pledged to work closely on trade and security."));
    }

    @Test
    void aPledgeOfAnyOtherActStaysAnAgreement() {
        assertEquals(Set.of("AGREE | Kenya | Somalia | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya promised to continue military aid to Somalia."));
    }

    @Test
    void anAnnouncedReleaseIsAnIntentionToYield() {
        assertEquals(Set.of("AGREE | Chad | Ali Mahamat Zene | - | Planned"),
                Understood.eventsOf("The Chadian rebels said they would release Governor Ali Mahamat Zene."));
    }

    @Test
    void thePurposeOfAFutureActIsNoPromise() {
        assertEquals(Set.of(),
                Understood.eventsOf("The government of Ghana would prioritise new legislation to protect Togo from floods."));
    }

    @Test
    void supportInTheFutureTenseIsStillAnAgreement() {
        assertEquals(Set.of("AGREE | Ghana | Togo | - | Planned"),
                Understood.eventsOf("Ghana will support Togo's bid for a seat on the council."));
    }
}
