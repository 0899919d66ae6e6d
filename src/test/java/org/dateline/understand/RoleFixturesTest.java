package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Titles written with names, in the constructions news reports use. */
class RoleFixturesTest {

    private static final Understood REPORT = Understood.body("""
            Mali's Foreign Minister Abdoulaye Diop arrived in Moscow on Monday for talks with Russian Foreign \
            Minister Sergei Lavrov. Diop said he expected new agreements on grain and fuel. The Malian foreign \
            minister also met business leaders.

            The talks were also attended by Senegalese Prime Minister Ousmane Sonko, Ghanaian Finance Minister \
            Mohammed Amin Adam, and Moussa Diallo, the defence minister of Guinea.

            Back in March, Defence Minister of Mali, Sadio Camara, visited Ankara.""");

    @Test
    void everyConstructionGivesItsRoleWithTitleAndCountry() {
        assertEquals(Set.of(
                "Abdoulaye Diop | foreign minister | Mali",      // Country's Title Name
                "Sergei Lavrov | foreign minister | Russia",     // Demonym Title Name
                "Ousmane Sonko | prime minister | Senegal",      // a list of officials ...
                "Mohammed Amin Adam | finance minister | Ghana", // ... each with a title
                "Moussa Diallo | defence minister | Guinea",     // Name, the title of Country
                "Sadio Camara | defence minister | Mali"),       // Title of Country, Name,
                REPORT.roles());
    }

    @Test
    void surnamePronounAndTitleReferToTheOnePerson() {
        assertEquals(Set.of("Abdoulaye Diop", "Sergei Lavrov", "Ousmane Sonko", "Mohammed Amin Adam", "Moussa Diallo",
                "Sadio Camara"), REPORT.entities("Person"));
        assertEquals(List.of("Abdoulaye Diop", "Diop", "he", "The Malian foreign minister"), REPORT.mentionsOf("Abdoulaye Diop"));
        assertEquals(Set.of("Diop"), REPORT.altLabels("Abdoulaye Diop"));
        assertEquals(List.of("Mali", "Malian", "Mali"), REPORT.mentionsOf("Mali"));
    }

    @Test
    void aTitleAfterTheNameWithNoClosingCommaEndsAtItsHead() {
        // "X, the foreign minister arrived in Nairobi": the words after the title are the sentence's, and the
        // capital among them stays a place the visit is to (the country, which the report names)
        String body = "Ama Owusu, the Ghanaian foreign minister arrived in Nairobi on Tuesday for talks on tariffs. "
                + "Kenya and Ghana trade mostly in cocoa and tea.";
        assertEquals(Set.of("Ama Owusu | foreign minister | Ghana"), Understood.body(body).roles());
        assertEquals(Set.of("CONSULT | Ama Owusu | Kenya | 2024-03-19 | Asserted"), Understood.eventsOf(body));
    }

    @Test
    void aTitleInAPhraseBeforeTheSubjectIsNotTheSubjectsTitle() {
        // the president of "During her meeting with the Ghanaian president, Ama Owusu said" is someone else
        assertEquals(Set.of(), Understood.body("During her meeting with the Ghanaian president, Ama Owusu said that "
                + "trade between the two countries would grow next year.").roles());
    }

    @Test
    void theReportsWordsAreAnchoredAndValid() {
        REPORT.assertAnchoredAndValid();
    }
}
