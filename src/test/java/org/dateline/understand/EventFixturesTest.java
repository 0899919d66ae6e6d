package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * One construction or one modality per fixture, each report published on Tuesday 19 March 2024:
 * the exact event (type | actor | target | date | modality) or none.
 */
class EventFixturesTest {

    @Test
    void aVerbWithSubjectAndObjectThroughWith() {
        assertEquals(Set.of("SANCTION | Mali | France | 2024-03-18 | Asserted"),
                Understood.eventsOf("Mali revoked its defence accord with France on Monday."));
    }

    @Test
    void aComplaintIsAboutItsMatterNotItsAudience() {
        // "to" names whom the complaint is made to; "over" what it is about, which PLOVER codes as target
        assertEquals(Set.of("ACCUSE | Ghana | Togo | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ghana complained to the African Union on Monday over Togolese border raids."));
    }

    @Test
    void aNominalPredicateWithAPossessor() {
        assertEquals(Set.of("SANCTION | Chad | France | 2024-03-19 | Asserted"),
                Understood.eventsOf("Chad's revocation of its military agreement with France surprised diplomats in Paris."));
    }

    @Test
    void aNominalPredicateBetweenTwoCountries() {
        assertEquals(Set.of("SANCTION | Mali | France | 2024-03-19 | Asserted"),
                Understood.eventsOf("The termination of the security partnership between Mali and France was announced on Tuesday."));
    }

    @Test
    void aControlledVerbTakesItsControllersSubject() {
        // Agreeing to act is PLOVER AGREE (manual, AGREE). The PLOVER codebook codes a planned act by the event
        // that governs it: the withdrawal agreed to is no second event.
        assertEquals(Set.of("AGREE | France | Chad | 2024-03-19 | Asserted"),
                Understood.eventsOf("France agreed to withdraw its troops from Chad."));
    }

    @Test
    void aThreatGovernsTheActThreatened() {
        // PLOVER codebook: "threatened to ban" is THREATEN; the ban, only threatened, is no event of its own.
        assertEquals(Set.of("THREATEN | Mali | France | 2024-03-18 | Asserted"),
                Understood.eventsOf("Mali threatened on Monday to expel French diplomats."));
    }

    @Test
    void aVowedAssaultIsAThreat() {
        // PLOVER THREATEN: a coercive act vowed is a threat; the act itself is no event yet.
        assertEquals(Set.of("THREATEN | Israel | Hamas | - | Planned"),
                Understood.eventsOf("Israel has vowed to destroy Hamas."));
    }

    @Test
    void anAssaultTargetsWhatItsNounIsOn() {
        // PLOVER codes the country attacked: "a drone attack on Ukraine's capital" targets Ukraine.
        assertEquals(Set.of("ASSAULT | Russia | Ukraine | 2024-03-18 | Asserted"),
                Understood.eventsOf("Russia launched a drone attack on Ukraine's capital on Monday."));
    }

    @Test
    void headlinesListedAtTheEndTellNoEvent() {
        assertEquals(Set.of("SANCTION | Mali | France | 2024-03-18 | Asserted"),
                Understood.eventsOf("Mali expelled French diplomats on Monday.\n\nUS announces $1.7 billion military aid for Ukraine\n\n"
                        + "Ukraine says it hit an oil depot in Russia\n\nMore news"));
    }

    @Test
    void aReadinessToCooperateIsAnAgreement() {
        // PLOVER codebook (AGREE): "is willing to withdraw its troops" is an intention to cooperate.
        assertEquals(Set.of("AGREE | Chad | Sudan | - | Planned"),
                Understood.eventsOf("Chad is willing to withdraw its troops from Sudan."));
    }

    @Test
    void aVisitWithItsMonth() {
        assertEquals(Set.of("CONSULT | Assimi Goita | Russia | 2024-02 | Asserted"),
                Understood.eventsOf("Prime Minister Assimi Goita visited Russia in February."));
    }

    @Test
    void aDemonymStandsForItsCountry() {
        assertEquals(Set.of("AID | Russia | Burkina Faso | 2024-01-24 | Asserted"),
                Understood.eventsOf("About 50 Russian instructors arrived in Burkina Faso on January 24."));
    }

    @Test
    void aCapitalStandsForItsGovernment() {
        assertEquals(Set.of("SANCTION | United States | Niger | 2023-10 | Asserted"),
                Understood.eventsOf("Washington suspended its development aid to Niger in October 2023."));
    }

    @Test
    void theJuntaActsForItsCountry() {
        assertEquals(Set.of("SANCTION | Niger | France | 2023-12 | Asserted"),
                Understood.eventsOf("Niger's ruling junta expelled French forces in December 2023."));
    }

    @Test
    void sinceDatesAPeriodNotTheEvent() {
        assertEquals(Set.of("SANCTION | Niger | France | 2024-03-19 | Asserted"),
                Understood.eventsOf("Since seizing power in July 2023, Niger's ruling junta has expelled French forces."));
    }

    @Test
    void aVisitedCapitalIsItsGovernmentWhenTheReportNamesTheCountry() {
        assertEquals(Set.of("CONSULT | Niger | Iran | 2023-10 | Asserted"),
                Understood.eventsOf("Niger's foreign minister visited Tehran in October 2023 to discuss trade with Iran."));
    }

    @Test
    void heldTalksWithSomeone() {
        assertEquals(Set.of("CONSULT | Niger | Iran | 2024-03-18 | Asserted"),
                Understood.eventsOf("Niger's foreign minister held talks with Iranian officials on Monday."));
    }

    @Test
    void allegedByAModifier() {
        // Signing an agreement is PLOVER SUPPORT (CAMEO 057, "sign formal agreement"); agreeing to one is AGREE.
        assertEquals(Set.of("SUPPORT | Mali | Russia | 2024-03-19 | Alleged"),
                Understood.eventsOf("Mali allegedly signed a secret agreement with Russia on gold."));
    }

    @Test
    void allegedByAnAccusation() {
        assertEquals(Set.of("ACCUSE | Niger | France | 2024-03-19 | Asserted",
                "SANCTION | France | Mali | 2024-03-19 | Alleged"),
                Understood.eventsOf("Niger accused France of suspending its support to Mali."));
    }

    @Test
    void deniedByNegation() {
        assertEquals(Set.of("SANCTION | Chad | France | - | Denied"),
                Understood.eventsOf("Chad did not expel French forces, the government said."));
    }

    @Test
    void deniedByARejectedAllegation() {
        // Mali rejects allegations about Ukraine, not made by it: no REJECT with a target the sentence does not name.
        assertEquals(Set.of("AID | Ukraine | Mali | - | Denied"),
                Understood.eventsOf("Mali rejected allegations that Ukraine had sent weapons to Mali."));
    }

    @Test
    void deniedWhenCancelledAndPlannedWhenPostponed() {
        assertEquals(Set.of("CONSULT | Niger | Iran | - | Planned"),
                Understood.eventsOf("Niger's prime minister's visit to Iran was postponed."));
        assertEquals(Set.of("CONSULT | Niger | Iran | - | Denied"),
                Understood.eventsOf("Niger's prime minister's visit to Iran was cancelled."));
    }

    @Test
    void plannedByAnAuxiliary() {
        assertEquals(Set.of("RETREAT | United States | Niger | - | Planned"),
                Understood.eventsOf("The United States will withdraw its soldiers from Niger."));
    }

    @Test
    void plannedByAPlan() {
        assertEquals(Set.of("SANCTION | Chad | France | - | Planned"),
                Understood.eventsOf("Chad plans to suspend its defence cooperation with France."));
    }

    @Test
    void sentencesWithoutAnEventYieldNone() {
        assertEquals(Set.of(), Understood.eventsOf("""
                The weather in Niamey was hot on Tuesday. Mali and Burkina Faso share a long border. Analysts said \
                relations between Chad and France remain close. The agreement on fishing was discussed by experts. \
                French forces arrived in Mali in 2013. Troops withdrew from the stadium after the match."""));
    }

    @Test
    void thePassiveTakesItsAgentAsActor() {
        assertEquals(Set.of("SANCTION | United States | Iran | 2024-03-18 | Asserted"),
                Understood.eventsOf("Iran was sanctioned by the United States on Monday."));
    }

    @Test
    void aCountryAdjectiveOnARoleWordGivesTheCountryAndTheSector() {
        Understood report = Understood.body("Sudanese troops shelled the Chadian town of Adre on Monday.");
        report.assertAnchoredAndValid();
        assertEquals(Set.of("ASSAULT | Sudan | Chad | 2024-03-18 | Asserted"), report.events());
        assertEquals(Set.of("ASSAULT | Sudan (MIL) | Chad (-) | 190"), report.eventCoding());
    }

    @Test
    void coordinatedActorsActEach() {
        // told in the past in a report of March 2024, "in August" is August 2023
        assertEquals(Set.of("SANCTION | Mali | France | 2023-08 | Asserted", "SANCTION | Niger | France | 2023-08 | Asserted"),
                Understood.eventsOf("Mali and Niger expelled French diplomats in August."));
    }

    @Test
    void coordinatedTargetsAreTargetedEach() {
        assertEquals(Set.of("ACCUSE | Ghana | Nigeria | 2024-03-19 | Asserted", "ACCUSE | Ghana | Togo | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ghana condemned the attacks on Nigeria and Togo."));
    }

    @Test
    void mutualActorsMeetEachOther() {
        assertEquals(Set.of("CONSULT | Russia | Ukraine | 2024-03-19 | Asserted"),
                Understood.eventsOf("Russia and Ukraine held talks in Istanbul."));
    }

    @Test
    void reportedSpeechKeepsTheModalityOfWhatIsReported() {
        assertEquals(Set.of("ASSAULT | Russia | Ukraine | 2024-03-18 | Asserted"),
                Understood.eventsOf("The minister said Russia had attacked Ukraine on Monday."));
        assertEquals(Set.of("ASSAULT | Russia | Ukraine | - | Planned"), Understood.eventsOf("Officials said Russia would attack Ukraine."));
    }

    @Test
    void aNominalisationTakesItsVerbsPattern() {
        assertEquals(Set.of("SUPPORT | Mali | Russia | 2024-03-19 | Asserted"),
                Understood.eventsOf("The signing of a defence agreement between Mali and Russia took place in Bamako."));
    }

    @Test
    void aParticleVerbIsAnEventOfItsOwn() {
        assertEquals(Set.of("SANCTION | Niger | France | 2024-03-19 | Asserted"),
                Understood.eventsOf("Niger's government called off talks with France."));
    }

    @Test
    void coercionOfPeopleTheReportDoesNotNameHasNoTarget() {
        Understood report = Understood.body("Kenyan police detained dozens of protesters in Nairobi on Tuesday.");
        report.assertAnchoredAndValid();
        assertEquals(Set.of("COERCE | Kenya | - | 2024-03-19 | Asserted"), report.events());
        assertEquals(Set.of("COERCE | Kenya (COP) | - (-) | 173"), report.eventCoding());
    }

    @Test
    void aProtestMayHaveNoTarget() {
        assertEquals(Set.of("PROTEST | Kenya | - | 2024-03-19 | Asserted"), Understood.eventsOf("Hundreds of Kenyans protested in Nairobi on Tuesday."));
    }

    @Test
    void aReportOfSportTellsNoPoliticalEvent() {
        assertEquals(Set.of(), Understood.eventsOf("Ivory Coast beat Nigeria 2-1 in the final of the Africa Cup of Nations, and the champions "
                + "celebrated with their fans in Abidjan."));
    }

    @Test
    void aConjoinedVerbSharesTheFirstVerbsSubjectAndModality() {
        // "expel" has no subject or auxiliary of its own: Mali will expel, as it will suspend.
        assertEquals(Set.of("SANCTION | Mali | France | - | Planned"),
                Understood.eventsOf("Mali will suspend its accord with France and expel French diplomats."));
    }

    @Test
    void aCapitalInItsCurrentSpellingStandsForItsGovernment() {
        // capitals.tsv keeps every clean name the extract gives a capital: "Kyiv" as well as "Kiev".
        assertEquals(Set.of("CONSULT | Poland | Ukraine | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ukraine said Poland's president visited Kyiv on Monday."));
        assertEquals(Set.of("CONSULT | Poland | Ukraine | 2024-03-18 | Asserted"),
                Understood.eventsOf("Poland's president visited Kyiv on Monday, his first trip to Ukraine this year."));
    }

    @Test
    void talksHeldWithSomeoneAreAConsultation() {
        assertEquals(Set.of("CONSULT | China | Brazil | 2024-03-18 | Asserted"),
                Understood.eventsOf("The Chinese foreign minister held discussions with Brazil's president on Monday."));
        assertEquals(Set.of("CONSULT | Brazil | Argentina | 2024-03-18 | Asserted"),
                Understood.eventsOf("Brazil's foreign minister had discussions with Argentina's president on Monday."));
    }

    @Test
    void aDialogueBetweenTwoCountriesIsAConsultation() {
        assertEquals(Set.of("CONSULT | Kenya | Ethiopia | 2024-03-19 | Asserted"),
                Understood.eventsOf("The agreement crowned a long dialogue between Kenya and Ethiopia."));
    }

    @Test
    void stressingTheImportanceOfDiscussionsIsNoConsultation() {
        assertEquals(Set.of(), Understood.eventsOf("A French spokesperson stressed the importance of discussions with Niger's leadership."));
    }

    @Test
    void meetingWithSomeoneIsAConsultation() {
        assertEquals(Set.of("CONSULT | Egypt | Israel | 2024-03-18 | Asserted"),
                Understood.eventsOf("Egypt's president met with Israel's prime minister on Monday."));
    }

    @Test
    void crowdControlIsCoercionNotAssault() {
        // The development corpus's contract: tear gas and water cannons are crowd control, COERCE (mode crowd-control).
        assertEquals(Set.of("COERCE | Kenya | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenyan police fired tear gas on Monday."));
    }

    @Test
    void anObjectTakenForTheSubjectOfAParticipleIsTheObject() {
        // "detained protesters demanding": the parser hangs "protesters demanding" on the verb as a clause.
        assertEquals(Set.of("COERCE | Kenya | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenyan police detained dozens of protesters demanding reforms."));
    }

    @Test
    void whatASpeakerSaysSomeoneMustDoIsADemand() {
        // PLOVER REQUEST: "Russia said that Sudan must return the helicopter"; the return is no event of its own.
        assertEquals(Set.of("REQUEST | Russia | Sudan | 2024-03-18 | Asserted"),
                Understood.eventsOf("Russia said on Monday that Sudan must return the helicopter."));
    }

    @Test
    void aRefusalIsARejection() {
        // PLOVER REJECT: "has refused to deploy peacekeepers in Iraq", "will not accept": the refusal is the event.
        assertEquals(Set.of("REJECT | Pakistan | Iraq | 2024-03-18 | Asserted"),
                Understood.eventsOf("Pakistan refused on Monday to send troops to Iraq."));
    }

    @Test
    void anAnnouncedCoerciveActIsAThreat() {
        // PLOVER THREATEN: "said they would boycott all official contact with the United States".
        assertEquals(Set.of("THREATEN | Mali | France | - | Planned"),
                Understood.eventsOf("Mali said it would expel French diplomats."));
    }

    @Test
    void aProtestIsAgainstWhomItsPurposeDemandsOf() {
        // PLOVER PROTEST codes whom a protest is against: "to demand the resignation of X" names X, not the town.
        assertEquals(Set.of("PROTEST | Kenya | William Ruto | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenyan students staged demonstrations in Nakuru on Monday to demand the resignation of President William Ruto."));
    }

    @Test
    void aGroupNamedByItsCountryActsForIt() {
        // "Opposition groups in Zimbabwe" name no one but the country they are in.
        assertEquals(Set.of("REQUEST | Zimbabwe | Emmerson Mnangagwa | 2024-03-19 | Asserted"),
                Understood.eventsOf("Opposition groups in Zimbabwe are demanding that President Emmerson Mnangagwa resign."));
    }

    @Test
    void aMissileFiredAtNoOneIsAWeaponsTest() {
        // PLOVER MOBILIZE: a ballistic missile fired into the sea is a show of force, not an assault.
        assertEquals(Set.of("MOBILIZE | North Korea | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("North Korea fired a ballistic missile toward the sea on Monday."));
    }
}
