package org.dateline.understand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.dateline.link.Gazetteer;

/**
 * Events from the dependency parse: each predicate of the {@link EventLexicon} whose pattern its
 * phrase meets, with an actor (and, where the entry asks for one, a target) that resolve to entities
 * the rules have already grouped (so "the junta", "Washington" and "his country" stand for the right
 * country). A sentence that names no one doing something yields nothing: an analyst who sees invented
 * events stops trusting the graph. A PLOVER event may have no target ("Kenyans protested"); coordinated
 * actors of a mutual event ("Bosnia and Slovenia agreed") are actor and target of one another.
 */
final class EventFinder {

    /**
     * @param target       null for an event without one
     * @param actorSector  the CAMEO sector of the word that named the actor ("troops": MIL), null when none
     */
    record Found(String category, String actor, String target, String date, String place, String trigger,
            int begin, int end, Modality modality, String cameo, String mode, String actorSector, String targetSector,
            int predicate) {
    }

    /**
     * "Cooperative actions of types CONSULT, SUPPORT, COOPERATE, and AID reported in future tense are also
     * taken to imply intentions and should be coded as AGREE" (PLOVER manual, AGREE).
     */
    private static final Set<String> PROMISED_AS_AGREE = Set.of("CONSULT", "SUPPORT", "COOPERATE", "AID");
    /** The categories of cooperation, which an intention to act (AGREE) may announce. */
    private static final Set<String> COOPERATIVE = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE",
            "RETREAT");
    /** Categories whose coordinated actors act with one another ("A and B met", "A and B clashed"). */
    private static final Set<String> MUTUAL = Set.of("CONSULT", "AGREE", "SUPPORT", "COOPERATE", "ASSAULT");
    private static final Set<String> ALLEGING_MODIFIERS = Set.of("purported", "alleged", "allegedly", "reportedly",
            "suspected", "supposed", "rumoured", "rumored");
    private static final Set<String> ALLEGING_WORDS = Set.of("accuse", "allege", "allegation", "accusation", "claim",
            "rumour", "rumor");
    private static final Set<String> DENYING_WORDS = Set.of("deny", "denial", "reject", "dismiss", "refute", "refuse",
            "decline", "fail");
    private static final Set<String> CANCELLING_WORDS = Set.of("cancel", "scrap", "abandon");
    private static final Set<String> POSTPONING_WORDS = Set.of("postpone", "delay", "reschedule", "defer");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't");
    private static final Set<String> PLANNING_WORDS = Set.of("plan", "intend", "schedule", "slate", "expect", "prepare",
            "threaten", "vow", "pledge", "promise", "aim", "agree", "willing", "ready", "prepared", "commit", "offer");
    private static final Set<String> WILLING_WORDS = Set.of("willing", "ready", "prepared", "offer", "commit", "agree",
            "promise", "pledge");
    private static final Set<String> VOWING_WORDS = Set.of("vow", "pledge", "promise", "swear", "warn", "threaten");
    /** Categories of coercion, which a vow or a condition makes a threat. */
    private static final Set<String> HOSTILE = Set.of("ASSAULT", "COERCE", "SANCTION");
    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "would", "shall", "'ll");

    /** Categories whose target, untold, is what the act is against or where it took place. */
    private static final Set<String> STRUCK_CATEGORIES = Set.of("ASSAULT", "PROTEST");

    private final EventLexicon lexicon;
    private final WordLists lists;
    private final UnnamedActors unnamedActors;
    private final UnnamedVictims unnamedVictims;
    private final TownCountries townCountries;

    EventFinder(EventLexicon lexicon, WordLists lists) {
        this.lexicon = lexicon;
        this.lists = lists;
        this.unnamedActors = new UnnamedActors(lists);
        this.unnamedVictims = new UnnamedVictims(lists);
        this.townCountries = new TownCountries(Gazetteer.bundled(), lists);
    }

    /**
     * @param roles      the roles found, for "his country"
     * @param times      the body's date expressions
     * @param reportDate the report's date (ISO, possibly partial), the date of events told in the past
     *                   or present without a date of their own; null when unknown
     */
    List<Found> find(Reading reading, List<Role> roles, List<TimeFinder.Found> times, String reportDate) {
        return find(reading, roles, times, reportDate, null);
    }

    /**
     * @param datelineCountry the country of the report's dateline ("NAIROBI, KENYA —"), null when none: it
     *                        counts, with the countries the body names, toward the country the report is about
     */
    List<Found> find(Reading reading, List<Role> roles, List<TimeFinder.Found> times, String reportDate,
            String datelineCountry) {
        DependencyIndex parse = new DependencyIndex(AbsoluteParticiples.withPassives(
                withReducedRelatives(LostSubjects.repaired(reading.annotated.dependencies(), reading), reading), reading));
        Map<String, Found> byKey = new LinkedHashMap<>();
        Set<Integer> predicates = new HashSet<>();
        List<Found> all = new ArrayList<>();
        // PETRARCH's discard list: a report of sport or entertainment tells no political event.
        if (lists.storyDiscards.matcher(reading.text.substring(0, reading.bodyEnd)).find()) {
            return List.of();
        }
        Map<String, String> stateBodies = new HashMap<>();
        reading.spans.stream().filter(s -> s.key != null && s.type == EntityType.ORGANIZATION)
                .forEach(s -> stateBodies.computeIfAbsent(s.key, k -> stateBodyOf(k, reading)));
        stateBodies.values().removeIf(key -> !key.startsWith(EntityType.COUNTRY + ":"));
        for (AnnotatedText.Sentence sentence : reading.annotated.sentences()) {
            if (sentence.end() > reading.bodyEnd || isHeadline(reading.text, sentence.begin(), sentence.end())
                    || lists.sentenceDiscards.matcher(reading.text.substring(sentence.begin(), sentence.end())).find()) {
                continue;
            }
            EventArguments args = new EventArguments(reading, parse, roles, sentence, lists, lexicon, datelineCountry, stateBodies);
            for (int p = sentence.firstToken(); p < sentence.endToken(); p++) {
                AnnotatedText.Token token = reading.token(p);
                boolean verb = token.tag().startsWith("VB");
                // Common nouns only: "March" is a month, "Strike" a name.
                if (!verb && !(token.tag().equals("NN") || token.tag().equals("NNS"))) {
                    continue;
                }
                EventLexicon.Entry speechAct = verb && !predicates.contains(p)
                        ? SpeechActClauses.bundled().entryFor(p, reading, parse, lists, lexicon) : null;
                if (speechAct != null) {
                    List<Found> demanded = events(speechAct, p, sentence, reading, parse, args, times, reportDate, all);
                    if (!demanded.isEmpty()) {
                        predicates.add(p);
                        all.addAll(demanded);
                        demanded.forEach(f -> byKey.putIfAbsent(f.category() + "|" + f.actor() + "|"
                                + (f.target() == null ? "" : f.target()) + "|" + year(f.date()), f));
                        continue;
                    }
                }
                List<EventLexicon.Entry> entries = CallReadings.fitting(lexicon.lookUp(token.lemma(), verb), p, reading, parse);
                if (entries.isEmpty() || verb && SpeechActClauses.bundled().asked(p, reading, parse, lists) || verb && modifiesANoun(p, parse) || actedOn(p, reading, parse, predicates)) {
                    continue;
                }
                PatternMatcher matcher = new PatternMatcher(reading, parse, p);
                for (EventLexicon.Entry entry : entries) {
                    if (!matcher.matches(entry)) {
                        continue;
                    }
                    if (!entry.isEvent()) {
                        break; // a pattern the dictionary codes as no event
                    }
                    List<Found> told = events(entry, p, sentence, reading, parse, args, times, reportDate, all);
                    if (told.isEmpty()) {
                        continue;
                    }
                    predicates.add(p);
                    all.addAll(told);
                    // One report tells an event once however many sentences repeat it: the first telling stands.
                    // Violence with no one named on either side is told apart by its sentence ("four persons were shot", "another man was shot").
                    told.forEach(f -> byKey.putIfAbsent(f.category() + "|" + f.actor() + "|" + (f.target() == null ? "" : f.target())
                            + "|" + year(f.date()) + (f.actor() == null && f.target() == null ? "|" + f.begin() : ""), f));
                    break;
                }
            }
        }
        return withoutEventsToldByOthers(byKey.values(), all, reading, parse);
    }

    /**
     * The events found, less those another event found tells already: the same event without its target, the act
     * a demand, a promise, a complaint or a protest governs, a riot's own damage, a decision's agreement.
     */
    private List<Found> withoutEventsToldByOthers(Collection<Found> toldOnce, List<Found> all, Reading reading,
            DependencyIndex parse) {
        // "visited Russia ... to go there": where a sentence tells an actor's event with a target, the same
        // event without one adds nothing.
        List<Found> found = new ArrayList<>(toldOnce);
        found.removeIf(f -> f.target() == null && found.stream().anyMatch(g -> g.target() != null && g.begin() == f.begin()
                && g.category().equals(f.category()) && Objects.equals(g.actor(), f.actor())));
        // PLOVER codes a planned or proposed act by the event that governs it: "agreed to withdraw" is AGREE,
        // "threatened to ban" and "vowed to destroy" THREATEN, "urged them to support" REQUEST; the act is no
        // second event. A plain modal ("will withdraw") governs nothing, so the act stands, planned.
        // The same holds for an act told inside another event ("demanded that Hamas renounce its armed struggle",
        // "urged the Community to support the PLO"): the governing event is the one told. An act one is accused
        // of ("accused France of suspending") hangs by "of" and stays, alleged.
        // An agreement the act's own recipient makes explicit stays, in the act's words: "agreed to provide aid
        // to Romania" is AGREE with Romania (the act, promised, is AGREE already; the bare "agreed" has no recipient).
        // "summoned Niger's ambassador to complain of inaction": a summons made to complain is told by the complaint
        // (PLOVER ACCUSE, by the one who summoned, at the one summoned), not by a meeting besides.
        Set<Integer> summons = new HashSet<>();
        found.stream().filter(f -> SpeechActClauses.bundled().complaintOnPurpose(f.predicate(), reading, parse))
                .forEach(f -> parse.governors(f.predicate()).forEach(d -> summons.add(d.governor())));
        found.removeIf(f -> summons.contains(f.predicate()));
        // "Kenya has closed the border, Uganda complained": what a complaint told after it says is no event besides
        Set<Integer> complainedOf = new HashSet<>();
        found.stream().filter(f -> f.category().equals("ACCUSE"))
                .forEach(f -> complainedOf.add(SpeechActClauses.bundled().complainedOfBefore(f.predicate(), reading, parse)));
        found.removeIf(f -> complainedOf.contains(f.predicate()));
        found.removeIf(f -> governedByAnEvent(f.predicate(), all, parse)
                && !SpeechActClauses.bundled().complaintOnPurpose(f.predicate(), reading, parse)
                && !SpeechActClauses.joinedByTheParser(f.predicate(), reading, parse)
                && !agreedWithItsRecipient(f, all, parse) && !pledgedCooperation(f, all, reading, parse));
        // "pledged to work closely with Moscow": a party's pledge of cooperation is told as the cooperation
        // planned (Intentions.PROMISED_AS_ITSELF), not as an AGREE of the pledge besides.
        found.removeIf(f -> f.category().equals("AGREE") && found.stream().anyMatch(g -> pledgedCooperation(g, all, reading, parse)
                && Intentions.pledgedBy(g.predicate(), f.predicate(), reading, parse)));
        // So too when the cooperation pledged names no partner of its own ("the two ministers pledged to work closely
        // for deeper cooperation"): the pledge, with its parties, is told as the cooperation planned.
        found.replaceAll(f -> f.category().equals("AGREE") && Intentions.pledgesCooperation(f.predicate(), reading, parse, lexicon)
                ? new Found("COOPERATE", f.actor(), f.target(), f.date(), f.place(), f.trigger(), f.begin(), f.end(), Modality.PLANNED,
                        null, null, f.actorSector(), f.targetSector(), f.predicate())
                : f);
        // "blocked roads to press their demands on the government": the demand a protest makes is the protest
        // (PLOVER codes it PROTEST, against whom it demands of), no second event; so is one told on the protest's
        // noun or crowd ("rioted after a rally calling for", ProtestAimsTold).
        Set<Integer> purposes = new HashSet<>();
        found.stream().filter(f -> f.category().equals("PROTEST")).forEach(f -> {
            purposes.addAll(EventArguments.purposeClauses(f.predicate(), reading, parse, lists));
            purposes.addAll(ProtestAimsTold.clauses(f.predicate(), reading, parse, lists));
        });
        found.removeIf(f -> !f.category().equals("PROTEST") && (purposes.contains(f.predicate())
                || parse.governors(f.predicate()).stream().anyMatch(d -> purposes.contains(d.governor()))));
        // "rioted, setting fire to their mattresses": the riot's own violence is the riot (RiotViolence)
        found.removeIf(f -> RiotViolence.partOfAProtest(f, found, parse));
        // "decided to suspend a military agreement": a decision told as taken is the act, not an agreement.
        found.removeIf(f -> f.category().equals("AGREE") && found.stream().anyMatch(g -> !COOPERATIVE.contains(g.category())
                && parse.dependents(f.predicate()).stream().anyMatch(d -> d.relation().equals("xcomp") && d.dependent() == g.predicate())));
        // "suspended flights one day after troops shelled a border post": a main event's background is no event
        return BackgroundClauses.withoutBackground(found, all, reading, parse);
    }

    /**
     * "detained protesters demanding an end to police brutality": the parser often makes the object of a verb
     * the subject of a participle clause hung on it ("protesters" subject of "demanding", the clause a dep of
     * "detained"), and the verb objectless. Read as English means it: the noun right after the verb is its
     * object, and the participle describes that noun.
     */
    static List<AnnotatedText.Dependency> withReducedRelatives(List<AnnotatedText.Dependency> dependencies, Reading reading) {
        List<AnnotatedText.Dependency> out = new ArrayList<>(dependencies);
        for (AnnotatedText.Dependency clause : dependencies) {
            int verb = clause.governor();
            int participle = clause.dependent();
            if (verb < 0 || !REDUCED_CLAUSE.contains(clause.relation()) || !reading.token(verb).tag().matches("VB[DNZP]?")
                    || !reading.token(participle).tag().equals("VBG") || participle < verb
                    || dependencies.stream().anyMatch(d -> d.governor() == verb && (d.relation().equals("obj") || d.relation().equals("nsubj:pass")))) {
                continue;
            }
            // a participle with an auxiliary of its own heads a clause of its own: "said it was ending"
            if (dependencies.stream().anyMatch(d -> d.governor() == participle && d.relation().startsWith("aux"))) {
                continue;
            }
            for (AnnotatedText.Dependency subject : dependencies) {
                if (subject.governor() == participle && subject.relation().equals("nsubj") && subject.dependent() > verb
                        && reading.token(subject.dependent()).tag().startsWith("NN")
                        && subject.dependent() < participle && nounPhraseBetween(verb, subject.dependent(), reading)) {
                    out.remove(clause);
                    out.remove(subject);
                    out.add(new AnnotatedText.Dependency(verb, subject.dependent(), "obj"));
                    out.add(new AnnotatedText.Dependency(subject.dependent(), participle, "acl"));
                }
            }
        }
        return out;
    }

    private static final Set<String> REDUCED_CLAUSE = Set.of("dep", "ccomp", "xcomp", "advcl");

    /** Whether only a noun phrase's words lie between the verb and the noun: "detained dozens of protesters". */
    private static boolean nounPhraseBetween(int verb, int noun, Reading reading) {
        for (int i = verb + 1; i < noun; i++) {
            String tag = reading.token(i).tag();
            boolean of = tag.equals("IN") && reading.token(i).text().equalsIgnoreCase("of");
            if (!(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("CD") || of
                    || tag.startsWith("PRP$"))) {
                return false;
            }
        }
        return true;
    }

    /** Relations by which a verb or noun governs the act it plans or proposes: "agreed to withdraw", "a threat to ban". */
    private static final Set<String> GOVERNING = Set.of("xcomp", "ccomp", "acl", "acl:to");

    /** Whether the event is cooperation planned that a one-party commitment, itself told as an AGREE, governs directly. */
    private static boolean pledgedCooperation(Found f, List<Found> all, Reading reading, DependencyIndex parse) {
        return Intentions.PROMISED_AS_ITSELF.contains(f.category()) && f.modality() == Modality.PLANNED
                && all.stream().anyMatch(g -> g.category().equals("AGREE") && Intentions.pledgedBy(f.predicate(), g.predicate(), reading, parse));
    }

    /** Whether an AGREE with a recipient hangs directly on its own actor's AGREE without one ("agreed to provide aid to Romania"). */
    private static boolean agreedWithItsRecipient(Found f, List<Found> all, DependencyIndex parse) {
        return f.category().equals("AGREE") && f.target() != null && parse.governors(f.predicate()).stream()
                .filter(d -> d.relation().equals("xcomp"))
                .anyMatch(d -> all.stream().anyMatch(g -> g.predicate() == d.governor() && g.category().equals("AGREE")
                        && g.target() == null && Objects.equals(g.actor(), f.actor())));
    }

    /** Whether a predicate hangs, through a planned or proposed clause (two steps at most), on another event's predicate. */
    private static boolean governedByAnEvent(int p, List<Found> all, DependencyIndex parse) {
        int node = p;
        for (int i = 0; i < 2; i++) {
            int current = node;
            Optional<AnnotatedText.Dependency> head = parse.governors(current).stream()
                    .filter(d -> GOVERNING.contains(d.relation())).findFirst();
            if (head.isEmpty()) {
                return false;
            }
            node = head.get().governor();
            int governor = node;
            if (all.stream().anyMatch(g -> g.predicate() == governor && g.predicate() != p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line of its own that no sentence punctuation ends ("US announces $1.7 billion military aid for
     * Ukraine"): the report's title, a subheading or a related report's headline listed at its end, which
     * tells no event of this report (the body tells its own). A last line cut short by the scraper is
     * followed by no line break, so it still counts.
     */
    static boolean isHeadline(String text, int begin, int end) {
        int before = begin - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
            before--;
        }
        int after = end;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        String sentence = text.substring(begin, end).strip();
        return (before < 0 || text.charAt(before) == '\n') && after < text.length() && text.charAt(after) == '\n'
                && !sentence.isEmpty() && !SENTENCE_ENDS.matcher(sentence).find();
    }

    private static final Pattern SENTENCE_ENDS = Pattern.compile("[.!?:;\"”’'»)…]$");

    /**
     * "The ruling party", "its surrounding region", "a combined term": a participle used as an adjective
     * describes a noun; it tells no event of its own.
     */
    private static boolean modifiesANoun(int p, DependencyIndex parse) {
        return parse.governors(p).stream().anyMatch(d -> d.relation().equals("amod") || d.relation().equals("compound"));
    }

    /** "air raid alerts", "attack drones", "protest songs": a noun compounded to another names a kind of it, no event. */
    private static boolean namesAKind(int p, Reading reading, DependencyIndex parse) {
        return reading.token(p).tag().startsWith("NN") && parse.governors(p).stream().anyMatch(d -> d.relation().equals("compound"));
    }

    /** Nouns of a relation between its holders ("ties", "agreement"): its holders act with one another. */
    private static final Set<String> RECIPROCAL_NOUNS = ArgumentWords.read("reciprocal-nouns.txt");

    /**
     * "A and B met", "A and B agreed to a ceasefire": no object, so the one acts with the other; so too when
     * the object is their relation to one another ("A and B upgraded their ties", "signed an agreement").
     */
    private static boolean intransitive(int p, Reading reading, DependencyIndex parse) {
        return parse.dependents(p).stream().noneMatch(d -> d.relation().equals("nsubj:pass") || d.relation().equals("obj")
                && !RECIPROCAL_NOUNS.contains(reading.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
    }

    /** Pronouns by which a reported clause's subject is its speaker: "Mali said it would expel". */
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "they", "we", "he", "she", "i");

    /** Whether the clause of the predicate is reported by a speech verb and its subject is a pronoun for the speaker. */
    private boolean announcedByItsActor(int p, Reading reading, DependencyIndex parse) {
        boolean reported = parse.governors(p).stream().anyMatch(d -> d.relation().equals("ccomp") && lists.isSpeechVerb(reading.token(d.governor())));
        return reported && parse.dependents(p).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                && SPEAKER_PRONOUNS.contains(lower(reading.token(d.dependent()).text())));
    }

    /**
     * Whether an "agree" with no recipient tells no agreement: one that governs a clause of its own ("agreed
     * that ...", "agreed they would impose sanctions": agreeing that something is so, or will be done by
     * oneself) or an object, which the parser gives such a clause's subject ("agreed the ministry should
     * not be revived"), or one set as a condition ("unless the president agrees to step down"). An AGREE needs no
     * recipient (PLOVER) when an agreement to act is told as made ("the council agreed to extend the mandate").
     */
    private static boolean noAgreementTold(int p, DependencyIndex parse) {
        return parse.dependents(p).stream().anyMatch(d -> d.relation().equals("ccomp") || d.relation().equals("obj"))
                || parse.governors(p).stream().anyMatch(d -> d.relation().equals("advcl:if") || d.relation().equals("advcl:unless"));
    }

    /** Categories of an answer to a proposal: its target is who proposed ("rejected North Korea's demand"). */
    private static final Set<String> ANSWERING = Set.of("REJECT", "AGREE", "CONCEDE");

    /** Verbs of refusal: what they govern is refused, not merely not done. */
    private static final Set<String> REFUSING_WORDS = Set.of("refuse", "decline", "fail");

    /**
     * Whether the predicate is refused: governed by a verb of refusal, or negated in the future ("will not
     * accept", "would not meet"), as a past negation ("did not attack") is not.
     */
    private static boolean refused(int p, Reading reading, DependencyIndex parse) {
        List<Integer> chain = parse.ancestors(p, 2);
        if (chain.stream().anyMatch(n -> REFUSING_WORDS.contains(reading.token(n).lemma()))) {
            return true;
        }
        List<AnnotatedText.Dependency> own = parse.dependents(p);
        return own.stream().anyMatch(d -> (d.relation().equals("advmod") || d.relation().equals("neg"))
                && NEGATIONS.contains(lower(reading.token(d.dependent()).text())))
                && own.stream().anyMatch(d -> d.relation().equals("aux") && FUTURE_AUXILIARIES.contains(lower(reading.token(d.dependent()).text())));
    }

    /**
     * Whether a refusal ({@link #refused}) is told outright, so that it is told though the act refused names no one:
     * not a failure to act ("are failing to uphold the rights"), which refuses nothing asked, nor an act of the unreal
     * past ("would not have been arrested"), which tells what did not happen.
     */
    private static boolean refusalOfNoOne(boolean refusal, int p, Reading reading, DependencyIndex parse) {
        return refusal && !hypothetical(p, reading, parse)
                && parse.ancestors(p, 2).stream().noneMatch(n -> reading.token(n).lemma().equals("fail"));
    }

    /** Replaces the pairs by each of their actors with each of the targets, in that order. */
    private static void aimAt(List<EventArguments.Argument[]> pairs, List<EventArguments.Argument> targets) {
        List<EventArguments.Argument[]> aimed = new ArrayList<>();
        pairs.forEach(pair -> targets.forEach(t -> aimed.add(new EventArguments.Argument[] {pair[0], t})));
        pairs.clear();
        pairs.addAll(aimed);
    }

    /** "The visit was postponed": planned still, but not promised. */
    private static boolean postponed(int p, Reading reading, DependencyIndex parse) {
        return parse.governors(p).stream().anyMatch(d -> POSTPONING_WORDS.contains(reading.token(d.governor()).lemma()));
    }

    /** The events one entry finds at a predicate: one per actor and target, none when it finds no actor. */
    private List<Found> events(EventLexicon.Entry entry, int p, AnnotatedText.Sentence sentence, Reading reading,
            DependencyIndex parse, EventArguments args, List<TimeFinder.Found> times, String reportDate, List<Found> toldBefore) {
        if (entry.category().equals("ASSAULT") && unnamedActors.accidental(p, reading, parse)) {
            return List.of(); // "killed in a crash", "flood waters damaged": no one assaulted anyone
        }
        if (STRUCK_CATEGORIES.contains(entry.category()) && namesAKind(p, reading, parse)) {
            return List.of();
        }
        // "they agreed", "the two sides discussed" after a meeting: its two parties (MeetingParties)
        EventArguments.Argument[] parties = MeetingParties.of(entry.category(), p, reading, parse, toldBefore);
        EventArguments.Found actors = parties != null ? new EventArguments.Found(List.of(parties[0]), false)
                : args.resolve(p, entry.actor(), Set.of(), true);
        if (actors.isEmpty() && StateActs.toldWithoutAgent(entry.category(), p, reading, parse)) {
            // "dozens were arrested": the state the report is about arrested them
            String state = args.dominantCountry(Set.of());
            if (state != null) {
                actors = new EventArguments.Found(List.of(new EventArguments.Argument(state, null)), false);
            }
        }
        // "two soldiers were shot dead", "gunmen abducted": violence told with no one named as its actor
        boolean unattributed = actors.isEmpty() && (unnamedActors.toldWithout(entry.category(), p, reading, parse)
                || entry.category().equals("ASSAULT") && ReceivedAttacks.toldWithoutActor(p, reading, parse, args));
        // "ethnic Albanians demonstrated in Serbia": a group naming no one protests for the country it protests in
        EventArguments.Argument[] protesting = actors.isEmpty() && !unattributed && entry.category().equals("PROTEST")
                ? ProtestingGroups.of(p, reading, parse, args, townCountries, lists) : null;
        if (unattributed) {
            actors = new EventArguments.Found(List.of(new EventArguments.Argument(null, null)), false);
        } else if (protesting != null) {
            actors = new EventArguments.Found(List.of(protesting[0]), false);
        } else if (actors.isEmpty()) {
            return List.of();
        }
        Set<String> actorKeys = new HashSet<>();
        actors.arguments().forEach(a -> actorKeys.add(a.key()));
        // "called for a strike against the government": the call is addressed to would-be strikers (ProtestCalls)
        List<List<String>> targetPaths = ProtestCalls.targetPaths(entry, p, reading, parse);
        EventArguments.Found targets = parties != null ? new EventArguments.Found(List.of(parties[1]), false)
                : protesting != null ? new EventArguments.Found(List.of(protesting[1]), false)
                : args.resolve(p, targetPaths, args.side(actorKeys), false);
        if (targets.isEmpty() && parties == null) {
            // "Palestinian police seized weapons from Palestinian armed groups": a people and its state (DomesticParties)
            List<EventArguments.Argument> domestic = DomesticParties.across(actors.arguments(),
                    args.resolve(p, targetPaths, Set.of(), false).arguments(), reading, sentence);
            targets = domestic.isEmpty() ? targets : new EventArguments.Found(domestic, false);
        }
        // "Serbian President Kostunica promised to democratize Serbia": an act aimed only at the actor's own side
        // (EventArguments.side) is told, without a target, as PLOVER codes it
        boolean ownSide = targets.isEmpty() && parties == null && !args.resolve(p, targetPaths, actorKeys, false).isEmpty();
        if ("phone".equals(entry.mode())) {
            // "police received a call from a residence on Poplar Drive": one telephones someone, not a place
            targets = new EventArguments.Found(targets.arguments().stream()
                    .filter(t -> t.key() == null || !t.key().startsWith(EntityType.PLACE + ":")).toList(), targets.none());
        }
        if (!targets.isEmpty() && parties == null && entry.category().equals("CONSULT")) {
            // "met with A of Zambia; B, President of Ghana; and C": the list's later items (ListedTargets)
            List<EventArguments.Argument> listed = new ArrayList<>(targets.arguments());
            ListedTargets.more(p, reading, parse, args, actorKeys).stream()
                    .filter(a -> listed.stream().noneMatch(t -> t.key().equals(a.key()))).forEach(listed::add);
            targets = new EventArguments.Found(listed, false);
        }
        if (parties == null && JudgedActs.JUDGING.contains(entry.category())) {
            // "denounced Serbia's suppression of the unrest", "rejected Israel's detention of the activists": the one
            // whose act is judged is the target, not those it was done to (JudgedActs); an act whose doer goes
            // unnamed keeps the target found above
            List<EventArguments.Argument> doers = entry.category().equals("ACCUSE")
                    ? JudgedActs.allegedDoers(p, reading, parse, args, args.side(actorKeys)) : List.of();
            doers = doers.isEmpty() ? JudgedActs.doers(p, reading, parse, lexicon, args, actors.arguments(), args.side(actorKeys)) : doers;
            if (!doers.isEmpty()) {
                targets = new EventArguments.Found(doers, false);
            }
        }
        if (parties == null && entry.category().equals("PROTEST")) {
            // "demonstrated against the killing of Palestinians by Israeli troops": a protest, like a condemnation, is
            // against whoever did the act it protests, not those it was done to (ProtestedActs)
            List<EventArguments.Argument> doers = ProtestedActs.doers(p, reading, parse, lexicon, lists, args, actors.arguments(),
                    args.side(actorKeys));
            if (!doers.isEmpty()) {
                targets = new EventArguments.Found(doers, false);
            }
        }
        if (targets.isEmpty() && ANSWERING.contains(entry.category())) {
            List<EventArguments.Argument> proposers = args.proposers(p, args.side(actorKeys));
            targets = proposers.isEmpty() ? targets : new EventArguments.Found(proposers, false);
        }
        if (targets.isEmpty() && parties == null && entry.category().equals("REQUEST")) {
            // "sought refuge in Germany": asylum is asked of the country it is sought in (AsylumCountries)
            List<EventArguments.Argument> hosts = AsylumCountries.of(p, reading, parse, args, args.side(actorKeys));
            targets = hosts.isEmpty() ? targets : new EventArguments.Found(hosts, false);
        }
        if (targets.isEmpty() && parties == null && entry.category().equals("AGREE")) {
            // "agreed to set up a centre in Tokyo": whom the agreed act concerns (AgreedActs)
            List<EventArguments.Argument> concerned = AgreedActs.concerned(p, parse, args, args.side(actorKeys));
            targets = concerned.isEmpty() ? targets : new EventArguments.Found(concerned, false);
        }
        if (targets.isEmpty() && parties == null && protesting == null) {
            // "demanded an admission by Moscow", "rejected proposed Israeli changes": the act's agent (ActAgents)
            List<EventArguments.Argument> agents = ActAgents.of(p, entry.category(), reading, parse, sentence, lexicon, args,
                    args.side(actorKeys));
            targets = agents.isEmpty() ? targets : new EventArguments.Found(agents, false);
        }
        // "ordered the opposition newspaper La Prensa to suspend publication": coercion of the one ordered (OrdersToStop)
        boolean orderedToStop = parties == null && entry.category().equals("REQUEST") && OrdersToStop.told(p, reading, parse);
        if (orderedToStop && targets.isEmpty()) {
            List<EventArguments.Argument> ordered = OrdersToStop.ordered(p, reading, parse, args, args.side(actorKeys));
            targets = ordered.isEmpty() ? targets : new EventArguments.Found(ordered, false);
        }
        Modality modality = modality(p, reading, parse);
        // "refused to deploy peacekeepers", "will not accept any more refugees": told below as a REJECT
        boolean refusal = modality == Modality.DENIED && refused(p, reading, parse);
        List<EventArguments.Argument[]> pairs = new ArrayList<>();
        boolean nounWithoutVictim = targets.isEmpty() && !targets.none() && entry.category().equals("ASSAULT")
                && !reading.token(p).tag().startsWith("VB");
        if (!targets.isEmpty()) {
            for (EventArguments.Argument actor : actors.arguments()) {
                for (EventArguments.Argument target : targets.arguments()) {
                    pairs.add(new EventArguments.Argument[] {actor, target});
                }
            }
        } else if (actors.arguments().size() > 1 && MUTUAL.contains(entry.category()) && intransitive(p, reading, parse)) {
            EventArguments.Argument first = actors.arguments().get(0);
            actors.arguments().subList(1, actors.arguments().size()).forEach(other -> pairs.add(new EventArguments.Argument[] {first, other}));
        } else if (targets.none() || ownSide || entry.category().equals("PROTEST") || nounWithoutVictim
                || entry.category().equals("REQUEST") && (AddresslessDemands.told(p, reading, parse, args)
                        || PublicAppeals.addressed(p, reading, parse, args))
                || refusalOfNoOne(refusal, p, reading, parse)) {
            // a protest needs no target (PLOVER): "Kenyans protested"; whom it is against is looked for below;
            // nor does an assault a noun tells without its victim, where it says it took place ("police killings
            // in Kenya"; "complained over Israeli air raids" tells the complaint); nor a demand of no one
            // ("demanded immediate elections": AddresslessDemands), nor one made of the public ("called on the public
            // to remain calm": PublicAppeals); nor a refusal, told below as a REJECT, whose refused act names no one
            // ("will not accept any more refugees", "refused to deploy more troops"): PLOVER codes the refusal without
            // a target, as it codes "Kenyans protested". A failure to act ("are failing to uphold the rights") is no
            // refusal of anything asked unless it names whose request it turns down.
            actors.arguments().forEach(actor -> pairs.add(new EventArguments.Argument[] {actor, null}));
        }
        // "four persons were shot and killed", "gunmen abducted three people": no one named on either side (UnnamedVictims)
        boolean victimsUnnamed = unattributed && entry.category().equals("ASSAULT") && targets.isEmpty()
                && unnamedVictims.struckUnnamedPeople(p, reading, parse);
        if (victimsUnnamed && pairs.isEmpty()) {
            pairs.add(new EventArguments.Argument[] {actors.arguments().get(0), null});
        }
        if (pairs.isEmpty()) {
            return List.of();
        }
        Set<EventArguments.Argument[]> struck = new HashSet<>();
        // An assault or a protest told without a target: what it is against, else where it took place ("demonstrated
        // in Serbia"): PLOVER codes the country attacked, or the one whose government the protest addresses.
        // An assault with no actor is kept for whom it struck, which its own phrase must name: where it happened is no victim.
        if (STRUCK_CATEGORIES.contains(entry.category()) && pairs.stream().allMatch(pair -> pair[1] == null)
                && !(unattributed && entry.category().equals("ASSAULT"))) {
            List<EventArguments.Argument> aimed = entry.category().equals("PROTEST") ? args.protestedAgainst(p, actorKeys) : List.of();
            List<EventArguments.Argument> places = aimed.isEmpty() ? args.struck(p, actorKeys) : aimed;
            if (!places.isEmpty()) {
                aimAt(pairs, places);
                struck.addAll(pairs);
            }
        }
        // "police killings in Kenya": where the noun says it took place is the actor's own country, which args.struck
        // passes over (it excludes the actor); the assault is told there, at home, at no one else
        // A noun naming both sides ("a crossfire between the police and the kidnappers") tells a fight wherever it was
        if (nounWithoutVictim && struck.isEmpty() && args.struck(p, Set.of()).isEmpty() && !TwoSidedFights.namesBothSides(p, parse)) {
            return List.of();
        }
        if (unattributed && entry.category().equals("PROTEST") && pairs.stream().allMatch(pair -> pair[1] == null)
                && (reading.token(p).tag().startsWith("VB") || ProtestsTold.happening(p, reading, parse, lists))) {
            // "some 200 protesters marched on parliament": a crowd's protest that names no one it is against
            // addresses the state of the country the report is about (PLOVER codes the country protested in).
            // Not a protest a noun names, so often only the circumstance of another act ("killed in riots",
            // "an agreement on a peaceful demonstration"), unless its clause tells it as happening ("took part in
            // demonstrations", "set off protests": ProtestsTold).
            String state = args.dominantCountry(Set.of());
            if (state != null) {
                pairs.clear();
                pairs.add(new EventArguments.Argument[] {new EventArguments.Argument(null, null), new EventArguments.Argument(state, null)});
            }
        }
        if (entry.category().equals("PROTEST") && parties == null) {
            // "opposition parties in Nepal organised a general strike": against their own state (DomesticParties)
            pairs.replaceAll(pair -> {
                EventArguments.Argument state = pair[1] == null ? DomesticParties.protestedState(pair[0]) : null;
                return state == null ? pair : new EventArguments.Argument[] {pair[0], state};
            });
        }
        if (hypothetical(p, reading, parse) && !announcedByItsActor(p, reading, parse)) {
            return List.of(); // "police can arrest the person if he fails to appear": a power, not an act
        }
        if (unattributed && entry.category().equals("ASSAULT")) {
            // "a roadside bombing near Samarra killed a soldier": the country the blast went off in (UnclaimedBlasts)
            Optional<EventArguments.Argument> blast = UnclaimedBlasts.actor(p, reading, parse, args, townCountries, unnamedActors);
            blast.ifPresent(b -> pairs.replaceAll(pair -> pair[0].key() == null ? new EventArguments.Argument[] {b, pair[1]} : pair));
        }
        String category = entry.category();
        String cameo = entry.cameo();
        String mode = entry.mode();
        if (orderedToStop && pairs.stream().anyMatch(pair -> pair[1] != null)) {
            category = "COERCE";
            cameo = null;
            mode = null;
        }
        // "refused to deploy peacekeepers", "declined to resign", "will not accept any more refugees": a refusal
        // told is itself an event, PLOVER REJECT, by the one who refuses, of the act refused.
        if (refusal) {
            modality = Modality.ASSERTED;
            category = "REJECT";
            cameo = "120";
            mode = null;
        }
        if (category.equals("REJECT") && parties == null && pairs.stream().allMatch(pair -> pair[1] == null)) {
            // "rejected a call for its troops to be deployed in Haiti", "declined to resign despite pressure from the
            // opposition": whom the thing refused concerns, or who pressed for it (RejectedThings)
            List<EventArguments.Argument> concerned = RejectedThings.concerned(p, reading, parse, args, args.side(actorKeys));
            if (!concerned.isEmpty()) {
                aimAt(pairs, concerned);
            }
        }
        // "is willing to withdraw", "offered to release": a readiness to a cooperative act is an intention
        // to cooperate (PLOVER AGREE), whichever the act.
        boolean offered = modality == Modality.PLANNED && COOPERATIVE.contains(category) && !Intentions.PROMISED_AS_ITSELF.contains(category)
                && parse.ancestors(p, 2).stream().anyMatch(n -> WILLING_WORDS.contains(reading.token(n).lemma()));
        // "vowed to destroy Hamas", "would impose sanctions if it invaded": a coercive act promised or set on a
        // condition is a threat (PLOVER THREATEN), as a cooperative act promised is an agreement.
        // So is one its actor announces ("said they would boycott all contact", "announced he will extend the
        // curfew"): PLOVER codes the announcement of a coercive act as the threat of it. Another's forecast
        // ("officials said Russia would attack") and a plan merely told ("will suspend") stay planned acts.
        // So is one its actor declares itself ready or prepared to do ("is prepared to impose martial law"): the
        // commitment that makes a cooperative act AGREE makes a hostile one THREATEN (Intentions). And any act
        // set on an "unless" is a threat, a withdrawal or a boycott too ("will withdraw its force unless").
        // A boycott (PROTEST, mode boycott) counts as hostile here: CAMEO 1312 codes a threatened boycott THREATEN.
        // A coercive act a noun names is announced by the clause of the verb it is the object of: "said it would
        // tighten the blockade of Serbia" (Intentions.clauseOf).
        int clause = Intentions.clauseOf(p, reading, parse);
        boolean threatened = modality == Modality.PLANNED && ((HOSTILE.contains(category) || category.equals("PROTEST") && "boycott".equals(mode))
                && (parse.ancestors(p, 2).stream().anyMatch(n -> VOWING_WORDS.contains(reading.token(n).lemma()))
                        || parse.dependents(clause).stream().anyMatch(d -> d.relation().equals("advcl:if") || d.relation().equals("advcl:unless"))
                        || announcedByItsActor(clause, reading, parse) || Intentions.readyTo(p, reading, parse))
                || !category.equals("AGREE") && parse.dependents(p).stream().anyMatch(d -> d.relation().equals("advcl:unless")));
        if (category.equals("ASSAULT") && withCrowdControl(p, reading, parse)) {
            category = "COERCE"; // "fired tear gas": the weapons say crowd control, not an assault
            mode = "crowd-control";
        }
        if (category.equals("ASSAULT") && pairs.stream().allMatch(pair -> pair[1] == null) && weaponsTest(p, reading, parse)) {
            category = "MOBILIZE"; // "fired a ballistic missile toward the sea": a test, a show of force, at no one
            cameo = "150";
            mode = "weapons-test";
        }
        if (threatened) {
            category = "THREATEN";
            cameo = null;
            mode = null;
        }
        if (category.equals("THREATEN") && pairs.stream().allMatch(pair -> pair[1] == null)) {
            // "threatened to strike unless Israel rescinded": the one the condition is set on (ConditionalThreats)
            List<EventArguments.Argument> conditioned = ConditionalThreats.target(p, parse, args, args.side(actorKeys));
            if (!conditioned.isEmpty()) {
                aimAt(pairs, conditioned);
            }
        }
        // A cooperative act its actor promises or announces ("pledged to work with", "said they will release the
        // hostages", "said it would allow the return of inspectors") is AGREE, as PLOVER's gold codes it; a
        // meeting merely foretold ("will meet", "is expected to visit") stays a meeting, planned (Intentions).
        boolean committed = Intentions.committed(p, reading, parse) || announcedByItsActor(p, reading, parse);
        // An announced withdrawal stays a (planned) RETREAT: "announced it would pull its soldiers out". A release
        // promised is an intention to yield ("said they will release the prime minister", "announced it will return
        // the weapons seized"): CAMEO 0353 "express intent to release persons or property", PLOVER AGREE
        // (Intentions.release). Our annotation of real reports codes a release made as CONCEDE; one promised it
        // has not met, and PLOVER's gold codes it AGREE.
        boolean promised = COOPERATIVE.contains(category) && (!category.equals("RETREAT") || Intentions.release(cameo)) && committed
                        && !Intentions.PROMISED_AS_ITSELF.contains(category)
                || PROMISED_AS_AGREE.contains(category) && !Intentions.FORETOLD_AS_ITSELF.contains(category)
                        && !Intentions.toldAsAPlan(p, reading, parse);
        if (modality == Modality.PLANNED && promised && !offered && !committed && Intentions.purpose(p, reading, parse, lists)) {
            return List.of(); // "will work with African countries to promote ties": the purpose of a future act, no promise
        }
        if (modality == Modality.PLANNED && (promised || offered) && !postponed(p, reading, parse)) {
            category = "AGREE";
            cameo = null; // the pattern's code is that of the act, not of the promise
            mode = null;
        }
        String date = date(p, reading, parse, times, sentence);
        // Told as having happened without a date of its own: it happened by the report's date. A
        // planned or denied event did not happen then.
        if (date == null && (modality == Modality.ASSERTED || modality == Modality.ALLEGED)
                && isCalendarDate(reportDate)) {
            date = reportDate;
        }
        List<Found> found = new ArrayList<>();
        for (EventArguments.Argument[] pair : pairs) {
            String place = args.place(p, entry, pair[1] == null ? null : pair[1].key());
            String actor = pair[0].key() == null ? null : stateBodyOf(powerSeatedAt(pair[0].key(), reading), reading);
            String target = pair[1] == null ? null : stateBodyOf(powerSeatedAt(pair[1].key(), reading), reading);
            target = townCountries.struck(category, target, actor, reading); // "attacks on Dnipro": Ukraine
            if (actor == null && target == null && !(victimsUnnamed && (modality == Modality.ASSERTED || modality == Modality.ALLEGED))) {
                continue; // an event with neither actor nor target says nothing of anyone, unless of its unnamed victims
            }
            if (target == null && entry.category().equals("AGREE") && !category.equals("REJECT") && noAgreementTold(p, parse)) {
                // "agreed the ministry should not be revived", "unless the president agrees": no agreement made; one refused
                // ("will not accept any more refugees") is told all the same, as a REJECT
                continue;
            }
            if (actor != null && isMerePlace(actor)) {
                continue; // "a visit to the city of Kulob": a town does not act; a capital acts for its government
            }
            if (actor == null) {
                // unattributed: kept with its target
            } else if (actor.equals(target) && struck.contains(pair) && category.equals("ASSAULT")
                    && pair[1].key().startsWith(EntityType.PLACE + ":") && StruckPlaces.toldByItsWeapon(p, reading, parse)) {
                target = pair[1].key(); // "Afghan rebels exploded bombs in Kabul": the town struck (StruckPlaces)
            } else if (actor.equals(target) && (struck.contains(pair) || category.equals("MOBILIZE"))) {
                // "police killings in Kenya", "Kenyans protested in Nairobi", "Kenyan police remained on alert in
                // Nairobi": at home, at no one else
                target = null;
            } else if (actor.equals(target) && !DomesticParties.opposite(pair[0].sector(), pair[1].sector())) {
                continue; // one side, unless a people and its state (DomesticParties)
            }
            String told = target;
            if (found.stream().anyMatch(f -> Objects.equals(f.actor(), actor) && Objects.equals(f.target(), told))) {
                continue; // "attacks on Kyiv, Dnipro and Kharkiv": one attack on Ukraine
            }
            found.add(new Found(category, actor, target, date, place, reading.token(p).text(), sentence.begin(),
                    sentence.end(), modality, cameo, mode, pair[0].sector(), pair[1] == null ? null : pair[1].sector(), p));
        }
        return found;
    }

    /** Whether the predicate's phrase (two levels down) names a weapons test: "fired a ballistic missile". */
    private boolean weaponsTest(int p, Reading reading, DependencyIndex parse) {
        List<Integer> level = List.of(p);
        for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                if (lists.weaponTests.contains(lower(reading.token(node).text()))) {
                    return true;
                }
                parse.dependents(node).forEach(d -> next.add(d.dependent()));
            }
            level = next;
        }
        return false;
    }

    /** Where a predicate names the weapons it acts with: its object, "with" phrase or passive subject. */
    private static final Set<String> WEAPON_RELATIONS = Set.of("obj", "obl:with", "nsubj:pass", "nmod:with");

    /** Whether the predicate acts with a crowd-control weapon ("fired tear gas", "used rubber bullets, tear gas and water cannons"). */
    private boolean withCrowdControl(int p, Reading reading, DependencyIndex parse) {
        StringBuilder words = new StringBuilder(" ");
        List<Integer> level = parse.dependents(p).stream().filter(d -> WEAPON_RELATIONS.contains(d.relation()))
                .map(AnnotatedText.Dependency::dependent).toList();
        Set<Integer> seen = new HashSet<>();
        for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                if (seen.add(node)) {
                    parse.dependents(node).stream().filter(d -> d.relation().startsWith("conj") || d.relation().equals("compound")
                            || d.relation().equals("amod")).forEach(d -> next.add(d.dependent()));
                }
            }
            level = next;
        }
        seen.stream().sorted().forEach(n -> {
            // the head with the modifiers just before it: "tear gas", "rubber bullets"
            for (int i = Math.max(0, n - 2); i <= n; i++) {
                words.append(lower(reading.token(i).text())).append(' ');
            }
            words.append("| ");
        });
        String text = words.toString();
        return lists.crowdControl.stream().anyMatch(w -> text.contains(" " + w));
    }

    /**
     * "suspend a military agreement", "the revocation of an accord": a noun that an event just found acts
     * on, or that a predicate with an event of its own governs, is what that event acts on, not an event
     * of its own.
     */
    private boolean actedOn(int p, Reading reading, DependencyIndex parse, Set<Integer> predicates) {
        if (ObjectContent.isContentOfObject(p, parse, predicates) || ProposalAuthors.answered(p, reading, parse)
                || ReceivedReproaches.received(p, reading, parse)) {
            return true;
        }
        for (AnnotatedText.Dependency head : parse.governors(p)) {
            String relation = head.relation();
            // "demanded the resignation of the president": what is demanded is asked for, not done
            if (relation.equals("obj") && reading.token(head.governor()).tag().startsWith("VB")
                    && lists.demandingVerbs.contains(reading.token(head.governor()).lemma())) {
                return true;
            }
            // "halted mediation efforts", "signed a cooperation agreement": a noun that names the kind of an event's
            // object is what that event acts on, no event of its own
            if (relation.equals("compound") && reading.token(p).tag().startsWith("NN") && parse.governors(head.governor()).stream()
                    .anyMatch(g -> (g.relation().equals("obj") || g.relation().equals("nsubj:pass")) && predicates.contains(g.governor()))) {
                return true;
            }
            if ((relation.equals("obj") || relation.equals("nmod:of") || relation.equals("nsubj:pass"))
                    && !reading.token(head.governor()).lemma().equals(reading.token(p).lemma())
                    // "allegations of police killings": the act alleged is told, alleged (see modality)
                    && !(relation.equals("nmod:of") && ALLEGING_WORDS.contains(reading.token(head.governor()).lemma()))
                    && (predicates.contains(head.governor()) || isPredicate(reading.token(head.governor())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word the hand-written lexicon makes an event whatever its phrase holds ("suspend", "revocation"):
     * a noun it governs is what it acts on even before it is read ("the visit was postponed" is read
     * visit first). A verb of the built lexicon counts once it has told an event.
     */
    private boolean isPredicate(AnnotatedText.Token token) {
        return lexicon.isHandWritten(token.lemma(), token.tag().startsWith("VB"));
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
        String place = key.substring(key.indexOf(':') + 1);
        WordLists.Target power = lists.metonyms.get(place);
        if (power == null && lists.capitals.containsKey(place)) {
            power = new WordLists.Target(lists.capitals.get(place), EntityType.COUNTRY);
        }
        if (power == null) {
            return key;
        }
        String country = Span.key(power.type(), power.name());
        return reading.namesInBody(country) ? country : key;
    }

    /** Sectors of the state whose named bodies act, in event terms, for their country. */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "SPY");

    /**
     * "The Seoul High Court sentenced", "Security Service of Ukraine", "Kuala Lumpur City Hall": a named body of a
     * state (a court, a ministry, the police, a city hall: a state word of agents.tsv or state-body-words.tsv)
     * whose name, or the "of" phrase the report puts after it, says which state acts, in PLOVER's terms, for that
     * country (the body's sector kept on the event), whether or not the report names that country elsewhere
     * (TownCountries). A body of no state sector (a party, a news agency, a company) stays itself.
     */
    private String stateBodyOf(String key, Reading reading) {
        if (key == null || !key.startsWith(EntityType.ORGANIZATION + ":") && !key.startsWith(EntityType.PLACE + ":")) {
            return key; // a body's seat may be taken for a place: "the Lima City Hall"
        }
        String name = key.substring(key.indexOf(':') + 1);
        boolean stateBody = false;
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < words.length && !stateBody; i++) {
            for (int j = i + 1; j <= Math.min(words.length, i + 3); j++) {
                String phrase = String.join(" ", Arrays.copyOfRange(words, i, j));
                String sector = lists.sectorOf(phrase);
                if (sector != null && STATE_SECTORS.contains(sector)) {
                    stateBody = true;
                    break;
                }
            }
        }
        if (!stateBody) {
            return key;
        }
        String country = lists.countryWithin(name);
        if (country == null) {
            country = townCountries.countryWithinBody(name); // "Delhi Police": India
        }
        if (country == null) {
            country = countryAfter(key, reading); // "the Security Service of Ukraine"
        }
        return country == null ? key : Span.key(EntityType.COUNTRY, lists.countryName(country));
    }

    /**
     * The country a mention of this organisation is followed by as "of Country" ("the Security Service of
     * Ukraine", "the Supreme Court of India"), when the engine has cut the name before its "of": the name of the
     * body the report gives in full. Null when no mention is.
     */
    private static String countryAfter(String key, Reading reading) {
        for (Span body : reading.spans) {
            if (!key.equals(body.key) || !reading.text.startsWith(" of ", body.end)) {
                continue;
            }
            for (Span after : reading.spans) {
                if (after.begin == body.end + 4 && after.type == EntityType.COUNTRY && after.key != null) {
                    return after.key.substring(after.key.indexOf(':') + 1);
                }
            }
        }
        return null;
    }

    /** A place that is neither a capital nor a place the metonym list makes an actor ("Washington", "the Kremlin"). */
    private boolean isMerePlace(String key) {
        if (!key.startsWith(EntityType.PLACE + ":")) {
            return false;
        }
        String place = key.substring(key.indexOf(':') + 1);
        return !lists.capitals.containsKey(place) && !lists.metonyms.containsKey(place);
    }

    static String year(String date) {
        return date == null ? "" : date.substring(0, 4);
    }

    /** Modals of ability or possibility: "can", "could", "may", "might". */
    private static final Set<String> POSSIBILITY_MODALS = Set.of("can", "could", "may", "might");
    /** Modals that with the perfect tell the unreal past: "would have", "should have" ("could have" is as often a guess). */
    private static final Set<String> UNREAL_MODALS = Set.of("would", "should", "'d");

    /**
     * "Police can arrest a suspect if he fails to appear", "troops may open fire if attacked": an act a modal of
     * possibility sets on a condition is a power or a contingency the report describes, no act done or
     * announced. (A future set on a condition, "will impose sanctions if", is a threat: see THREATEN.) So is an
     * act told in the unreal past ("would not have been beaten", "should have been released"): it did not happen.
     */
    private static boolean hypothetical(int p, Reading reading, DependencyIndex parse) {
        int first = reading.token(p).tag().startsWith("VB") ? parse.sharedConjunct(p) : -1;
        List<AnnotatedText.Dependency> own = new ArrayList<>(parse.dependents(p));
        if (first >= 0 && own.stream().noneMatch(d -> d.relation().equals("aux"))) {
            own.addAll(parse.dependents(first));
        }
        // "had she done that, she would not have been beaten up", "the prisoners should have been released": a modal
        // of the unreal past ("would", "should" with the perfect "have") tells what did not happen
        boolean unrealPast = own.stream().anyMatch(d -> d.relation().equals("aux") && UNREAL_MODALS.contains(lower(reading.token(d.dependent()).text())))
                && own.stream().anyMatch(d -> d.relation().equals("aux") && reading.token(d.dependent()).lemma().equals("have"));
        return unrealPast || own.stream().anyMatch(d -> d.relation().equals("aux") && POSSIBILITY_MODALS.contains(lower(reading.token(d.dependent()).text())))
                && own.stream().anyMatch(d -> d.relation().equals("advcl:if") || d.relation().equals("advcl:unless"));
    }

    private static Modality modality(int p, Reading reading, DependencyIndex parse) {
        // "will impose tariffs and expel diplomats": a verb conjoined without a subject of its own shares
        // the first verb's auxiliaries, negation and governing clause.
        int first = reading.token(p).tag().startsWith("VB") ? parse.sharedConjunct(p) : -1;
        List<Integer> chain = new ArrayList<>(parse.ancestors(p, 3));
        if (first >= 0 && chain.isEmpty()) {
            chain.addAll(parse.ancestors(first, 3));
        }
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
        if (first >= 0 && parse.dependents(p).stream().noneMatch(d -> d.relation().equals("aux"))) {
            withSelf.add(first);
        }
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
                            && t.begin() >= time.begin() && t.end() <= time.end()
                            && isCalendarDate(time.value())) {
                        return time.value();
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether a date value places an event in the calendar: a day, a month or a year. Values that do not
     * ("--02-14" with no year, a week, "PRESENT_REF") give the event no date rather than a wrong one.
     */
    static boolean isCalendarDate(String value) {
        return value != null && CALENDAR_DATE.matcher(value).matches();
    }

    private static final Pattern CALENDAR_DATE =
            Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

}
