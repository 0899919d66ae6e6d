package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Verbs the parser joins to a verb of speech go on telling the clause it reports ({@link DependencyIndex#continuedReport}):
 * their subject is that clause's, never the speaker. Reports published on Tuesday 19 March 2024.
 */
class ContinuedReportsTest {

    @Test
    void theSpeakerIsNotTheActorOfTheReportedClausesLaterVerbs() {
        // the parser hangs "entered" and "attacked" on "said", with the governor as their subject
        assertEquals(Set.of("ASSAULT | Mali | Niger | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ali Rahimi, the governor of Baghlan province, said Malian soldiers crossed the border early Friday, "
                        + "entered a village and attacked Nigerien herders."));
    }
}
