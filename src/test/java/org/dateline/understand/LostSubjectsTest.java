package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Subjects and agents the parser hangs on the wrong word (LostSubjects): a subject after a fronted phrase, read as one
 * more noun of that phrase; a by-agent after an interruption, hung on a passive inside it; a name glossed in brackets
 * ("the Umma (Nation) party"). Exact events (type | actor | target | date | modality), each report published on
 * Tuesday 19 March 2024.
 */
class LostSubjectsTest {

    @Test
    void subjectsAfterAFrontedPhraseAgree() {
        assertEquals(Set.of("AGREE | Ethiopia | Eritrea | 2024-03-19 | Asserted"),
                Understood.eventsOf("With the signing of the accord in Addis Ababa, Ethiopia and Eritrea agreed to end the war."));
    }

    @Test
    void anAgentAfterAnInterruptionIsThePassiveVerbsAgent() {
        assertEquals(Set.of("ACCUSE | Kenya | Amos Wako | 2024-03-19 | Asserted"),
                Understood.eventsOf("Former minister Amos Wako has been accused of stealing public money, some of it said to have been "
                        + "sent abroad, by Kenyan government officials."));
    }

    @Test
    void aNameGlossedInBracketsStaysInItsNounPhrase() {
        assertEquals(Set.of("THREATEN | Umma | Algeria | - | Planned"),
                Understood.eventsOf("The Umma (Nation) party has said it will boycott Algeria's elections."));
    }

    @Test
    void theAntecedentOfAMisreadRelativeClauseIsTheSubject() {
        assertEquals(Set.of("ACCUSE | Chad | Sudan | 2024-03-19 | Asserted"),
                Understood.eventsOf("Chad, which borders Sudan, accused Khartoum of arming the rebels."));
    }

    @Test
    void aRelativeClauseTheParserReadsRightIsLeftAlone() {
        assertEquals(Set.of("SANCTION | Kenya | France | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenya, which hosts the talks, expelled two French diplomats on Monday."));
    }

    @Test
    void aSubjectTheParserFoundIsLeftAlone() {
        assertEquals(Set.of("AGREE | Iran | United States | 2024-03-19 | Asserted"),
                Understood.eventsOf("After two days of talks in Geneva, Iran and the United States agreed to a prisoner exchange."));
    }

    @Test
    void aFrontedPhraseBeforeAVerbWithoutANamedSubjectGivesNoEvent() {
        assertEquals(Set.of(),
                Understood.eventsOf("With the signing of the accord in Addis Ababa, the two sides agreed to meet again in May."));
    }

    @Test
    void aSenateThatBurnedTheMidnightOilBurnedNothing() {
        // the subject after the fronted phrase is found; the idiom is discarded (event-discards-hand.tsv)
        assertEquals(Set.of(),
                Understood.eventsOf("After long hearings in the provinces, including war-torn Cotabato City, the Philippine Senate "
                        + "burned the midnight oil on Monday to pass the budget."));
    }
}
