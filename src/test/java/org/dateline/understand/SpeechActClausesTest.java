package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Demands, appeals and complaints aimed at the subject of a clause or at the one named before a to-clause
 * ({@link SpeechActClauses}): the exact event (type | actor | target | date | modality), each report published on
 * Tuesday 19 March 2024. The act demanded is no event of its own.
 */
class SpeechActClausesTest {

    @Test
    void aDemandThatAClauseSubjectActIsAddressedToThatSubject() {
        assertEquals(Set.of("REQUEST | Kenya | Uganda | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenya on Monday demanded that Uganda withdraw its troops from the island."));
    }

    @Test
    void aCallOnSomeoneToActIsARequestOfThem() {
        assertEquals(Set.of("REQUEST | Ghana | Togo | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ghana on Monday called on Togo to release the prisoners."));
    }

    @Test
    void anAppealToSomeoneToActIsARequestOfThem() {
        assertEquals(Set.of("REQUEST | Nigeria | Cameroon | 2024-03-19 | Asserted"),
                Understood.eventsOf("Nigeria appealed to Cameroon to reopen the border."));
    }

    @Test
    void anObligationAVerbOfInsistingReportsIsADemand() {
        assertEquals(Set.of("REQUEST | France | Algeria | 2024-03-19 | Asserted"),
                Understood.eventsOf("A senior French minister reiterated that Algeria must hand over the suspects."));
    }

    @Test
    void aComplaintThatSomeoneActedAccusesThem() {
        assertEquals(Set.of("ACCUSE | Ethiopia | Sudan | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ethiopia complained that Sudan had closed the border."));
    }

    @Test
    void aDemandToldAsANounIsAddressedToTheSubjectOfItsClause() {
        assertEquals(Set.of("REQUEST | Uganda | Kenya | 2024-03-19 | Asserted"),
                Understood.eventsOf("On Tuesday Uganda repeated its demand that Kenya reopen the border crossing."));
    }

    @Test
    void aCondemnedDeedAccusesItsDoer() {
        assertEquals(Set.of("ACCUSE | Poland | Russia | 2024-03-18 | Asserted"),
                Understood.eventsOf("Poland on Monday condemned the Russian strike on a hospital in Kharkiv."));
    }

    @Test
    void aCondemnedKillingOfVictimsAccusesNoOneNamed() {
        // the "of" of a deed names its victims: the condemnation is aimed at whoever killed them, unnamed
        assertEquals(Set.of("ACCUSE | Red Cross | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("The Red Cross strongly condemns the killing of Oxfam staff members in Darfur."));
    }

    @Test
    void anActTheDemandedActGovernsIsNotDoneEither() {
        assertEquals(Set.of("REQUEST | Kenya | Uganda | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenya on Monday demanded that Uganda cancel its plans to sell weapons to Sudan."));
    }

    @Test
    void anActDemandedByANounIsNotDoneEvenWhenNoOneNamedDemandsIt() {
        assertEquals(Set.of(), Understood.eventsOf("The protesters insisted on their demand that the minister release the students."));
    }

    @Test
    void aQuotedWeIsTheSpeakerWhoseRequestItIs() {
        // the pronoun stands for the speaker as the event's actor only: it is no mention of her name
        Understood report = Understood.body("\"We call on Togo to release the prisoners,\" Ghanaian Foreign Minister"
                + " Shirley Botchwey said.");
        report.assertAnchoredAndValid();
        assertEquals(Set.of("REQUEST | Shirley Botchwey | Togo | 2024-03-19 | Asserted"), report.events());
        assertEquals(List.of("Shirley Botchwey"), report.mentionsOf("Shirley Botchwey"));
    }

    @Test
    void anActDemandedIsNotDoneEvenWhenNoOneNamedDemandsIt() {
        assertEquals(Set.of(), Understood.eventsOf("Protesters in Nairobi demanded that the president resign."));
    }

    @Test
    void anAppealRejectedIsTheRejectionAloneAimedAtWhoeverMadeIt() {
        // the appeal was made before: the report tells its rejection, not a request of the Union's (ProposalAuthors.answered)
        assertEquals(Set.of("REJECT | Chile | African Union | 2024-03-19 | Asserted"),
                Understood.eventsOf("Chile again rejected Tuesday an African Union appeal for deploying troops along its border with Peru."));
    }

    @Test
    void demandsAcceptedAreNoRequestOfTheOneWhoAcceptsThem() {
        // read as a request they were the government's, of the fishermen: the acceptance alone is told, a
        // concession to the demands' authors (CAMEO 083 accede to demands)
        assertEquals(Set.of("CONCEDE | Chile | Peru | 2024-03-19 | Asserted"), Understood.eventsOf("The Chilean government accepted demands from Peruvian fishermen that it reopen the port."));
    }
}
