package org.dateline.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Events from the dependency parse: each predicate of the {@link EventLexicon} with an actor and a
 * target that resolve to entities the rules have already grouped (so "the junta", "Washington" and
 * "his country" stand for the right country). An event needs both: a sentence that names no one
 * doing something to someone yields none, because an analyst who sees invented events stops
 * trusting the graph.
 */
final class EventFinder {

    record Found(String category, String actor, String target, String date, String place, String trigger,
            int begin, int end, Modality modality) {
    }

    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "government", "nation", "administration");
    /** Relations not followed when looking for the entity in an argument's phrase. */
    private static final Set<String> NOT_IN_PHRASE = Set.of("punct", "det", "case", "cc", "mark", "cop", "aux",
            "acl:relcl", "advcl", "ccomp", "parataxis", "appos", "dep");
    /** Relations within a noun phrase that name whose or which it is. */
    private static final Set<String> CORE_OF_PHRASE = Set.of("nmod:poss", "compound", "amod", "nmod:of", "flat",
            "nummod", "obl:npmod");
    private static final Set<String> ALLEGING_MODIFIERS = Set.of("purported", "alleged", "allegedly", "reportedly",
            "suspected", "supposed", "rumoured", "rumored");
    private static final Set<String> ALLEGING_WORDS = Set.of("accuse", "allege", "allegation", "accusation", "claim",
            "rumour", "rumor");
    private static final Set<String> ACCUSING_WORDS = Set.of("accuse", "blame", "charge", "suspect");
    private static final Set<String> DENYING_WORDS = Set.of("deny", "denial", "reject", "dismiss", "refute");
    private static final Set<String> CANCELLING_WORDS = Set.of("cancel", "scrap", "abandon");
    private static final Set<String> POSTPONING_WORDS = Set.of("postpone", "delay", "reschedule", "defer");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't");
    private static final Set<String> PLANNING_WORDS = Set.of("plan", "intend", "schedule", "slate", "expect", "prepare",
            "threaten", "vow", "pledge", "promise", "aim", "agree");
    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "would", "shall", "'ll");

    private final EventLexicon lexicon;
    private final WordLists lists;

    EventFinder(EventLexicon lexicon, WordLists lists) {
        this.lexicon = lexicon;
        this.lists = lists;
    }

    /**
     * @param roles      the roles found, for "his country"
     * @param times      the body's date expressions
     * @param reportDate the report's date (ISO, possibly partial), the date of events told in the past
     *                   or present without a date of their own; null when unknown
     */
    List<Found> find(Reading reading, List<Role> roles, List<TimeFinder.Found> times, String reportDate) {
        DependencyIndex parse = new DependencyIndex(reading.annotated.dependencies());
        Map<String, Found> byKey = new LinkedHashMap<>();
        for (AnnotatedText.Sentence sentence : reading.annotated.sentences()) {
            if (sentence.end() > reading.bodyEnd) {
                continue;
            }
            for (int p = sentence.firstToken(); p < sentence.endToken(); p++) {
                AnnotatedText.Token token = reading.token(p);
                boolean verb = token.tag().startsWith("VB");
                if (!verb && !token.tag().startsWith("NN")) {
                    continue;
                }
                for (EventLexicon.Entry entry : lexicon.lookUp(token.lemma(), verb)) {
                    if (!fits(entry, p, reading, parse)) {
                        continue;
                    }
                    Arguments args = new Arguments(reading, parse, roles, sentence);
                    String actor = args.first(p, entry.actor(), null);
                    if (actor == null) {
                        continue;
                    }
                    String target = args.first(p, entry.target(), actor);
                    if (target == null || target.equals(actor)) {
                        continue;
                    }
                    Modality modality = modality(p, reading, parse);
                    String date = date(p, reading, parse, times, sentence);
                    // Told as having happened without a date of its own: it happened by the report's date. A
                    // planned or denied event did not happen then.
                    if (date == null && (modality == Modality.ASSERTED || modality == Modality.ALLEGED)) {
                        date = reportDate;
                    }
                    String place = args.place(p, entry, target);
                    actor = powerSeatedAt(actor, reading);
                    target = powerSeatedAt(target, reading);
                    if (actor.equals(target)) {
                        continue;
                    }
                    Found found = new Found(entry.category(), actor, target, date, place, token.text(),
                            sentence.begin(), sentence.end(), modality);
                    // One report tells an event once however many sentences repeat it: the first telling stands.
                    byKey.putIfAbsent(entry.category() + "|" + actor + "|" + target + "|" + year(date), found);
                    break;
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * "Visited Tehran": a capital the report uses as a place is, as an actor or target of an event,
     * the government seated there (PLOVER and CAMEO code the country) when the report names that
     * country too; the place stays dl:place.
     */
    private String powerSeatedAt(String key, Reading reading) {
        if (!key.startsWith(EntityType.PLACE + ":")) {
            return key;
        }
        WordLists.Target power = lists.metonyms.get(key.substring(key.indexOf(':') + 1));
        if (power == null) {
            return key;
        }
        String country = Span.key(power.type(), power.name());
        return reading.spans.stream().anyMatch(s -> country.equals(s.key) && s.end <= reading.bodyEnd) ? country : key;
    }

    static String year(String date) {
        return date == null ? "" : date.substring(0, 4);
    }

    private boolean fits(EventLexicon.Entry entry, int p, Reading reading, DependencyIndex parse) {
        if (entry.cue() != null && !entry.cue().matcher(phrase(p, reading, parse)).find()) {
            return false;
        }
        if (entry.particle() != null && parse.dependents(p).stream().noneMatch(d -> d.relation().equals("compound:prt")
                && reading.token(d.dependent()).text().equalsIgnoreCase(entry.particle()))) {
            return false;
        }
        // "suspend a military agreement", "the revocation of an accord": the agreement is what the
        // event acts on, not an event of its own.
        for (AnnotatedText.Dependency head : parse.governors(p)) {
            String relation = head.relation();
            if ((relation.equals("obj") || relation.equals("nmod:of") || relation.equals("nsubj:pass"))
                    && !reading.token(head.governor()).lemma().equals(reading.token(p).lemma())
                    && isPredicate(reading.token(head.governor()))) {
                return false;
            }
        }
        return true;
    }

    private boolean isPredicate(AnnotatedText.Token token) {
        return !lexicon.lookUp(token.lemma(), token.tag().startsWith("VB")).isEmpty();
    }

    /** The words of the predicate's own phrase (two levels down), where its cue must be: "withdraw its forces". */
    private static String phrase(int p, Reading reading, DependencyIndex parse) {
        StringBuilder words = new StringBuilder(reading.token(p).text());
        List<Integer> level = List.of(p);
        for (int depth = 0; depth < 2; depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                parse.dependents(node).stream().filter(d -> !d.relation().startsWith("conj") && !d.relation().equals("punct"))
                        .forEach(d -> next.add(d.dependent()));
            }
            next.forEach(n -> words.append(' ').append(reading.token(n).text()));
            level = next;
        }
        return words.toString();
    }

    private static Modality modality(int p, Reading reading, DependencyIndex parse) {
        List<Integer> chain = parse.ancestors(p, 3);
        // "a purported agreement", "allegedly signed an agreement"
        List<Integer> modified = chain.isEmpty() ? List.of(p) : List.of(p, chain.get(0));
        for (int node : modified) {
            for (AnnotatedText.Dependency d : parse.dependents(node)) {
                if (ALLEGING_MODIFIERS.contains(lower(reading.token(d.dependent()).text()))) {
                    return Modality.ALLEGED;
                }
            }
        }
        List<Integer> withSelf = new ArrayList<>();
        withSelf.add(p);
        withSelf.addAll(chain);
        for (int node : withSelf) {
            for (AnnotatedText.Dependency d : parse.dependents(node)) {
                if ((d.relation().equals("advmod") || d.relation().equals("neg"))
                        && NEGATIONS.contains(lower(reading.token(d.dependent()).text()))) {
                    return Modality.DENIED;
                }
            }
        }
        for (int node : chain) {
            if (DENYING_WORDS.contains(reading.token(node).lemma())) {
                return Modality.DENIED;
            }
        }
        // "The visit was cancelled" did not happen; "the visit was postponed" is still to come.
        for (AnnotatedText.Dependency head : parse.governors(p)) {
            String lemma = reading.token(head.governor()).lemma();
            if (CANCELLING_WORDS.contains(lemma)) {
                return Modality.DENIED;
            }
            if (POSTPONING_WORDS.contains(lemma)) {
                return Modality.PLANNED;
            }
        }
        for (int node : chain) {
            if (ALLEGING_WORDS.contains(reading.token(node).lemma())) {
                return Modality.ALLEGED;
            }
        }
        for (int node : withSelf) {
            for (AnnotatedText.Dependency d : parse.dependents(node)) {
                if (d.relation().equals("aux") && FUTURE_AUXILIARIES.contains(lower(reading.token(d.dependent()).text()))) {
                    return Modality.PLANNED;
                }
                if (node == p && d.relation().startsWith("acl")
                        && PLANNING_WORDS.contains(reading.token(d.dependent()).lemma())) {
                    return Modality.PLANNED; // "the withdrawal ..., which is slated in the coming months"
                }
            }
        }
        for (int node : chain) {
            if (PLANNING_WORDS.contains(reading.token(node).lemma())) {
                return Modality.PLANNED;
            }
        }
        return Modality.ASSERTED;
    }

    /** The value of a date expression that the predicate, or the verb it depends on, governs. */
    private static String date(int p, Reading reading, DependencyIndex parse, List<TimeFinder.Found> times,
            AnnotatedText.Sentence sentence) {
        List<Integer> heads = new ArrayList<>();
        heads.add(p);
        heads.addAll(parse.controllers(p));
        // "held talks with Raeisi on Monday": the light verb carries the date
        parse.governors(p).stream().filter(d -> d.relation().equals("obj")).forEach(d -> {
            heads.add(d.governor());
            heads.addAll(parse.controllers(d.governor())); // "visited Iran in late January and held talks"
        });
        for (int head : heads) {
            for (int node : parse.nearExceptSince(head, 2)) {
                AnnotatedText.Token t = reading.token(node);
                for (TimeFinder.Found time : times) {
                    if (time.begin() >= reading.token(sentence.firstToken()).begin()
                            && t.begin() >= time.begin() && t.end() <= time.end()) {
                        return time.value();
                    }
                }
            }
        }
        return null;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Resolves argument paths of one predicate to entity keys. */
    private static final class Arguments {
        private final Reading reading;
        private final DependencyIndex parse;
        private final List<Role> roles;
        private final AnnotatedText.Sentence sentence;

        Arguments(Reading reading, DependencyIndex parse, List<Role> roles, AnnotatedText.Sentence sentence) {
            this.reading = reading;
            this.parse = parse;
            this.roles = roles;
            this.sentence = sentence;
        }

        String first(int p, List<List<String>> paths, String actor) {
            for (List<String> path : paths) {
                String key = switch (path.get(0)) {
                    case "subject" -> subject(p);
                    case "between" -> between(p, actor == null ? 0 : 1);
                    case "report" -> reportCountry(actor);
                    default -> follow(p, path, actor);
                };
                if (key != null && !key.equals(actor)) {
                    return key;
                }
            }
            return null;
        }

        private String follow(int p, List<String> path, String exclude) {
            List<Integer> nodes = List.of(p);
            for (String relation : path) {
                List<Integer> next = new ArrayList<>();
                for (int node : nodes) {
                    if (relation.equals("^")) { // up to the governing verb: "held talks with"
                        parse.governors(node).stream().filter(d -> d.relation().equals("obj"))
                                .forEach(d -> next.add(d.governor()));
                        continue;
                    }
                    parse.dependents(node).stream().filter(d -> d.relation().equals(relation)
                            || relation.equals("nsubj") && d.relation().equals("nsubj:xsubj"))
                            .forEach(d -> next.add(d.dependent()));
                }
                nodes = next;
            }
            for (int node : nodes) {
                String key = entityIn(node, exclude);
                if (key != null) {
                    return key;
                }
            }
            return null;
        }

        /** The subject of the predicate, or of what governs it ("held talks", "decided to suspend", "the decision to revoke"). */
        private String subject(int p) {
            List<Integer> nodes = new ArrayList<>();
            nodes.add(p);
            nodes.addAll(parse.ancestors(p, 3));
            for (int node : nodes) {
                if (node != p && ACCUSING_WORDS.contains(reading.token(node).lemma())) {
                    // "Niger accused France of suspending": the accused is the one said to act
                    return parse.dependents(node).stream().filter(d -> d.relation().equals("obj"))
                            .map(d -> entityIn(d.dependent(), null)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                }
                for (AnnotatedText.Dependency d : parse.dependents(node)) {
                    boolean subject = d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")
                            || d.relation().equals("obl:agent")
                            || node != p && d.relation().equals("nmod:poss");
                    if (subject) {
                        String key = entityIn(d.dependent(), null);
                        if (key != null) {
                            return key;
                        }
                    }
                }
            }
            return null;
        }

        /** The first (index 0) or second (1) of "between A and B" in the predicate's phrase. */
        private String between(int p, int which) {
            for (int node : parse.near(p, 3)) {
                List<Integer> parties = parse.dependents(node).stream()
                        .filter(d -> d.relation().equals("nmod:between") || d.relation().equals("obl:between"))
                        .map(AnnotatedText.Dependency::dependent).sorted().distinct().toList();
                if (parties.size() >= 2) {
                    return entityIn(parties.get(which), null);
                }
            }
            return null;
        }

        private String reportCountry(String actor) {
            Map<String, Integer> counts = new HashMap<>();
            reading.spans.stream().filter(s -> s.type == EntityType.COUNTRY && s.key != null && s.end <= reading.bodyEnd
                    && !s.key.equals(actor)).forEach(s -> counts.merge(s.key, 1, Integer::sum));
            return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
        }

        /** A place or country the predicate locates itself in ("arrived in Niger"), or a visited country. */
        String place(int p, EventLexicon.Entry entry, String target) {
            for (AnnotatedText.Dependency d : parse.dependents(p)) {
                if (d.relation().equals("obl:in") || d.relation().equals("obl:at") || d.relation().equals("nmod:in")) {
                    String key = entityAt(d.dependent());
                    if (key != null && isPlace(key)) {
                        return key;
                    }
                }
            }
            return entry.lemma().equals("visit") && isPlace(target) ? target : null;
        }

        private static boolean isPlace(String key) {
            return key.startsWith(EntityType.COUNTRY + ":") || key.startsWith(EntityType.PLACE + ":");
        }

        /**
         * The entity a token refers to, else the nearest entity within its phrase: first through its
         * possessors, compounds and modifiers ("US officials' call" -> United States), then through anything
         * but clauses. {@code exclude}, the actor, is passed over: an event's target is someone else.
         */
        String entityIn(int token, String exclude) {
            String core = entityIn(token, exclude, true);
            return core != null ? core : entityIn(token, exclude, false);
        }

        private String entityIn(int token, String exclude, boolean coreOnly) {
            Set<Integer> seen = new HashSet<>();
            List<Integer> level = List.of(token);
            for (int depth = 0; depth <= 3 && !level.isEmpty(); depth++) {
                for (int node : level) {
                    String key = entityAt(node);
                    if (key != null) {
                        key = countryOfPerson(token, key);
                    }
                    if (key != null && !key.equals(exclude)) {
                        return key;
                    }
                }
                List<Integer> next = new ArrayList<>();
                for (int node : level) {
                    seen.add(node);
                    parse.dependents(node).stream()
                            .filter(d -> !NOT_IN_PHRASE.contains(d.relation()) && !d.relation().startsWith("conj")
                                    && (!coreOnly || CORE_OF_PHRASE.contains(d.relation())))
                            .map(AnnotatedText.Dependency::dependent)
                            .filter(n -> !seen.contains(n) && n >= sentence.firstToken() && n < sentence.endToken())
                            .forEach(next::add);
                }
                next.sort(Comparator.naturalOrder());
                level = next;
            }
            return null;
        }

        /** "his country": the country of the person's role. */
        private String countryOfPerson(int head, String key) {
            if (!key.startsWith(EntityType.PERSON + ":") || !COUNTRY_NOUNS.contains(reading.token(head).lemma().toLowerCase(Locale.ROOT))) {
                return key;
            }
            return roles.stream().filter(r -> r.person().equals(key) && r.of() != null).map(Role::of).findFirst().orElse(null);
        }

        /**
         * The entity of the span over the token. "The junta" the rules took for the ruling council acts,
         * in event terms, for its country (the country the report names most), as "Niger's junta" does.
         */
        private String entityAt(int token) {
            Optional<Span> span = reading.spanCovering(token);
            if (span.isPresent() && span.get().kind == Span.Kind.DESCRIPTION && span.get().type == EntityType.ORGANIZATION
                    && span.get().text.toLowerCase(Locale.ROOT).contains("junta")) {
                return reportCountry(null);
            }
            return span.map(s -> s.key).orElse(null);
        }
    }
}
