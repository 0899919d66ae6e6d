package org.dateline.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.dateline.evaluate.corpus.ReportLayout.Range;
import org.dateline.link.Link;
import org.dateline.understand.QuoteKind;

/**
 * Compares what the pipeline found in one body with the gold, layer by layer, adding to the run's
 * tallies. Only what lies in the gold's scored ranges is judged.
 */
final class Scorer {

    static final String NAMES = "named mentions (span)";
    static final String TYPED_NAMES = "named mentions (span + type)";
    static final String LINKS = "links";
    static final String DATES = "dates (value)";
    static final String QUOTATIONS = "quotations (span)";
    static final String SPEAKERS = "speakers (named or pronoun)";
    static final String DESCRIBED_SPEAKERS = "speakers (described: \"the firm\")";
    static final List<String> LAYERS = List.of(NAMES, TYPED_NAMES, LINKS, DATES, QUOTATIONS, SPEAKERS,
            DESCRIBED_SPEAKERS);

    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final Map<String, Tally> tallies;
    private final TitleMatcher titles;

    Scorer(Map<String, Tally> tallies, TitleMatcher titles) {
        this.tallies = tallies;
        this.titles = titles;
    }

    void score(GoldDocument gold, Prediction found) {
        Map<GoldDocument.Mention, Prediction.Mention> matched = gold.annotates(GoldDocument.Layer.NAMES)
                ? names(gold, found) : Map.of();
        if (gold.annotates(GoldDocument.Layer.LINKS)) {
            links(gold, found, matched);
        }
        if (gold.annotates(GoldDocument.Layer.DATES)) {
            dates(gold, found);
        }
        if (gold.annotates(GoldDocument.Layer.QUOTATIONS)) {
            quotations(gold, found);
        }
        if (gold.annotates(GoldDocument.Layer.SPEAKERS)) {
            speeches(gold, found);
        }
    }

    private Tally tally(String layer) {
        return tallies.computeIfAbsent(layer, Tally::new);
    }

    private static boolean scored(GoldDocument gold, Range range) {
        return gold.scored().stream().anyMatch(s -> s.contains(range));
    }

    private static boolean touchesScored(GoldDocument gold, Range range) {
        return gold.scored().stream().anyMatch(s -> s.overlaps(range));
    }

    private static String quote(GoldDocument gold, Range range) {
        String text = gold.text().substring(range.begin(), range.end()).replaceAll("\\s+", " ");
        return "'" + (text.length() > 90 ? text.substring(0, 87) + "..." : text) + "'";
    }

    /** The named gold mentions judged: of people, organisations and places, in the scored text. */
    static List<GoldDocument.Mention> namedGold(GoldDocument gold) {
        return gold.mentions().stream()
                .filter(m -> m.named() && m.type() != GoldDocument.Type.OTHER && scored(gold, m.range())).distinct().toList();
    }

    /**
     * Each gold name is matched with at most one of ours that overlaps it, the closest pairs first (of
     * the same type, then sharing the most of their extent). The corpora nest names, a finder of names
     * does not: a gold name that holds another of its type ("American automobile manufacturer Chrysler
     * LLC" holds "Chrysler LLC"; "San Francisco, California" holds "California") is not missed when none
     * of ours is left for it, the inner one stands for it; and a gold name inside one that was found
     * ("Texas" in "University of Texas Arlington") is not missed either.
     */
    private Map<GoldDocument.Mention, Prediction.Mention> names(GoldDocument gold, Prediction found) {
        Tally spans = tally(NAMES);
        Tally typed = tally(TYPED_NAMES);
        List<GoldDocument.Mention> golds = namedGold(gold);
        List<Prediction.Mention> ours = found.mentions.stream().filter(m -> m.named() && scored(gold, m.range())).toList();
        record Pair(GoldDocument.Mention gold, Prediction.Mention ours, double closeness) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (GoldDocument.Mention g : golds) {
            for (Prediction.Mention p : ours) {
                if (p.range().overlaps(g.range())) {
                    int union = Math.max(p.range().end(), g.range().end()) - Math.min(p.range().begin(), g.range().begin());
                    pairs.add(new Pair(g, p, (p.type() == g.type() ? 1 : 0) + (double) overlap(p.range(), g.range()) / union));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::closeness).reversed());
        Map<GoldDocument.Mention, Prediction.Mention> matched = new LinkedHashMap<>();
        Set<Prediction.Mention> used = new HashSet<>();
        for (Pair pair : pairs) {
            if (!matched.containsKey(pair.gold) && !used.contains(pair.ours)) {
                matched.put(pair.gold, pair.ours);
                used.add(pair.ours);
            }
        }
        for (GoldDocument.Mention g : golds) {
            Prediction.Mention p = matched.get(g);
            String where = gold.id() + "  " + quote(gold, g.range()) + " " + g.type();
            if (p == null) {
                boolean holdsAnother = golds.stream().anyMatch(o -> o != g && o.type() == g.type()
                        && g.range().contains(o.range()) && !o.range().equals(g.range()));
                boolean insideFound = matched.keySet().stream().anyMatch(o -> o != g
                        && o.range().contains(g.range()) && !o.range().equals(g.range()));
                if (!holdsAnother && !insideFound) {
                    spans.miss(where);
                    typed.miss(where);
                }
                continue;
            }
            spans.right();
            if (p.type() == g.type()) {
                typed.right();
            } else {
                typed.mistake(where + ", ours " + p.type() + " " + quote(gold, p.range()));
            }
        }
        for (Prediction.Mention p : ours) {
            if (!used.contains(p)) {
                String line = gold.id() + "  " + quote(gold, p.range()) + " " + p.type();
                spans.extra(line);
                typed.extra(line);
            }
        }
        return matched;
    }

    private static int overlap(Range a, Range b) {
        return Math.min(a.end(), b.end()) - Math.max(a.begin(), b.begin());
    }

    private void links(GoldDocument gold, Prediction found, Map<GoldDocument.Mention, Prediction.Mention> matched) {
        Tally links = tally(LINKS);
        List<GoldDocument.Mention> linked = gold.mentions().stream()
                .filter(m -> m.named() && m.title() != null && scored(gold, m.range())).toList();
        for (GoldDocument.Mention g : linked) {
            if (g.type() != GoldDocument.Type.OTHER && !matched.containsKey(g) && holdsMatched(g, matched)) {
                continue; // "American automobile manufacturer Chrysler LLC": judged by "Chrysler LLC"
            }
            Prediction.Mention p = matched.containsKey(g) ? matched.get(g)
                    : found.mentions.stream().filter(m -> m.named() && m.range().overlaps(g.range()))
                            .max(Comparator.comparingInt(m -> overlap(m.range(), g.range()))).orElse(null);
            Link link = p == null ? null : found.link(p.entity());
            Set<String> items = titles.items(g.title());
            String where = gold.id() + "  " + quote(gold, g.range()) + " = " + g.title();
            if (items.isEmpty()) {
                links.note("not in the gazetteer: " + g.title()
                        + (link == null ? "" : " (ours: " + link.qid() + " " + link.label() + ")"));
                continue;
            }
            if (link != null && items.contains(link.qid())) {
                links.right();
            } else if (link != null) {
                links.mistake(where + " " + items + ", ours " + link.qid() + " " + link.label());
            } else {
                links.miss(where + " " + items + (p == null ? " (mention not found)" : " (not linked)"));
            }
        }
    }

    private static boolean holdsMatched(GoldDocument.Mention g, Map<GoldDocument.Mention, Prediction.Mention> matched) {
        return matched.keySet().stream().anyMatch(o -> o.type() == g.type() && g.range().contains(o.range()));
    }

    private void dates(GoldDocument gold, Prediction found) {
        Tally dates = tally(DATES);
        List<GoldDocument.Time> golds = gold.times().stream().filter(t -> scored(gold, t.range())).toList();
        List<Prediction.Time> ours = found.times.stream().filter(t -> scored(gold, t.range())).toList();
        for (GoldDocument.Time g : golds) {
            if (!CALENDAR.matcher(g.value()).matches()) {
                continue;
            }
            List<Prediction.Time> overlapping = ours.stream().filter(p -> p.range().overlaps(g.range())).toList();
            String where = gold.id() + "  " + quote(gold, g.range()) + " = " + g.value();
            if (overlapping.stream().anyMatch(p -> p.value().equals(g.value()))) {
                dates.right();
            } else if (!overlapping.isEmpty()) {
                dates.mistake(where + ", ours " + overlapping.get(0).value());
            } else {
                dates.miss(where);
            }
        }
        for (Prediction.Time p : ours) {
            if (golds.stream().noneMatch(g -> g.range().overlaps(p.range()))) {
                dates.extra(gold.id() + "  " + quote(gold, p.range()) + " = " + p.value());
            }
        }
    }

    private void quotations(GoldDocument gold, Prediction found) {
        Tally quotations = tally(QUOTATIONS);
        Tally speakers = tally(SPEAKERS);
        List<Prediction.Quotation> direct = found.quotations.stream()
                .filter(q -> q.kind() == QuoteKind.DIRECT && touchesScored(gold, q.range())).toList();
        for (GoldDocument.Quotation g : gold.quotations()) {
            Optional<Prediction.Quotation> ours = direct.stream().filter(q -> q.range().overlaps(g.range()))
                    .max(Comparator.comparingInt(q -> overlap(q.range(), g.range())));
            String where = gold.id() + "  " + quote(gold, g.range());
            if (ours.isEmpty()) {
                quotations.miss(where);
            } else {
                quotations.right();
            }
            if (g.speaker() == null) {
                continue;
            }
            String speaker = ours.map(Prediction.Quotation::speaker).orElse(null);
            String who = g.speaker().isEmpty() ? "no one in particular" : g.speaker();
            if (ours.isEmpty()) {
                speakers.miss(where + " by " + who + " (quotation not found)");
            } else if (g.speaker().isEmpty() ? speaker == null : speaker != null && Names.same(found.namesOf(speaker), g.speaker())) {
                speakers.right();
            } else if (speaker != null) {
                speakers.mistake(where + " by " + who + ", ours " + found.nameOf(speaker));
            } else {
                speakers.miss(where + " by " + who + ", ours none");
            }
        }
        for (Prediction.Quotation p : direct) {
            boolean known = gold.quotations().stream().anyMatch(g -> g.range().overlaps(p.range()))
                    || gold.quotedWords().stream().anyMatch(q -> q.overlaps(p.range()));
            if (!known) {
                quotations.extra(gold.id() + "  " + quote(gold, p.range()));
            }
        }
    }

    private void speeches(GoldDocument gold, Prediction found) {
        Map<GoldDocument.Speech, Boolean> seen = new HashMap<>();
        for (GoldDocument.Speech s : gold.speeches()) {
            if (seen.put(s, true) != null) {
                continue;
            }
            Tally tally = tally(s.kind() == GoldDocument.SpeakerKind.DESCRIBED ? DESCRIBED_SPEAKERS : SPEAKERS);
            List<String> speakers = found.quotations.stream().filter(q -> q.range().overlaps(s.sentence()))
                    .map(Prediction.Quotation::speaker).filter(k -> k != null).distinct().toList();
            String where = gold.id() + "  " + quote(gold, s.trigger()) + " by " + quote(gold, s.speaker()) + " ("
                    + s.speakerName() + ") in " + quote(gold, s.sentence());
            if (speakers.stream().anyMatch(k -> isSpeaker(found, k, s))) {
                tally.right();
            } else if (!speakers.isEmpty()) {
                tally.mistake(where + ", ours " + speakers.stream().map(found::nameOf).toList());
            } else {
                boolean quoted = found.quotations.stream().anyMatch(q -> q.range().overlaps(s.sentence()));
                tally.miss(where + (quoted ? ", ours a quotation without speaker" : ", ours no quotation"));
            }
        }
    }

    /** Our speaker is the gold one when it is mentioned where the gold speaker is, or has its name. */
    private static boolean isSpeaker(Prediction found, String entity, GoldDocument.Speech s) {
        List<Range> ours = found.mentionsOf(entity);
        List<Range> theirs = new ArrayList<>(s.speakerAlso());
        theirs.add(s.speaker());
        if (ours.stream().anyMatch(o -> theirs.stream().anyMatch(t -> t.overlaps(o)))) {
            return true;
        }
        List<String> names = found.namesOf(entity);
        return Names.same(names, s.speakerName()) || s.speakerTitle() != null && Names.same(names, s.speakerTitle());
    }
}
