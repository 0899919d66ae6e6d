package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Material conflict (TownCountries, EventFinder; ASSAULT, COERCE, PROTEST, MOBILIZE, SANCTION): the exact event (type | actor | target |
 * date | modality, "-" for none), each report published on Tuesday 19 March 2024, its graph valid.
 */
class MaterialConflictTest {

    @Test
    void townsStruckStandForTheirCountry() {
        // three towns of one country: one assault on that country (StruckPlaces)
        assertEquals(Set.of("ASSAULT | Russia | Ukraine | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ukraine said Russian drones struck Kharkiv, Dnipro and Lviv on Monday."));
    }

    @Test
    void aTownOfTheActorsOwnCountryStaysTheTown() {
        assertEquals(Set.of("ASSAULT | Nigeria | Maiduguri | 2024-03-18 | Asserted"),
                Understood.eventsOf("Nigerian troops shelled Maiduguri on Monday."));
    }

    @Test
    void aTownOfACountryTheReportNeverNamesStaysTheTown() {
        assertEquals(Set.of("ASSAULT | Russia | Kharkiv | 2024-03-18 | Asserted"),
                Understood.eventsOf("Russian drones struck Kharkiv on Monday."));
    }

    @Test
    void aPowerSetOnAConditionIsNoAct() {
        assertEquals(Set.of(), Understood.eventsOf(
                "Under the new law, Ghanaian police can detain a suspect if he refuses to give his name."));
        assertEquals(Set.of(), Understood.eventsOf(
                "Zambian soldiers may open fire on smugglers if they cross the river at night."));
    }

    @Test
    void aConditionOnAFutureActIsAThreat() {
        // the modal of possibility drops only what is no one's announcement: a future set on a condition stays a threat
        assertEquals(Set.of("THREATEN | Ghana | - | - | Planned"), Understood.eventsOf(
                "Ghanaian police will detain anyone if the march goes ahead on Friday."));
    }

    @Test
    void aStateBodyNamedByATownActsForItsCountry() {
        assertEquals(Set.of("COERCE | Nigeria | - | 2024-03-18 | Asserted"), Understood.eventsOf(
                "Kidnappings have risen in Nigeria. The Lagos State Police Command arrested five suspected kidnappers on Monday."));
    }

    @Test
    void aStateBodyNamedByATownActsForItsCountryThoughTheReportNeverNamesIt() {
        // a local report seldom names the country of its own police
        assertEquals(Set.of("COERCE | Nigeria | - | 2024-03-18 | Asserted"), Understood.eventsOf(
                "The Lagos State Police Command arrested five suspected kidnappers on Monday."));
    }

    @Test
    void sanctionsImposedOnSomeone() {
        // "on" hung on the sanctions, not on the verb
        assertEquals(Set.of("SANCTION | European Union | Iran | 2024-03-18 | Asserted"),
                Understood.eventsOf("The European Union imposed sanctions on Iran on Monday."));
        assertEquals(Set.of("SANCTION | Canada | Russia | 2024-03-18 | Asserted"),
                Understood.eventsOf("Canada imposed new sanctions against Russian officials on Monday."));
    }

    @Test
    void aCurfewOrMartialLawImposedIsCoercionOfWhereItHolds() {
        assertEquals(Set.of("COERCE | Kenya | Kisumu | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenyan authorities imposed a curfew on Kisumu on Monday."));
        assertEquals(Set.of("COERCE | Thailand | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("The Thai army imposed martial law across the country on Tuesday."));
    }

    @Test
    void otherThingsImposedAreNoCoercion() {
        assertEquals(Set.of(), Understood.eventsOf("The Kenyan government imposed new taxes on imports on Monday."));
    }

    @Test
    void forcesKeptOnAlertOrStrengthenedAreAShowOfForce() {
        assertEquals(Set.of("MOBILIZE | Ethiopia | Somalia | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ethiopian troops remained on alert in Somalia on Monday."));
        assertEquals(Set.of("MOBILIZE | Turkey | Syria | 2024-03-18 | Asserted"),
                Understood.eventsOf("Turkey strengthened its forces in Syria on Monday."));
        // at home, at no one
        assertEquals(Set.of("MOBILIZE | Kenya | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenyan police remained on high alert in Nairobi on Monday."));
        // any other remaining is no event
        assertEquals(Set.of(), Understood.eventsOf("Ethiopian troops remained in Somalia on Monday."));
    }
}
