package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * What one party withdraws, reduces or halts of what it gives another is SANCTION (CAMEO 16x: aid, mediation,
 * negotiations, inspectors and diplomats), at the recipient or the place it served; and such a coercive act its
 * actor announces for the future is THREATEN (PLOVER: a threat is an announced coercive act), whether a verb or
 * a noun the announced verb governs names it. Exact events (type | actor | target | date | modality), each
 * report published on Tuesday 19 March 2024.
 */
class AnnouncedCoercionTest {

    @Test
    void aidSuspendedWhereItWasDeliveredIsSanctionOfThatPlace() {
        assertEquals(Set.of("SANCTION | World Food Programme | Aleppo | 2024-03-18 | Asserted"),
                Understood.eventsOf("The World Food Programme suspended food deliveries in Aleppo on Monday."));
    }

    @Test
    void suppliesReducedToARecipientAreSanctionOfIt() {
        assertEquals(Set.of("SANCTION | Norway | Ethiopia | 2024-03-18 | Asserted"),
                Understood.eventsOf("Norway reduced aid supplies to Ethiopia on Monday."));
    }

    @Test
    void haltedMediationIsSanctionOfTheMediatedAndNoMeeting() {
        assertEquals(Set.of("SANCTION | African Union | Sudan | 2024-03-18 | Asserted",
                "SANCTION | African Union | Chad | 2024-03-18 | Asserted"),
                Understood.eventsOf("The African Union halted mediation efforts between Sudan and Chad on Monday."));
    }

    @Test
    void haltedNegotiationsAreSanctionOfTheOtherParty() {
        assertEquals(Set.of("SANCTION | Israel | Hamas | 2024-03-18 | Asserted"),
                Understood.eventsOf("Israel halted negotiations with Hamas on Monday."));
    }

    @Test
    void withdrawnDiplomatsAreSanctionWithdrawnTroopsARetreat() {
        assertEquals(Set.of("SANCTION | Egypt | Qatar | 2024-03-18 | Asserted"),
                Understood.eventsOf("Egypt withdrew its ambassador from Qatar on Monday."));
        assertEquals(Set.of("RETREAT | Norway | Mali | 2024-03-18 | Asserted"),
                Understood.eventsOf("Norway withdrew its troops from Mali on Monday."));
    }

    @Test
    void aWithdrawalOfObserversItsActorAnnouncesIsAThreat() {
        assertEquals(Set.of("THREATEN | Ghana | Togo | - | Planned"),
                Understood.eventsOf("Ghana announced that it will withdraw its election observers from Togo."));
    }

    @Test
    void aCurfewItsActorSaysHeWillExtendIsAThreatToTheTown() {
        assertEquals(Set.of("THREATEN | Bola Tinubu | Kano | - | Planned"),
                Understood.eventsOf("Nigerian President Bola Tinubu said he would extend the curfew in Kano."));
    }

    @Test
    void aBlockadeItsActorSaysItWillTightenIsAThreat() {
        assertEquals(Set.of("THREATEN | Turkey | Armenia | - | Planned"),
                Understood.eventsOf("Turkey said it would tighten its blockade of Armenia."));
    }

    @Test
    void anotherPartysForecastOfABlockadeStaysThePlannedBlockade() {
        assertEquals(Set.of("COERCE | Russia | Ukraine | - | Planned"),
                Understood.eventsOf("Officials said Russia would tighten its blockade of Ukraine."));
    }

    @Test
    void theWithdrawalOfAnAmbassadorIsSanction() {
        assertEquals(Set.of("SANCTION | Russia | Latvia | 2024-03-19 | Asserted"),
                Understood.eventsOf("Russia announced the withdrawal of its ambassador from Latvia."));
    }

    @Test
    void martialLawOrAStateOfSiegeDeclaredIsCoercion() {
        assertEquals(Set.of("COERCE | Peru | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Peru declared a state of siege on Monday."));
        assertEquals(Set.of("COERCE | Ecuador | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ecuador declared martial law in three provinces on Monday."));
    }
}
