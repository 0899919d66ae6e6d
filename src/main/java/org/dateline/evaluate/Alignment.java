package org.dateline.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.dateline.evaluate.corpus.ReportLayout.Range;

/**
 * Where the paragraphs of a gold text are in the body the reader kept: each is looked for, in order,
 * as it is written, so a range inside a paragraph has a place in the body. A paragraph whose opening the
 * reader took off (the dateline, an opening credit) is placed by the rest of it, and only what the gold
 * marks in the opening is lost. A paragraph the reader dropped or changed otherwise (a caption) has no
 * place, and neither has what the gold marks inside it: that is reported as lost, not scored as a miss
 * of the understand stage.
 */
final class Alignment {

    private record Placed(Range gold, int bodyStart) {
    }

    /** How far into a paragraph the reader may have cut an opening (a dateline, a credit) off. */
    private static final int MAX_OPENING_CUT = 120;
    /** A paragraph's rest must be at least this long to be placed by it. */
    private static final int MIN_REST = 40;

    private final List<Placed> placed = new ArrayList<>();
    private final int paragraphs;

    private Alignment(int paragraphs) {
        this.paragraphs = paragraphs;
    }

    static Alignment of(GoldDocument gold, String body) {
        Alignment alignment = new Alignment(gold.paragraphs().size());
        int cursor = 0;
        for (Range paragraph : gold.paragraphs()) {
            String text = gold.text().substring(paragraph.begin(), paragraph.end());
            int at = body.indexOf(text, cursor);
            if (at >= 0) {
                alignment.placed.add(new Placed(paragraph, at));
                cursor = at + text.length();
                continue;
            }
            // "Taipei, Taiwan — The Taipei City Lantern Festival …": the reader took the dateline
            // (or an opening credit) off the paragraph; the rest is still the body's.
            for (int cut = 1; cut < Math.min(MAX_OPENING_CUT, text.length() - MIN_REST); cut++) {
                if (!Character.isWhitespace(text.charAt(cut - 1)) || Character.isWhitespace(text.charAt(cut))) {
                    continue;
                }
                String rest = text.substring(cut);
                at = body.indexOf(rest, cursor);
                if (at >= 0) {
                    alignment.placed.add(new Placed(new Range(paragraph.begin() + cut, paragraph.end()), at));
                    cursor = at + rest.length();
                    break;
                }
            }
        }
        return alignment;
    }

    /** How many gold paragraphs were not found in the body. */
    int lostParagraphs() {
        return paragraphs - placed.size();
    }

    /** The range in the body; null when either end lies in a paragraph that is not there. */
    Range map(Range range) {
        int begin = -1;
        int end = -1;
        for (Placed p : placed) {
            if (begin < 0 && range.begin() >= p.gold.begin() && range.begin() < p.gold.end()) {
                begin = p.bodyStart + range.begin() - p.gold.begin();
            }
            if (range.end() > p.gold.begin() && range.end() <= p.gold.end()) {
                end = p.bodyStart + range.end() - p.gold.begin();
            }
        }
        return begin < 0 || end < begin ? null : new Range(begin, end);
    }

    /** The parts of a gold range that are in the body, as body ranges (a paragraph less its dateline, say). */
    private List<Range> placedParts(Range range) {
        List<Range> parts = new ArrayList<>();
        for (Placed p : placed) {
            int begin = Math.max(range.begin(), p.gold.begin());
            int end = Math.min(range.end(), p.gold.end());
            if (begin < end) {
                parts.add(new Range(p.bodyStart + begin - p.gold.begin(), p.bodyStart + end - p.gold.begin()));
            }
        }
        return parts;
    }

    /**
     * The gold in body ranges. What cannot be placed is left out and counted in {@code lost}, with a
     * line that says what it was.
     */
    GoldDocument apply(GoldDocument gold, String body, List<String> lost) {
        List<GoldDocument.Mention> mentions = mapAll(gold.mentions(), GoldDocument.Mention::range,
                (m, r) -> new GoldDocument.Mention(r, m.type(), m.entity(), m.named(), m.title()), gold, lost, "mention");
        List<GoldDocument.Time> times = mapAll(gold.times(), GoldDocument.Time::range,
                (t, r) -> new GoldDocument.Time(r, t.value()), gold, lost, "date");
        List<GoldDocument.Quotation> quotations = mapAll(gold.quotations(), GoldDocument.Quotation::range,
                (q, r) -> new GoldDocument.Quotation(r, q.speaker()), gold, lost, "quotation");
        List<Range> quoted = mapAll(gold.quotedWords(), Function.identity(), (q, r) -> r, gold, new ArrayList<>(), "");
        List<GoldDocument.Speech> speeches = new ArrayList<>();
        for (GoldDocument.Speech s : gold.speeches()) {
            Range sentence = map(s.sentence());
            Range trigger = map(s.trigger());
            Range speaker = map(s.speaker());
            if (sentence == null || trigger == null || speaker == null) {
                lost.add("speech event '" + gold.text().substring(s.trigger().begin(), s.trigger().end()) + "' of "
                        + s.speakerName());
                continue;
            }
            speeches.add(new GoldDocument.Speech(sentence, trigger, speaker,
                    s.speakerAlso().stream().map(this::map).filter(r -> r != null).toList(), s.speakerName(),
                    s.speakerTitle(), s.kind()));
        }
        List<Range> scored = gold.scored().stream().flatMap(r -> placedParts(r).stream()).toList();
        return new GoldDocument(gold.id(), body, List.of(new Range(0, body.length())), scored, mentions, times,
                quotations, quoted, speeches, gold.layers());
    }

    private <T> List<T> mapAll(List<T> items, Function<T, Range> range, java.util.function.BiFunction<T, Range, T> with,
            GoldDocument gold, List<String> lost, String what) {
        List<T> mapped = new ArrayList<>();
        for (T item : items) {
            Range r = map(range.apply(item));
            if (r == null) {
                Range original = range.apply(item);
                lost.add(what + " '" + gold.text().substring(original.begin(), original.end()) + "'");
            } else {
                mapped.add(with.apply(item, r));
            }
        }
        return mapped;
    }
}
