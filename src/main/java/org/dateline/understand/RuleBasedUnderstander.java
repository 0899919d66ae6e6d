package org.dateline.understand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dateline.read.PartialDate;
import org.dateline.read.ReportDoc;

/**
 * The understand stage: a language engine reads the body (and the captions, which may name a
 * person's title), then small rules repair and interpret what it found, in this order: names,
 * acronyms, surnames, juntas, names said by a noun to be an organisation's, names repeated in part, events and products, grouping into entities, roles, title references, pronouns,
 * quotations, dates. Offsets leave this class in Unicode code points of the body.
 */
public final class RuleBasedUnderstander implements Understander {

    private final LanguageEngine engine;
    private final WordLists lists = WordLists.bundled();
    private final EventLexicon eventLexicon = EventLexicon.bundled();
    /** Time spent finding events (the parse itself is the engine's), for the benchmark. */
    private final java.util.concurrent.atomic.AtomicLong eventNanos = new java.util.concurrent.atomic.AtomicLong();

    public RuleBasedUnderstander(LanguageEngine engine) {
        this.engine = engine;
    }

    /** The understander over the CoreNLP engine of this JVM (loaded on first use). */
    public static Understander withCoreNlp() {
        return new RuleBasedUnderstander(CoreNlpEngine.shared());
    }

    @Override
    public Understanding understand(ReportDoc doc) {
        String body = doc.body();
        int limit = engine.characterLimit();
        int length = body.codePointCount(0, body.length());
        if (length > limit) {
            // Refused before any work, so that no body costs the engine time or memory without bound.
            return Understanding.nothing(String.format(Locale.ROOT, "body is %,d characters, over the language engine's"
                    + " limit of %,d: stored without mentions, quotations, dates or events", length, limit));
        }
        StringBuilder text = new StringBuilder(body);
        for (String caption : doc.captions()) {
            // Captions are read for names and titles only: those that would take the text over the limit are not.
            length += 2 + caption.codePointCount(0, caption.length());
            if (length > limit) {
                break;
            }
            text.append("\n\n").append(caption);
        }
        Reading reading = new Reading(engine.annotate(text.toString(), documentDate(doc)), body.length());

        new EngineNames(lists).apply(reading);
        new PeopleNames(lists).apply(reading);
        new AcronymIntroductions().apply(reading);
        new SurnameRetyping().apply(reading);
        new JuntaReferences().apply(reading);
        new OrganisationNounNames(lists).apply(reading);
        new NameRepetitions().apply(reading);
        new EventAndProductNames(lists).apply(reading);
        EntityGrouper grouper = new EntityGrouper();
        grouper.assignKeys(reading);
        List<Role> allRoles = new RoleFinder(lists).find(reading);
        new TitleReferences().apply(reading, allRoles);
        new LeaderReferences().apply(reading, allRoles);
        new PronounResolver().apply(reading);
        List<QuotationFinder.Found> quotes = new QuotationFinder(lists).find(reading);
        List<TimeFinder.Found> times = new TimeFinder().find(reading, documentDate(doc));
        long eventStart = System.nanoTime();
        List<Span> quotedSpeakers = new QuotedFirstPersons().apply(reading, quotes); // for the events only
        List<EventFinder.Found> found = new EventFinder(eventLexicon, lists).find(reading, allRoles, times, reportDate(doc),
                datelineCountry(doc));
        reading.spans.removeAll(quotedSpeakers);
        eventNanos.addAndGet(System.nanoTime() - eventStart);

        CodePoints points = new CodePoints(body);
        // Entities the body mentions, and the countries and organisations whose titles their people hold;
        // a name seen only in a caption (where the engine is least reliable) is not one the report is about.
        Set<String> inBody = reading.spans.stream().filter(s -> s.end <= body.length()).map(s -> s.key)
                .collect(Collectors.toSet());
        List<Role> roles = allRoles.stream().filter(r -> inBody.contains(r.person())).toList();
        roles.stream().map(Role::of).filter(java.util.Objects::nonNull).forEach(inBody::add);
        List<Entity> entities = grouper.entities(reading).stream().filter(e -> inBody.contains(e.key())).toList();
        Map<String, Mention> mentions = new LinkedHashMap<>();
        reading.spans.stream().filter(s -> s.end <= body.length()).sorted(Comparator.comparingInt((Span s) -> s.begin)
                .thenComparingInt(s -> s.end)).forEach(s -> mentions.putIfAbsent(s.begin + "," + s.end,
                        new Mention(points.of(s.begin), points.of(s.end), s.text, s.key,
                                s.kind != Span.Kind.PRONOUN && s.kind != Span.Kind.DESCRIPTION)));
        List<Quotation> quotations = new ArrayList<>();
        quotes.stream().sorted(Comparator.comparingInt(QuotationFinder.Found::begin)).forEach(q -> quotations.add(
                new Quotation(points.of(q.begin()), points.of(q.end()), q.text(), q.speaker(), q.kind())));
        List<TimeExpression> timeExpressions = times.stream()
                .map(t -> new TimeExpression(points.of(t.begin()), points.of(t.end()), t.text(), t.value())).toList();
        // The country the state's agents act for ("Police arrested dozens" in a report from NAIROBI, KENYA) may
        // be named by its capital or the dateline only: it is an entity of the report all the same.
        List<Entity> withCountries = new ArrayList<>(entities);
        Set<String> keys = entities.stream().map(Entity::key).collect(Collectors.toSet());
        found.stream().flatMap(e -> java.util.stream.Stream.of(e.actor(), e.target())).filter(java.util.Objects::nonNull)
                .filter(k -> k.startsWith(EntityType.COUNTRY + ":") && keys.add(k))
                .forEach(k -> withCountries.add(new Entity(k, EntityType.COUNTRY, k.substring(k.indexOf(':') + 1), List.of())));
        entities = withCountries;
        Set<String> known = entities.stream().map(Entity::key).collect(Collectors.toSet());
        List<Event> events = found.stream()
                .filter(e -> (e.actor() == null || known.contains(e.actor())) && (e.target() == null || known.contains(e.target()))
                        && (e.place() == null || known.contains(e.place())))
                .map(e -> new Event(e.category(), e.actor(), e.target(), e.date(), e.place(), e.trigger(),
                        points.of(e.begin()), points.of(e.end()), body.substring(e.begin(), e.end()), e.modality(),
                        e.cameo(), e.mode(), e.actorSector(), e.targetSector()))
                .toList();
        return new Understanding(entities, List.copyOf(mentions.values()), roles, quotations, timeExpressions, events);
    }

    /** Milliseconds spent so far extracting events from the parse (all threads). */
    public double eventExtractionMillis() {
        return eventNanos.get() / 1e6;
    }

    /** The country of the report's dateline, by its place (a capital) or a country it names; null when none. */
    private String datelineCountry(ReportDoc doc) {
        if (doc.dateline() == null) {
            return null;
        }
        String country = doc.dateline().place() == null ? null : lists.countryWithin(doc.dateline().place());
        if (country == null && doc.dateline().text() != null) {
            // "NAIROBI, KENYA —": the words in their usual case
            StringBuilder normal = new StringBuilder();
            for (String word : doc.dateline().text().toLowerCase(Locale.ROOT).split("[\\s,]+")) {
                if (!word.isEmpty()) {
                    normal.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)).append(' ');
                }
            }
            country = lists.countryWithin(normal.toString().strip());
        }
        return country == null ? null : lists.countryName(country);
    }

    /** The report's date as far as it is known (2024-05-15, 2024-05 or 2024); null when not at all. */
    private static String reportDate(ReportDoc doc) {
        return doc.published() == null ? null : doc.published().date().lexical();
    }

    /** The report's date when fully known: relative expressions are resolved against it. */
    private static LocalDate documentDate(ReportDoc doc) {
        if (doc.published() == null) {
            return null;
        }
        PartialDate date = doc.published().date();
        return date.isComplete() ? date.toLocalDate() : null;
    }

    /** Converts UTF-16 indices of one string to code-point offsets. */
    private static final class CodePoints {
        private final String text;

        CodePoints(String text) {
            this.text = text;
        }

        int of(int index) {
            return text.codePointCount(0, index);
        }
    }
}
