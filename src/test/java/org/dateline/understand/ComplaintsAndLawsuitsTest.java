package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Accusations told by a purpose clause, a lawsuit, a free participle clause or a deed named with its doer
 * ({@link SpeechActClauses}, the "sue" line of event-lexicon.tsv, EventArguments' free adjuncts): the exact event
 * (type | actor | target | date | modality), each report published on Tuesday 19 March 2024.
 */
class ComplaintsAndLawsuitsTest {

    @Test
    void aSummonsToComplainIsAComplaintToTheOneSummoned() {
        assertEquals(Set.of("ACCUSE | Ghana | Togo | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ghana summoned the Togolese ambassador to complain about the closure of the border."));
    }

    @Test
    void aSummonsToProtestIsAComplaintToo() {
        assertEquals(Set.of("ACCUSE | Kenya | Uganda | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenya on Monday summoned the Ugandan envoy to protest the arrest of its fishermen."));
    }

    @Test
    void aPurposeOfAVerbThatSummonsNoOneIsNoComplaint() {
        // a blockade to complain is a protest, not a complaint made to anyone; a group of Kenyans protests against its
        // state (DomesticParties.protestedState)
        assertEquals(Set.of("PROTEST | Kenya | Kenya | 2024-03-19 | Asserted"), Understood.eventsOf("Kenyan teachers blocked the main road to complain about their pay."));
    }

    @Test
    void aLawsuitIsALegalComplaint() {
        assertEquals(Set.of("ACCUSE | Kenya | Uganda | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya is suing Uganda for damages to its border posts."));
    }

    @Test
    void aFrontedParticipleClauseHasTheMainSubject() {
        assertEquals(Set.of("ACCUSE | Uganda | Kenya | 2024-03-19 | Asserted"),
                Understood.eventsOf("Lashing out at Kenya, the Ugandan president said the border would stay closed."));
    }

    @Test
    void aCondemnedDeedNamedWithItsDoerAccusesTheDoer() {
        assertEquals(Set.of("ACCUSE | Kenya | Uganda | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya condemned the abuses by Ugandan soldiers."));
    }

    @Test
    void aCondemnedDeedNamedWithoutItsDoerAccusesNoOne() {
        assertEquals(Set.of("ACCUSE | Kenya | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya condemned the abuses in the border town."));
    }

    @Test
    void aReproachReceivedIsNoReproachByTheOneWhoReceivesIt() {
        // she was criticised: the criticism is not hers, and no one named made it
        assertEquals(Set.of(), Understood.eventsOf("The Kenyan foreign minister embraced the criticism as a compliment."));
    }

    @Test
    void aReproachVoicedIsTheSpeakersOwn() {
        assertEquals(Set.of("ACCUSE | Kenya | Uganda | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya voiced criticism of Uganda over the arrests."));
    }

    @Test
    void aComplaintToldAfterWhatItSaysAccusesTheSubjectOfThatClause() {
        assertEquals(Set.of("ACCUSE | Uganda | Kenya | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya has closed the border, Uganda complained."));
    }

    @Test
    void aProtestToldAfterAnActIsAProtestStill() {
        assertEquals(Set.of("COERCE | Kenya | - | 2024-03-19 | Asserted", "PROTEST | - | Kenya | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenyan police fired tear gas, students protested."));
    }
}
