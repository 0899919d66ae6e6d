package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A refusal of an act that is no event of its own ("refused to commit to", "refusing admittance to") is PLOVER
 * REJECT by the one who refuses, of the one the refused act concerns (event-lexicon-additions.tsv); a refusal
 * that concerns no one ("refused to comment") is no event. Each report published on Tuesday 19 March 2024.
 */
class RefusalsTest {

    @Test
    void refusingToCommitToAnothersPlanIsRejection() {
        assertEquals(Set.of("REJECT | Ghana | Togo | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ghana refused to commit to the Togolese plan."));
    }

    @Test
    void refusingAdmittanceToAPeopleIsRejection() {
        assertEquals(Set.of("REJECT | Chad | Sudan | 2024-03-19 | Asserted"),
                Understood.eventsOf("Chad was refusing admittance to Sudanese, officials said."));
    }

    @Test
    void refusingToCommentIsNoEvent() {
        assertEquals(Set.of(),
                Understood.eventsOf("The minister refused to comment on the report."));
    }
}
