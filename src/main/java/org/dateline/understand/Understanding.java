package org.dateline.understand;

import java.util.List;
import java.util.Optional;

/**
 * What the understand stage hands on to the map stage for one report.
 *
 * @param notes what the stage could not do for this report and why, one line each (a body over the
 *              language engine's limit), for the line that reports what became of it; usually none
 */
public record Understanding(List<Entity> entities, List<Mention> mentions, List<Role> roles,
        List<Quotation> quotations, List<TimeExpression> times, List<Event> events, List<String> notes) {

    public static final Understanding EMPTY = new Understanding(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    /** Nothing understood, for the reason given. */
    public static Understanding nothing(String why) {
        return new Understanding(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(why));
    }

    public Understanding(List<Entity> entities, List<Mention> mentions, List<Role> roles, List<Quotation> quotations,
            List<TimeExpression> times, List<Event> events) {
        this(entities, mentions, roles, quotations, times, events, List.of());
    }

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
        notes = List.copyOf(notes);
    }

    public Optional<Entity> entity(String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
