package org.dateline.evaluate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.dateline.evaluate.corpus.GumAnnotations;
import org.dateline.evaluate.corpus.GumDocument;
import org.dateline.evaluate.corpus.ReportLayout;
import org.dateline.evaluate.corpus.ReportLayout.Range;

/**
 * The gold of a GUM news document, in its report text; the whole body is scored. Entity spans of
 * people, places and organisations with their Wikipedia titles (named when their outer words are
 * proper nouns), {@code <date when>} dates with a calendar value, {@code <quote>} quotations (no
 * speakers: GUM gives none) and {@code <q>} quoted words.
 */
final class GumGold {


    private GumGold() {
    }

    static GoldDocument of(GumDocument doc) {
        ReportLayout layout = doc.layout();
        GumAnnotations a = doc.annotations();
        List<GoldDocument.Mention> mentions = new ArrayList<>();
        for (GumAnnotations.Entity e : a.entities()) {
            Range range = layout.span(e.tokens());
            if (range != null) {
                mentions.add(new GoldDocument.Mention(range, type(e.type()), "gum:" + e.id(), e.named(), e.identity()));
            }
        }
        List<GoldDocument.Time> times = new ArrayList<>();
        for (GumAnnotations.Date d : a.dates()) {
            Range range = layout.span(d.tokens());
            if (range != null) {
                times.add(new GoldDocument.Time(range, d.when()));
            }
        }
        List<GoldDocument.Quotation> quotations = a.quotes().stream().map(layout::span).filter(r -> r != null)
                .map(r -> new GoldDocument.Quotation(r, null)).toList();
        List<Range> quoted = a.inlineQuotes().stream().map(layout::span).filter(r -> r != null).toList();
        return new GoldDocument(doc.id(), layout.text(), layout.paragraphs(), layout.paragraphs(), mentions, times,
                quotations, quoted, List.of(), EnumSet.of(GoldDocument.Layer.NAMES, GoldDocument.Layer.LINKS,
                GoldDocument.Layer.DATES, GoldDocument.Layer.QUOTATIONS));
    }

    private static GoldDocument.Type type(String type) {
        return switch (type) {
            case "person" -> GoldDocument.Type.PER;
            case "organization" -> GoldDocument.Type.ORG;
            case "place" -> GoldDocument.Type.LOC;
            default -> GoldDocument.Type.OTHER;
        };
    }
}
