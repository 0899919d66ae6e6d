package org.dateline.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.evaluate.corpus.ReportLayout.Range;
import org.dateline.link.EntityType;
import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerEntry;
import org.dateline.link.Link;
import org.dateline.link.ReportLinks;
import org.dateline.understand.Entity;
import org.dateline.understand.Mention;
import org.dateline.understand.Quotation;
import org.dateline.understand.QuoteKind;
import org.dateline.understand.TimeExpression;
import org.dateline.understand.Understanding;
import org.junit.jupiter.api.Test;

/** How one body's findings are judged against its gold, layer by layer. */
class ScorerTest {

    private static final String BODY = "American automobile manufacturer Chrysler LLC has said that it wants to close "
            + "789 dealers by June 3. \"This is a difficult day,\" said Jim Press, its vice chairman. Press met Obama.";

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final TitleMatcher titles = new TitleMatcher(Gazetteer.of(List.of(new GazetteerEntry("Q181114",
            EntityType.ORGANIZATION, "Chrysler", List.of("Chrysler LLC"), List.of(), null, 0, List.of()))));

    private static Range at(String text) {
        int i = BODY.indexOf(text);
        return new Range(i, i + text.length());
    }

    private static Mention mention(String text, String entity, boolean named) {
        int i = BODY.indexOf(text);
        return new Mention(i, i + text.length(), text, entity, named);
    }

    private GoldDocument gold(List<GoldDocument.Mention> mentions, List<GoldDocument.Time> times,
            List<GoldDocument.Speech> speeches) {
        Range all = new Range(0, BODY.length());
        return new GoldDocument("doc", BODY, List.of(all), List.of(all), mentions, times, List.of(), List.of(), speeches,
                EnumSet.of(GoldDocument.Layer.NAMES, GoldDocument.Layer.LINKS, GoldDocument.Layer.DATES, GoldDocument.Layer.SPEAKERS));
    }

    private void score(GoldDocument gold, Understanding understanding, ReportLinks links) {
        new Scorer(tallies, titles).score(gold, new Prediction(BODY, understanding, links));
    }

    @Test
    void aNameHoldingAnotherIsJudgedByTheInnerOneAndExtrasAndTypesAreCounted() {
        GoldDocument gold = gold(List.of(
                new GoldDocument.Mention(at("American automobile manufacturer Chrysler LLC"), GoldDocument.Type.ORG, "c", true, "Chrysler"),
                new GoldDocument.Mention(at("Chrysler LLC"), GoldDocument.Type.ORG, "c", true, "Chrysler"),
                new GoldDocument.Mention(at("American"), GoldDocument.Type.LOC, "us", true, "United States"),
                new GoldDocument.Mention(at("Jim Press"), GoldDocument.Type.PER, "p", true, null),
                new GoldDocument.Mention(at("it"), GoldDocument.Type.ORG, "c", false, null)), List.of(), List.of());
        Understanding understanding = new Understanding(
                List.of(new Entity("ORGANIZATION:Chrysler LLC", org.dateline.understand.EntityType.ORGANIZATION, "Chrysler LLC", List.of()),
                        new Entity("COUNTRY:United States", org.dateline.understand.EntityType.COUNTRY, "United States", List.of()),
                        new Entity("ORGANIZATION:Jim Press", org.dateline.understand.EntityType.ORGANIZATION, "Jim Press", List.of()),
                        new Entity("PERSON:Obama", org.dateline.understand.EntityType.PERSON, "Obama", List.of())),
                List.of(mention("American", "COUNTRY:United States", true), mention("Chrysler LLC", "ORGANIZATION:Chrysler LLC", true),
                        mention("Jim Press", "ORGANIZATION:Jim Press", true), mention("Obama", "PERSON:Obama", true),
                        mention("it", "ORGANIZATION:Chrysler LLC", false)),
                List.of(), List.of(), List.of());
        Link chrysler = new Link("Q181114", "Chrysler", EntityType.ORGANIZATION, BigDecimal.ONE, "gazetteer");
        score(gold, understanding, new ReportLinks(null, null, null, Map.of("ORGANIZATION:Chrysler LLC", chrysler), Map.of()));

        Tally names = tallies.get(Scorer.NAMES);
        assertEquals(3, names.correct(), names.errors().toString());
        assertEquals(3, names.gold(), "the outer Chrysler name is not missed: " + names.errors());
        assertEquals(List.of("extra  doc  'Obama' PER"), names.errors(), "Obama is not in the gold; 'it' is no name");
        Tally typed = tallies.get(Scorer.TYPED_NAMES);
        assertEquals(2, typed.correct());
        assertTrue(typed.errors().contains("wrong  doc  'Jim Press' PER, ours ORG 'Jim Press'"), typed.errors().toString());
        Tally links = tallies.get(Scorer.LINKS);
        assertEquals(1, links.correct(), links.errors().toString());
        assertEquals(List.of("not in the gazetteer: United States"), links.notes());
    }

    @Test
    void datesAreRightByValueAndSpeakersByMentionOrName() {
        GoldDocument gold = gold(List.of(new GoldDocument.Mention(at("Jim Press"), GoldDocument.Type.PER, "p", true, null)),
                List.of(new GoldDocument.Time(at("June 3"), "2009-06-03"), new GoldDocument.Time(at("by June"), "2009-06")),
                List.of(new GoldDocument.Speech(at("\"This is a difficult day,\" said Jim Press, its vice chairman."),
                        at("said Jim"), at("Jim Press, its vice chairman"), List.of(at("Press met")), "Jim Press", null,
                        GoldDocument.SpeakerKind.NAMED),
                        new GoldDocument.Speech(at("American automobile manufacturer Chrysler LLC has said that it wants to close "
                                + "789 dealers by June 3."), at("said that"), at("Chrysler LLC"), List.of(), "Chrysler",
                                null, GoldDocument.SpeakerKind.NAMED)));
        int q = BODY.indexOf("This is");
        Understanding understanding = new Understanding(
                List.of(new Entity("PERSON:Press", org.dateline.understand.EntityType.PERSON, "Press", List.of())),
                List.of(mention("Press met", "PERSON:Press", true)),
                List.of(), List.of(new Quotation(q, q + 23, "This is a difficult day", "PERSON:Press", QuoteKind.DIRECT)),
                List.of(new TimeExpression(BODY.indexOf("June 3"), BODY.indexOf("June 3") + 6, "June 3", "2009-06-03"),
                        new TimeExpression(0, 8, "American", "2009")));
        score(gold, understanding, ReportLinks.NONE);

        Tally dates = tallies.get(Scorer.DATES);
        assertEquals(1, dates.correct());
        assertEquals(List.of("wrong  doc  'by June' = 2009-06, ours 2009-06-03", "extra  doc  'American' = 2009"),
                dates.errors());
        Tally speakers = tallies.get(Scorer.SPEAKERS);
        assertEquals(1, speakers.correct(), "'Press met' is a mention of the gold speaker: " + speakers.errors());
        assertEquals(1, speakers.errors().size());
        assertTrue(speakers.errors().get(0).startsWith("miss   doc  'said that' by 'Chrysler LLC' (Chrysler)"), speakers.errors().get(0));
    }

    @Test
    void namesAreTheSameByTheirLastWords() {
        assertTrue(Names.same(List.of("Angers"), "Sandy Angers"));
        assertTrue(Names.same(List.of("Michael O'Leary"), "Michael O'Leary (CEO of Ryanair)"));
        assertTrue(Names.same(List.of("Lula"), "Lula"));
        assertTrue(!Names.same(List.of("Sandy"), "Sandy Angers"));
        assertTrue(!Names.same(List.of(), "Sandy Angers"));
    }
}
