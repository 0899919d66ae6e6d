package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Diplomacy and intentions, one construction per fixture, each report published on Tuesday 19 March 2024:
 * the exact event (type | actor | target | date | modality). A meeting foretold stays a meeting, planned;
 * a cooperative act promised or announced by its actor is AGREE (see {@link Intentions}).
 */
class DiplomacyFixturesTest {

    @Test
    void aMeetingForetoldIsAPlannedMeeting() {
        assertEquals(Set.of("CONSULT | William Ruto | Yoweri Museveni | 2024-03-22 | Planned"),
                Understood.eventsOf("William Ruto will meet Yoweri Museveni in Kampala on Friday."));
    }

    @Test
    void aVisitExpectedIsAPlannedVisit() {
        assertEquals(Set.of("CONSULT | Emmanuel Macron | Nigeria | - | Planned"),
                Understood.eventsOf("Emmanuel Macron is expected to visit Nigeria next week."));
    }

    @Test
    void talksOneIsReadyToHoldAreAnAgreement() {
        assertEquals(Set.of("AGREE | Ghana | Togo | - | Planned"),
                Understood.eventsOf("Ghana is ready to hold talks with Togo."));
    }

    @Test
    void talksPledgedAreAnAgreement() {
        assertEquals(Set.of("AGREE | Ghana | Togo | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ghana pledged to hold talks with Togo."));
    }

    @Test
    void aConcessionItsActorAnnouncesIsAnAgreement() {
        // PLOVER's gold: "Iraq said it would allow the return of U.N. weapons inspectors" is AGREE
        assertEquals(Set.of("AGREE | Eritrea | United Nations | - | Planned"),
                Understood.eventsOf("Eritrea said it would allow United Nations monitors to return."));
    }

    @Test
    void aidForetoldIsStillAnAgreement() {
        // PLOVER's gold codes "will give a grant", "will support" as AGREE; only meetings foretold stay themselves
        assertEquals(Set.of("AGREE | Brazil | Haiti | - | Planned"),
                Understood.eventsOf("Brazil will provide food aid to Haiti."));
    }

    @Test
    void aTelephoneCallIsConsultation() {
        assertEquals(Set.of("CONSULT | Kenya | Uganda | 2024-03-18 | Asserted"),
                Understood.eventsOf("The Kenyan foreign minister telephoned his Ugandan counterpart on Monday."));
    }

    @Test
    void armsSentAreAid() {
        assertEquals(Set.of("AID | United States | Pakistan | 2023 | Asserted"),
                Understood.eventsOf("The United States continued to send arms to Pakistan last year."));
    }

    @Test
    void medicineHandedOverIsAid() {
        assertEquals(Set.of("AID | Switzerland | Red Crescent | 2024-03-19 | Asserted"),
                Understood.eventsOf("Swiss doctors handed over 700 kg of medicine to the Red Crescent in Bam."));
    }

    @Test
    void detailsProvidedAreNoAid() {
        assertEquals(Set.of(), Understood.eventsOf("The ministry provided details to reporters."));
    }

    @Test
    void aHostileActOneIsPreparedToDoIsAThreat() {
        // the commitment that makes a cooperative act AGREE makes a hostile one THREATEN
        assertEquals(Set.of("THREATEN | Kenya | Somalia | - | Planned"),
                Understood.eventsOf("Kenya is ready to expel Somali diplomats."));
    }

    @Test
    void anActSetOnAnUnlessIsAThreat() {
        // PLOVER's gold: "will withdraw their peacekeeping force from Chad unless ..." is THREATEN
        assertEquals(Set.of("THREATEN | Nigeria | Chad | - | Planned"),
                Understood.eventsOf("Nigeria announced that it will withdraw its peacekeeping force from Chad unless the rebels agree to a ceasefire."));
    }

    @Test
    void anAnnouncedWithdrawalStaysAWithdrawal() {
        assertEquals(Set.of("RETREAT | Germany | Niger | - | Planned"),
                Understood.eventsOf("Germany announced it would pull its soldiers out of Niger."));
    }
}
