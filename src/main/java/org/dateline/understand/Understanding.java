package org.dateline.understand;

import java.util.List;
import java.util.Optional;

/** What the understand stage hands on to the map stage for one report. */
public record Understanding(List<Entity> entities, List<Mention> mentions, List<Role> roles,
        List<Quotation> quotations, List<TimeExpression> times, List<Event> events) {

    public static final Understanding EMPTY = new Understanding(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    /** An understanding without events. */
    public Understanding(List<Entity> entities, List<Mention> mentions, List<Role> roles, List<Quotation> quotations,
            List<TimeExpression> times) {
        this(entities, mentions, roles, quotations, times, List.of());
    }

    public Understanding {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        quotations = List.copyOf(quotations);
        times = List.copyOf(times);
        events = List.copyOf(events);
    }

    public Optional<Entity> entity(String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
