package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Speech acts told around their verb rather than by it ({@link SpeechActClauses}, {@link EventArguments}): a demand a
 * delivered message carries, criticism told by a participle the parser made the sentence's head, blame told by
 * "hold ... accountable", an investigation of an allegation concerning whom it alleges. The exact event (type | actor | target | date | modality), each report published on Tuesday
 * 19 March 2024.
 */
class DeliveredDemandsTest {

    @Test
    void aMessageThatSomeoneMustActIsADemandOfThem() {
        assertEquals(Set.of("REQUEST | Kenya | Uganda | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya sent a clear message to Uganda that it should withdraw its troops."));
    }

    @Test
    void aReminderIssuedToSomeoneIsADemandAndTheActDemandedIsNoEvent() {
        assertEquals(Set.of("REQUEST | Olaf Scholz | Serbia | 2024-03-16 | Asserted"),
                Understood.eventsOf("German Chancellor Olaf Scholz issued a stern reminder Saturday to Serbia that it must"
                        + " cooperate fully with the European Union."));
    }

    @Test
    void anOpeningParticipleTheParserMadeTheHeadHasTheMainClauseSubject() {
        assertEquals(Set.of("ACCUSE | William Ruto | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("Coming down heavily on the opposition for its remarks, Kenyan President William Ruto"
                        + " said that the party had lied."));
    }

    @Test
    void holdingSomeoneAccountableBlamesThem() {
        assertEquals(Set.of("ACCUSE | Poland | Belarus | 2024-03-19 | Asserted"),
                Understood.eventsOf("Poland held Belarus accountable for the crisis on the border."));
    }

    @Test
    void investigatingAnAllegationConcernsWhomItAlleges() {
        // the one who made the claim (Somalia) is not the one the investigation concerns (JudgedActs.allegedDoers)
        assertEquals(Set.of("ACCUSE | Kenya | Ethiopia | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya is investigating claims by Somalia that Ethiopian officials had lied about the border."));
    }
}
