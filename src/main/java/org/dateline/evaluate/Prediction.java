package org.dateline.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dateline.evaluate.corpus.ReportLayout.Range;
import org.dateline.link.Link;
import org.dateline.link.ReportLinks;
import org.dateline.understand.Entity;
import org.dateline.understand.QuoteKind;
import org.dateline.understand.Understanding;

/**
 * What the pipeline found in one body, as UTF-16 ranges of the body (the understand stage counts in
 * code points), with the entities and their links.
 */
final class Prediction {

    record Mention(Range range, GoldDocument.Type type, String entity, boolean named, String text) {
    }

    record Quotation(Range range, QuoteKind kind, String speaker, String text) {
    }

    record Time(Range range, String value, String text) {
    }

    final List<Mention> mentions = new ArrayList<>();
    final List<Quotation> quotations = new ArrayList<>();
    final List<Time> times = new ArrayList<>();
    final Map<String, Entity> entities;
    private final ReportLinks links;

    Prediction(String body, Understanding understanding, ReportLinks links) {
        this.entities = understanding.entities().stream().collect(Collectors.toMap(Entity::key, e -> e, (a, b) -> a));
        this.links = links;
        for (org.dateline.understand.Mention m : understanding.mentions()) {
            Entity entity = entities.get(m.entity());
            mentions.add(new Mention(range(body, m.begin(), m.end()),
                    entity == null ? GoldDocument.Type.OTHER : type(entity.type()), m.entity(), m.named(), m.text()));
        }
        understanding.quotations().forEach(q -> quotations.add(new Quotation(range(body, q.begin(), q.end()), q.kind(),
                q.speaker(), q.text())));
        understanding.times().forEach(t -> times.add(new Time(range(body, t.begin(), t.end()), t.value(), t.text())));
    }

    /** The entity's link; null when it has none. */
    Link link(String entity) {
        return entity == null ? null : links.entity(entity);
    }

    /** Every range where the entity is mentioned. */
    List<Range> mentionsOf(String entity) {
        return mentions.stream().filter(m -> m.entity().equals(entity)).map(Mention::range).toList();
    }

    /** The entity's name and the other names the report uses for it. */
    List<String> namesOf(String entity) {
        Entity e = entities.get(entity);
        if (e == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        names.add(e.name());
        names.addAll(e.variants());
        Link link = link(entity);
        if (link != null) {
            names.add(link.label());
        }
        return names;
    }

    String nameOf(String entity) {
        Entity e = entities.get(entity);
        return e == null ? String.valueOf(entity) : e.name();
    }

    private static Range range(String body, int beginPoint, int endPoint) {
        int begin = body.offsetByCodePoints(0, beginPoint);
        return new Range(begin, body.offsetByCodePoints(begin, endPoint - beginPoint));
    }

    static GoldDocument.Type type(org.dateline.understand.EntityType type) {
        return switch (type) {
            case PERSON -> GoldDocument.Type.PER;
            case ORGANIZATION -> GoldDocument.Type.ORG;
            case COUNTRY, PLACE -> GoldDocument.Type.LOC;
        };
    }
}
