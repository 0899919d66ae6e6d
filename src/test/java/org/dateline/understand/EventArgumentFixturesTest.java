package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Who acts and who is acted on, one argument rule per fixture (reports published Tuesday 19 March 2024):
 * the exact events (type | actor | target | date | modality).
 */
class EventArgumentFixturesTest {

    @Test
    void aRejectedDemandIsAimedAtWhoMadeIt() {
        // the parser makes "demand" the subject of "close", not the object of "rejected"
        assertEquals(Set.of("REJECT | Senegal | Gambia | 2024-03-19 | Asserted"),
                Understood.eventsOf("Senegal has rejected Gambia's repeated demand to close a border crossing with Mauritania."));
    }

    @Test
    void aPeoplePlacedInAnotherCountryActsForThatCountry() {
        assertEquals(Set.of("PROTEST | Latvia | European Union | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ethnic Russians in Latvia protested against the European Union on Monday."));
    }

    @Test
    void whatAResolutionSaysIsNoEventOfItsAuthor() {
        // the threat is the resolution's content: France threatens no one by drafting it
        assertEquals(Set.of("SUPPORT | Mali | France | 2024-03-18 | Asserted"),
                Understood.eventsOf("Mali supported on Monday a French resolution that threatens sanctions against Niger."));
    }

    @Test
    void anUnnamedOfficeActsForTheCountryTheReportIsAbout() {
        // "the President" is tagged a proper noun, but names no one: its holder acts for Kenya, as "police" would
        assertEquals(Set.of("COERCE | Kenya | - | 2024-03-19 | Asserted", "REJECT | Kenya | Somalia | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya has closed its border crossings. Kenyan officials said that the President rejected"
                        + " Somalia's proposal to reopen them."));
    }

    @Test
    void aBodyNamedWithItsCountrysAdjectiveIsOneActor() {
        // "Lebanese" says whose the movement is; the movement, not Lebanon besides it, rejects
        assertEquals(Set.of("REJECT | Hezbollah | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("The Lebanese Hezbollah movement rejected the ceasefire proposal."));
    }

    @Test
    void aTitleFollowedByItsHoldersNameIsThatPerson() {
        // the parser hangs "Hichilema" on "leader" by "dep": the rally is against him, not where it was held
        assertEquals(Set.of("PROTEST | Democratic Party | Hakainde Hichilema | 2024-03-19 | Asserted"),
                Understood.eventsOf("Angry members of the Democratic Party have staged rallies in the Copperbelt against the party's"
                        + " leader Hakainde Hichilema."));
    }

    @Test
    void aCounterpartWithANameIsThatPerson() {
        // "Kenyan" only says whose counterpart; the person met is the one named
        assertEquals(Set.of("CONSULT | William Ruto | Yoweri Museveni | 2024-03-18 | Asserted"),
                Understood.eventsOf("William Ruto met his Ugandan counterpart Yoweri Museveni in Kampala on Monday."));
    }

    @Test
    void aLongRowOfTitlesBeforeANameIsThatPerson() {
        // the parser hangs the name on the first title by "appos", with the other titles inside the name's phrase
        assertEquals(Set.of("CONSULT | Ahmed Nasser Al-Mansour | Norway | 2024-03-18 | Asserted"),
                Understood.eventsOf("Deputy Prime Minister, Minister of Finance and Minister of Oil Sheikh Ahmed Nasser Al-Mansour"
                        + " on Monday received Norway's Ambassador to Qatar Lars Holm."));
    }
}
