package org.dateline.evaluate;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.dateline.evaluate.corpus.ReportLayout.Range;

/**
 * What other people annotated in one document, as ranges of a text: the report text the corpus
 * document was rendered as, or the body the reader kept for a user's own file.
 *
 * @param id           the document's id
 * @param text         the text the ranges index
 * @param paragraphs   its paragraphs: each is found in the body the reader keeps, and the ranges inside
 *                     it follow it there
 * @param scored       the ranges where the annotation is complete: only what we find there is judged
 * @param mentions     entity mentions, named and not
 * @param times        dates with their normalised values
 * @param quotations   quotations (their words), with their speakers when the gold gives them
 * @param quotedWords  short quoted words that are not quotations (GUM's {@code <q>}): finding them as
 *                     quotations is neither right nor wrong
 * @param speeches     speech events with their speaker
 * @param layers       what the gold annotates in full, so that what we find where it marks nothing is wrong
 */
public record GoldDocument(String id, String text, List<Range> paragraphs, List<Range> scored,
        List<Mention> mentions, List<Time> times, List<Quotation> quotations, List<Range> quotedWords,
        List<Speech> speeches, Set<Layer> layers) {

    public GoldDocument {
        paragraphs = List.copyOf(paragraphs);
        scored = List.copyOf(scored);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        quotations = List.copyOf(quotations);
        quotedWords = List.copyOf(quotedWords);
        speeches = List.copyOf(speeches);
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
    }

    /** The kinds of annotation a gold may hold. */
    public enum Layer {
        NAMES, LINKS, DATES, QUOTATIONS, SPEAKERS
    }

    public boolean annotates(Layer layer) {
        return layers.contains(layer);
    }

    /** The entity types compared: people, organisations and locations (countries and other places). */
    public enum Type {
        PER, ORG, LOC, OTHER
    }

    /**
     * An entity mention.
     *
     * @param range  where it is
     * @param type   the entity's type
     * @param entity the gold entity it refers to (mentions of one entity share it); null when unknown
     * @param named  whether it is a name (not a description or a pronoun)
     * @param title  the Wikipedia or DBpedia title of the entity ("Indonesian Navy"); null when none
     */
    public record Mention(Range range, Type type, String entity, boolean named, String title) {
    }

    /** A date and its value: yyyy, yyyy-MM or yyyy-MM-dd. */
    public record Time(Range range, String value) {
    }

    /**
     * A quotation.
     *
     * @param range   the quoted words
     * @param speaker who said them, by name; "" when the gold says no one in particular did, null when
     *                the gold does not say
     */
    public record Quotation(Range range, String speaker) {
    }

    /** How a speech event names its speaker. */
    public enum SpeakerKind {
        NAMED, PRONOUN, DESCRIBED
    }

    /**
     * A speech event ("said", "told", "announced" ...) and who spoke.
     *
     * @param sentence     the sentence it is in
     * @param trigger      the verb
     * @param speaker      the speaker as the sentence gives it ("Jim Press, the Vice Chairman of Chrysler", "he")
     * @param speakerAlso  the other mentions of the same speaker in the document
     * @param speakerName  the gold entity's name ("Jim Press")
     * @param speakerTitle its DBpedia title; null when none
     * @param kind         how the sentence names the speaker
     */
    public record Speech(Range sentence, Range trigger, Range speaker, List<Range> speakerAlso, String speakerName,
            String speakerTitle, SpeakerKind kind) {
        public Speech {
            speakerAlso = List.copyOf(speakerAlso);
        }
    }
}
