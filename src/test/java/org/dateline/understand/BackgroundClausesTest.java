package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * An event a sentence tells as the background of its main event (a clause of time or cause, "after", "because of",
 * or a relative clause in the past on a participant) is no event of its own: PLOVER codes the main event only.
 * Each report published on Tuesday 19 March 2024.
 */
class BackgroundClausesTest {

    @Test
    void whatCameBeforeADemandIsNoEvent() {
        assertEquals(Set.of("REQUEST | Kenya | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya demanded new elections after a court in Nairobi cleared the former minister of all charges."));
    }

    @Test
    void anAttackTheDayBeforeASanctionIsItsBackground() {
        assertEquals(Set.of("SANCTION | Ghana | Togo | 2024-03-15 | Asserted"),
                Understood.eventsOf("Ghana announced a suspension of flights to Togo on Friday, one day after Togolese troops shelled"
                        + " a Ghanaian border post."));
    }

    @Test
    void fightingThatCausedAClosureIsItsBackground() {
        assertEquals(Set.of("RETREAT | Chad | Sudan | 2024-03-19 | Asserted"),
                Understood.eventsOf("Chad closed its border with Sudan because of fighting between Sudanese troops and rebels."));
    }

    @Test
    void aPastRelativeClauseOnWhatIsDemandedIsNoEvent() {
        assertEquals(Set.of("REQUEST | Egypt | Libya | 2024-03-18 | Asserted"),
                Understood.eventsOf("Egypt said on Monday that Libya must return a cargo ship that was seized by Libyan forces last month."));
    }

    @Test
    void theSameActToldAsAMainEventStands() {
        assertEquals(Set.of("ASSAULT | Togo | Ghana | 2024-03-14 | Asserted"),
                Understood.eventsOf("Togolese troops shelled a Ghanaian border post on Thursday."));
    }

    @Test
    void aBackgroundToldFirstGivesWayToItsLaterTellingAsAMainEvent() {
        assertEquals(Set.of("REQUEST | Ghana | Togo | 2024-03-19 | Asserted", "ASSAULT | Togo | Ghana | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ghana demanded talks after Togolese troops shelled Ghanaian villages.\n"
                        + "Togolese troops shelled Ghanaian villages again on Monday, the army said."));
    }
}
