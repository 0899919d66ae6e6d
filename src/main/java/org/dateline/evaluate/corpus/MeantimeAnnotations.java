package org.dateline.evaluate.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The annotations of a MEANTIME document (CAT XML): under {@code <Markables>}, mentions anchored to
 * tokens ({@code ENTITY_MENTION}, {@code EVENT_MENTION}, {@code TIMEX3}) and the instances they refer
 * to ({@code ENTITY} with its type and DBpedia resource, {@code EVENT} with its class); under
 * {@code <Relations>}, {@code REFERS_TO} (mention to instance), {@code HAS_PARTICIPANT} (event mention
 * to entity mention, with its PropBank role) and {@code SLINK} (an event that introduces another, as
 * "said" introduces what was said).
 *
 * <p>MEANTIME annotates the title and the first sentences of each article in full (to sentence 5,
 * or 6 in one file); the mentions added later, across documents, carry no attributes and are not
 * complete. {@link #lastAnnotatedSentence()} is where the full annotation ends: figures are only
 * meaningful up to there.
 *
 * @param entityMentions        every entity mention
 * @param entities              the entity instances by their markable id
 * @param eventMentions         every event mention
 * @param events                the event instances by their markable id
 * @param refersTo              the instance each mention refers to (mention id to instance id)
 * @param participants          the participants of event mentions
 * @param introducing           the event mentions that are the source of an SLINK
 * @param timexes               the time expressions
 * @param lastAnnotatedSentence the last sentence that holds a fully annotated markable
 */
public record MeantimeAnnotations(List<EntityMention> entityMentions, Map<String, EntityInstance> entities,
        List<EventMention> eventMentions, Map<String, EventInstance> events, Map<String, String> refersTo,
        List<Participant> participants, Set<String> introducing, List<Timex> timexes, int lastAnnotatedSentence) {

    /**
     * A mention of an entity.
     *
     * @param syntacticType NAM (a name), PRE.NAM (a name that modifies a noun, "U.S. automaker"), NOM, PRO,
     *                      APP (an apposition), CONJ, ...; empty when the annotators gave none; null
     *                      for the mentions added across documents, which carry no attributes
     */
    public record EntityMention(String id, List<Integer> tokens, String syntacticType) {
        public EntityMention {
            tokens = List.copyOf(tokens);
        }
    }

    /**
     * An entity instance.
     *
     * @param type        PER, ORG, LOC, PRO (product), FIN (financial), MIX
     * @param name        the annotators' name for it (TAG_DESCRIPTOR)
     * @param externalRef its DBpedia resource; null when none
     */
    public record EntityInstance(String id, String type, String name, String externalRef) {
    }

    public record EventMention(String id, List<Integer> tokens) {
        public EventMention {
            tokens = List.copyOf(tokens);
        }
    }

    /** An event instance: its class (SPEECH_COGNITIVE, GRAMMATICAL, OTHER, MIX) and the annotators' name. */
    public record EventInstance(String id, String eventClass, String name) {
    }

    /** A participant of an event mention: the entity mention and its PropBank role (Arg0, Arg1, Argm-LOC ...). */
    public record Participant(String event, String entity, String role) {
    }

    /**
     * A TIMEX3.
     *
     * @param type     DATE, TIME, DURATION, SET
     * @param value    its normalised value ("2009-05-14", "2009-06", "P1Y", "PRESENT_REF")
     * @param function CREATION_TIME for the document's own date, NONE otherwise
     */
    public record Timex(String id, List<Integer> tokens, String type, String value, String function) {
        public Timex {
            tokens = List.copyOf(tokens);
        }
    }

    public MeantimeAnnotations {
        entityMentions = List.copyOf(entityMentions);
        entities = Map.copyOf(entities);
        eventMentions = List.copyOf(eventMentions);
        events = Map.copyOf(events);
        refersTo = Map.copyOf(refersTo);
        participants = List.copyOf(participants);
        introducing = Set.copyOf(introducing);
        timexes = List.copyOf(timexes);
    }

    /** The instance an entity mention refers to. */
    public Optional<EntityInstance> entityOf(String mentionId) {
        return Optional.ofNullable(refersTo.get(mentionId)).map(entities::get);
    }

    /** The instance an event mention refers to. */
    public Optional<EventInstance> eventOf(String mentionId) {
        return Optional.ofNullable(refersTo.get(mentionId)).map(events::get);
    }

    /** Every mention of an entity instance. */
    public List<EntityMention> mentionsOf(String instanceId) {
        return entityMentions.stream().filter(m -> instanceId.equals(refersTo.get(m.id()))).toList();
    }

    public Optional<EntityMention> entityMention(String id) {
        return entityMentions.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    static MeantimeAnnotations read(Document xml, Map<Integer, Integer> sentenceOfToken) {
        List<EntityMention> entityMentions = new ArrayList<>();
        Map<String, EntityInstance> entities = new HashMap<>();
        List<EventMention> eventMentions = new ArrayList<>();
        Map<String, EventInstance> events = new HashMap<>();
        List<Timex> timexes = new ArrayList<>();
        int lastAnnotated = 0;
        for (Element markable : children(xml, "Markables")) {
            String id = markable.getAttribute("m_id");
            List<Integer> tokens = MeantimeDocument.anchors(markable);
            if (markable.hasAttribute("comment")) {
                for (int token : tokens) {
                    lastAnnotated = Math.max(lastAnnotated, sentenceOfToken.getOrDefault(token, 0));
                }
            }
            switch (markable.getTagName()) {
                case "ENTITY_MENTION" -> entityMentions.add(new EntityMention(id, tokens,
                        markable.hasAttribute("syntactic_type") ? markable.getAttribute("syntactic_type") : null));
                case "ENTITY" -> entities.put(id, new EntityInstance(id, markable.getAttribute("ent_type"),
                        markable.getAttribute("TAG_DESCRIPTOR").strip(), emptyToNull(markable.getAttribute("external_ref"))));
                case "EVENT_MENTION" -> eventMentions.add(new EventMention(id, tokens));
                case "EVENT" -> events.put(id, new EventInstance(id, markable.getAttribute("class"),
                        markable.getAttribute("TAG_DESCRIPTOR").strip()));
                case "TIMEX3" -> timexes.add(new Timex(id, tokens, markable.getAttribute("type"),
                        markable.getAttribute("value"), markable.getAttribute("functionInDocument")));
                default -> {
                }
            }
        }
        Map<String, String> refersTo = new HashMap<>();
        List<Participant> participants = new ArrayList<>();
        Set<String> introducing = new HashSet<>();
        for (Element relation : children(xml, "Relations")) {
            List<String> sources = ids(relation, "source");
            List<String> targets = ids(relation, "target");
            if (targets.isEmpty()) {
                continue;
            }
            switch (relation.getTagName()) {
                case "REFERS_TO" -> sources.forEach(source -> refersTo.put(source, targets.get(0)));
                case "HAS_PARTICIPANT" -> sources.forEach(source -> participants.add(
                        new Participant(source, targets.get(0), relation.getAttribute("sem_role"))));
                case "SLINK" -> introducing.addAll(sources);
                default -> {
                }
            }
        }
        return new MeantimeAnnotations(entityMentions, entities, eventMentions, events, refersTo, participants,
                introducing, timexes, lastAnnotated);
    }

    private static List<Element> children(Document xml, String parent) {
        List<Element> found = new ArrayList<>();
        NodeList parents = xml.getElementsByTagName(parent);
        for (int i = 0; i < parents.getLength(); i++) {
            for (Node child = parents.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    private static List<String> ids(Element relation, String tag) {
        List<String> ids = new ArrayList<>();
        NodeList nodes = relation.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("m_id"));
        }
        return ids;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
