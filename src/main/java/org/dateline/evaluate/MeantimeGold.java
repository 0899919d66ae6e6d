package org.dateline.evaluate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.dateline.evaluate.corpus.MeantimeAnnotations;
import org.dateline.evaluate.corpus.MeantimeAnnotations.EntityInstance;
import org.dateline.evaluate.corpus.MeantimeAnnotations.EntityMention;
import org.dateline.evaluate.corpus.MeantimeDocument;
import org.dateline.evaluate.corpus.ReportLayout;
import org.dateline.evaluate.corpus.ReportLayout.Range;

/**
 * The gold of a MEANTIME document, in its report text: the body sentences up to the last fully
 * annotated one ({@link MeantimeAnnotations#lastAnnotatedSentence()}) are scored, the title and the
 * date line are not (the reader takes them as metadata).
 * <ul>
 * <li>Named mentions: NAM and PRE.NAM mentions ("Chrysler LLC"; "U.S." in "U.S. automaker") of PER,
 * ORG and LOC entities, with the entity's DBpedia resource as its title.</li>
 * <li>Dates: DATE TIMEX3s, the creation time left out (only calendar values are counted).</li>
 * <li>Speech events: an event mention whose verb reports words (speech-verbs.txt), that introduces
 * another event (SLINK: what was said) and has an Arg0 participant, the speaker.</li>
 * </ul>
 */
final class MeantimeGold {

    static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "they", "them", "their", "it",
            "its", "we", "us", "our", "i", "me", "my", "you", "who");

    private MeantimeGold() {
    }

    static GoldDocument of(MeantimeDocument doc) {
        MeantimeAnnotations a = doc.annotations();
        ReportLayout layout = doc.layout();
        int last = a.lastAnnotatedSentence();
        List<Range> scored = new ArrayList<>();
        for (int s = 2; s <= last && s < doc.sentences().size(); s++) {
            scored.add(sentenceRange(doc, layout, s));
        }
        List<GoldDocument.Mention> mentions = new ArrayList<>();
        for (EntityMention m : a.entityMentions()) {
            Range range = layout.span(m.tokens());
            if (range == null) {
                continue;
            }
            Optional<EntityInstance> entity = a.entityOf(m.id());
            boolean named = m.syntacticType() != null && Set.of("NAM", "PRE.NAM").contains(m.syntacticType());
            mentions.add(new GoldDocument.Mention(range, entity.map(e -> type(e.type())).orElse(GoldDocument.Type.OTHER),
                    entity.map(EntityInstance::id).orElse(null), named,
                    entity.map(EntityInstance::externalRef).map(Titles::ofResource).orElse(null)));
        }
        List<GoldDocument.Time> times = new ArrayList<>();
        for (MeantimeAnnotations.Timex t : a.timexes()) {
            Range range = layout.span(t.tokens());
            if (range != null && "DATE".equals(t.type()) && !"CREATION_TIME".equals(t.function())) {
                times.add(new GoldDocument.Time(range, t.value()));
            }
        }
        return new GoldDocument(doc.id(), layout.text(), layout.paragraphs(), scored, mentions, times, List.of(),
                List.of(), speeches(doc, layout, a), EnumSet.of(GoldDocument.Layer.NAMES, GoldDocument.Layer.LINKS,
                GoldDocument.Layer.DATES, GoldDocument.Layer.SPEAKERS));
    }

    private static List<GoldDocument.Speech> speeches(MeantimeDocument doc, ReportLayout layout, MeantimeAnnotations a) {
        Set<String> verbs = Resources.words("speech-verbs.txt");
        List<GoldDocument.Speech> speeches = new ArrayList<>();
        for (MeantimeAnnotations.Participant p : a.participants()) {
            if (!p.role().equals("Arg0") || !a.introducing().contains(p.event())) {
                continue;
            }
            var event = a.eventMentions().stream().filter(e -> e.id().equals(p.event())).findFirst();
            Optional<EntityMention> speaker = a.entityMention(p.entity());
            if (event.isEmpty() || speaker.isEmpty() || event.get().tokens().size() != 1) {
                continue;
            }
            Range trigger = layout.span(event.get().tokens());
            Range speakerRange = layout.span(speaker.get().tokens());
            if (trigger == null || speakerRange == null
                    || !verbs.contains(layout.text(trigger).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int sentence = doc.sentenceOf(event.get().tokens().get(0));
            if (sentence < 2 || sentence > a.lastAnnotatedSentence()) {
                continue;
            }
            Optional<EntityInstance> entity = a.entityOf(speaker.get().id());
            List<Range> also = entity.map(e -> a.mentionsOf(e.id()).stream().map(m -> layout.span(m.tokens()))
                    .filter(r -> r != null).toList()).orElse(List.of());
            speeches.add(new GoldDocument.Speech(sentenceRange(doc, layout, sentence), trigger, speakerRange, also,
                    entity.map(EntityInstance::name).orElse(layout.text(speakerRange)),
                    entity.map(EntityInstance::externalRef).map(Titles::ofResource).orElse(null),
                    kind(a, speaker.get(), layout.text(speakerRange))));
        }
        return speeches;
    }

    /** Named when the mention is a name or holds one of the same entity; a pronoun; otherwise described. */
    private static GoldDocument.SpeakerKind kind(MeantimeAnnotations a, EntityMention speaker, String text) {
        String type = speaker.syntacticType() == null ? "" : speaker.syntacticType();
        if (type.equals("PRO") || PRONOUNS.contains(text.toLowerCase(Locale.ROOT))) {
            return GoldDocument.SpeakerKind.PRONOUN;
        }
        if (type.equals("NAM") || type.equals("APP")) {
            return GoldDocument.SpeakerKind.NAMED;
        }
        String entity = a.refersTo().get(speaker.id());
        boolean holdsName = entity != null && a.mentionsOf(entity).stream()
                .anyMatch(m -> "NAM".equals(m.syntacticType()) && speaker.tokens().containsAll(m.tokens()));
        return holdsName ? GoldDocument.SpeakerKind.NAMED : GoldDocument.SpeakerKind.DESCRIBED;
    }

    private static Range sentenceRange(MeantimeDocument doc, ReportLayout layout, int sentence) {
        return layout.span(doc.sentences().get(sentence).stream().map(MeantimeDocument.Token::id).toList());
    }

    private static GoldDocument.Type type(String type) {
        return switch (type) {
            case "PER" -> GoldDocument.Type.PER;
            case "ORG" -> GoldDocument.Type.ORG;
            case "LOC" -> GoldDocument.Type.LOC;
            default -> GoldDocument.Type.OTHER;
        };
    }
}
