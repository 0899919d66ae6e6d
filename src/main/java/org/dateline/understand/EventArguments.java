package org.dateline.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Resolves the argument paths of one predicate to the entities the rules have grouped: the entity
 * that covers the word at the end of a path, else the nearest within its phrase ("Sudanese troops"
 * -> Sudan, "his country" -> the country of the person's role), with the sector its role word gives
 * ("troops": MIL). Coordinated arguments ("Bosnia and Slovenia") give each of their entities.
 */
final class EventArguments {

    /** An argument: the entity's key and the CAMEO sector of the word that named it, null when none. */
    record Argument(String key, String sector) {
    }

    /** The arguments a list of paths found; {@code none} when no path did and the list allows an event without. */
    record Found(List<Argument> arguments, boolean none) {
        static final Found NOTHING = new Found(List.of(), false);

        boolean isEmpty() {
            return arguments.isEmpty();
        }
    }

    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "government", "nation", "administration");
    /** Relations not followed when looking for the entity in an argument's phrase. */
    private static final Set<String> NOT_IN_PHRASE = Set.of("punct", "det", "case", "cc", "mark", "cop", "aux",
            "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "appos", "dep");
    /** "work with everyone except the Greek Cypriots": an exception names whom the phrase leaves out. */
    private static final Set<String> EXCEPTING = Set.of("nmod:except", "nmod:except_for", "nmod:excluding", "nmod:but",
            "nmod:other_than", "nmod:apart_from");
    /** Relations within a noun phrase that name whose or which it is. */
    private static final Set<String> CORE_OF_PHRASE = Set.of("nmod:poss", "compound", "amod", "nmod:of", "flat",
            "nummod", "obl:npmod");
    /**
     * Where a phrase locates its head rather than says whose it is: "rallies in Gaza against Abbas" are
     * against Abbas, in Gaza (the event's place).
     */
    private static final Set<String> LOCATING = Set.of("nmod:in", "nmod:at", "nmod:near", "nmod:during", "nmod:since",
            "nmod:until", "nmod:inside", "nmod:outside", "nmod:throughout", "nmod:within", "nmod:across", "nmod:around",
            "nmod:after", "nmod:before", "nmod:tmod", "obl:in", "obl:at", "obl:tmod");
    /** Pronouns that stand for the subject of the clause that governs theirs: "Hungary said it will support". */
    private static final Set<String> CLAUSE_PRONOUNS = Set.of("it", "they", "we");
    private static final Set<String> ACCUSING_WORDS = Set.of("accuse", "blame", "charge", "suspect");
    private static final List<String> OBJECT = List.of("obj");
    /** Prepositions by which a verb names what it is aimed at. */
    private static final Set<String> AIMED_AT = Set.of("obl:at", "obl:on", "obl:against", "obl:upon");
    /** How an act given as the reason for another hangs on it: "sentenced ... for protesting". */
    private static final Set<String> REASONS = Set.of("obl:for", "advcl:for", "obl:over", "advcl:over");
    /** Sectors of the state: "police" or "the army" alone act for the country the report is about. */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "SPY");
    /**
     * No more entities than this on either side of one event: a list of twenty countries is no event of each. A
     * meeting with the leaders of two title lists ("the presidents of four countries and the prime ministers of
     * three") names seven parties, each met (LeaderLists).
     */
    private static final int MAX_PER_SIDE = 8;

    private final Reading reading;
    private final DependencyIndex parse;
    private final List<Role> roles;
    private final AnnotatedText.Sentence sentence;
    private final WordLists lists;
    private final EventLexicon lexicon;
    private final String datelineCountry;
    private final Map<String, String> stateBodies;

    EventArguments(Reading reading, DependencyIndex parse, List<Role> roles, AnnotatedText.Sentence sentence,
            WordLists lists, EventLexicon lexicon) {
        this(reading, parse, roles, sentence, lists, lexicon, null, Map.of());
    }

    /**
     * @param datelineCountry the country of the report's dateline, null when none
     * @param stateBodies     the country key of each organisation key that names a body of state by its country or
     *                        town ("Seoul Western District Court": South Korea)
     */
    EventArguments(Reading reading, DependencyIndex parse, List<Role> roles, AnnotatedText.Sentence sentence,
            WordLists lists, EventLexicon lexicon, String datelineCountry, Map<String, String> stateBodies) {
        this.datelineCountry = datelineCountry;
        this.stateBodies = stateBodies;
        this.reading = reading;
        this.parse = parse;
        this.roles = roles;
        this.sentence = sentence;
        this.lists = lists;
        this.lexicon = lexicon;
    }

    /**
     * The arguments at the first of the paths that finds any.
     *
     * @param exclude the keys the other side already holds: an event's target is someone else
     * @param first   true for the actor (the first of "between A and B"), false for the target
     */
    Found resolve(int p, List<List<String>> paths, Set<String> exclude, boolean first) {
        boolean passive = isPassive(p);
        boolean objectNamesNoOne = false;
        for (List<String> path : paths) {
            if (path.get(0).equals("unnamed")) {
                if (objectNamesNoOne) {
                    return new Found(List.of(), true);
                }
                continue;
            }
            if (path.equals(OBJECT)) {
                // "detained protesters": an object that names no entity is a target all the same
                objectNamesNoOne |= parse.dependents(p).stream().anyMatch(d -> d.relation().equals(passive ? "nsubj:pass" : "obj")
                        && namesSomeone(d.dependent()));
            } else if (path.size() == 1 && AIMED_AT.contains(path.get(0))) {
                // "fired at the man", "an attack on a convoy": so is what the act is aimed at
                objectNamesNoOne |= parse.dependents(p).stream().anyMatch(d -> d.relation().equals(path.get(0))
                        && reading.token(d.dependent()).tag().startsWith("NN"));
            } else if (path.size() == 1 && path.get(0).equals("obl:with")) {
                // "clashed with protesters", "fought with gunmen": the other side of a fight, when it is people, not
                // what one fought with ("attacked with grenades")
                objectNamesNoOne |= parse.dependents(p).stream().anyMatch(d -> d.relation().equals("obl:with")
                        && reading.token(d.dependent()).tag().equals("NNS")
                        && !ArgumentWords.ATTACK_INSTRUMENTS.contains(lemma(d.dependent()))
                        && lists.crowdControl.stream().noneMatch(w -> w.endsWith(lemma(d.dependent()))));
            }
            List<Argument> found = switch (path.get(0)) {
                case "none" -> null;
                case "subject" -> subject(p, passive, exclude);
                case "between" -> between(p, first ? 0 : 1, exclude);
                case "report" -> single(reportCountry(exclude), null);
                default -> follow(p, path, exclude, passive);
            };
            if (found == null) {
                return new Found(List.of(), true);
            }
            List<Argument> kept = found.stream().filter(a -> !exclude.contains(a.key())).limit(MAX_PER_SIDE).toList();
            if (!kept.isEmpty()) {
                return new Found(kept, false);
            }
        }
        return Found.NOTHING;
    }

    /**
     * Whether an object that names no entity stands for people all the same: a noun ("protesters"), or a number
     * or quantifier standing alone ("killed three", "beating some with clubs").
     */
    private boolean namesSomeone(int token) {
        String tag = reading.token(token).tag();
        return tag.startsWith("NN") || tag.equals("CD") || tag.equals("DT") && QUANTIFIERS.contains(reading.token(token).lemma());
    }

    /**
     * "Issued a declaration demanding that Turkey provide", "a statement by Ghana condemning the raid": a document
     * demands, condemns or urges what its issuer does. The issuer is the one its own phrase names (not what the
     * participle says: "a statement condemning the Togolese raid" is no statement by Togo), else the subject of
     * the verb the document is the object of.
     */
    private List<Argument> documentIssuer(int document, int p, Set<String> exclude) {
        List<Argument> found = new ArrayList<>(entitiesIn(document, exclude, true));
        parse.dependents(document).stream().filter(d -> d.relation().equals("nmod:by") || d.relation().equals("nmod:from"))
                .forEach(d -> found.addAll(entitiesIn(d.dependent(), exclude)));
        // "a resolution adopted by the Security Council demanding": the agent of another participle of the document
        parse.dependents(document).stream().filter(d -> d.relation().equals("acl") && d.dependent() != p
                        && reading.token(d.dependent()).tag().equals("VBN"))
                .flatMap(d -> parse.dependents(d.dependent()).stream())
                .filter(a -> a.relation().equals("obl:agent") || a.relation().equals("obl:by"))
                .forEach(a -> found.addAll(entitiesIn(a.dependent(), exclude)));
        if (!found.isEmpty()) {
            return distinct(found);
        }
        for (AnnotatedText.Dependency issued : parse.governors(document)) {
            int verb = issued.governor();
            if ((issued.relation().equals("obj") || issued.relation().equals("nsubj:pass")) && verb != p
                    && reading.token(verb).tag().startsWith("VB")
                    && parse.governors(verb).stream().noneMatch(g -> g.relation().startsWith("acl"))) {
                return subject(verb, isPassive(verb), exclude);
            }
        }
        return List.of();
    }

    private String lemma(int token) {
        return reading.token(token).lemma().toLowerCase(Locale.ROOT);
    }

    private static final Set<String> QUANTIFIERS = Set.of("some", "others", "many", "several", "dozens", "hundreds");

    /** "was sanctioned by", "were expelled": the subject undergoes the event. */
    boolean isPassive(int p) {
        return isPassive(p, reading, parse);
    }

    /** The same, for the rules that read a parse without an argument resolver. */
    static boolean isPassive(int p, Reading reading, DependencyIndex parse) {
        return reading.token(p).tag().startsWith("VB") && !misreadPassive(p, reading, parse) && parse.dependents(p).stream()
                .anyMatch(d -> d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass"));
    }

    /**
     * Whether the parser made a passive of an active clause: "Russian shelling killed twelve civilians" is tagged
     * "shelling/VBG killed/VBN" and parsed "Russian" nsubj:pass, "shelling" aux:pass. A passive's auxiliary is a
     * form of "be" or "get"; with no such auxiliary the clause is read as written, active, its "subject" the actor.
     * So is a participle of stance with a "to" complement ({@link StanceParticiples}): "Israel is opposed to".
     */
    static boolean misreadPassive(int p, Reading reading, DependencyIndex parse) {
        List<AnnotatedText.Dependency> auxiliaries = parse.dependents(p).stream().filter(d -> d.relation().equals("aux:pass")).toList();
        return !auxiliaries.isEmpty() && auxiliaries.stream()
                .noneMatch(d -> PASSIVE_AUXILIARIES.contains(reading.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)))
                || StanceParticiples.stance(p, reading, parse); // "Israel is opposed to French mediation"
    }

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("be", "get", "become");

    private static List<Argument> single(String key, String sector) {
        return key == null ? List.of() : List.of(new Argument(key, sector));
    }

    private List<Argument> follow(int p, List<String> path, Set<String> exclude, boolean passive) {
        List<Integer> nodes = List.of(p);
        for (String step : path) {
            // In the passive the object is the subject: "French forces were expelled".
            String relation = passive && step.equals("obj") ? "nsubj:pass" : step;
            List<Integer> next = new ArrayList<>();
            for (int node : nodes) {
                if (relation.startsWith("^")) { // up to the governing verb: "held talks with"
                    // "^compound": up to the noun a noun modifies ("a mediation mission between A and B")
                    String up = relation.length() > 1 ? relation.substring(1) : "obj";
                    parse.governors(node).stream().filter(d -> d.relation().equals(up))
                            .forEach(d -> next.add(d.governor()));
                    continue;
                }
                parse.dependents(node).stream().filter(d -> d.relation().equals(relation)
                        || relation.equals("nsubj") && d.relation().equals("nsubj:xsubj"))
                        .forEach(d -> next.add(d.dependent()));
            }
            nodes = next;
        }
        List<Argument> found = new ArrayList<>();
        for (int node : nodes) {
            found.addAll(entitiesIn(node, exclude));
        }
        return distinct(found);
    }

    /**
     * The subject of the predicate, or of what governs it ("held talks", "decided to suspend", "the
     * decision to revoke"). A predicate whose subject names no entity ("gunmen attacked") has no actor:
     * the one who reports it ("police said gunmen attacked") is not the one who acted. In the passive,
     * only the agent of "by" acts.
     */
    private List<Argument> subject(int p, boolean passive, Set<String> exclude) {
        if (passive) {
            List<Argument> found = new ArrayList<>();
            parse.dependents(p).stream().filter(d -> d.relation().equals("obl:agent"))
                    .forEach(d -> found.addAll(entitiesIn(d.dependent(), exclude)));
            return distinct(found);
        }
        // "an agreement permitting US military presence": a participle's subject is the noun it modifies.
        for (AnnotatedText.Dependency head : parse.governors(p)) {
            if (head.relation().equals("acl")) {
                // "warning of Russia targeting the territory": the gerund's subject is the "of" just before it
                Optional<AnnotatedText.Dependency> of = parse.dependents(head.governor()).stream()
                        .filter(d -> d.relation().equals("nmod:of") && d.dependent() == p - 1).findFirst();
                if (of.isEmpty() && ArgumentWords.DOCUMENT_NOUNS.contains(lemma(head.governor()))) {
                    return documentIssuer(head.governor(), p, exclude);
                }
                return entitiesIn(of.isPresent() ? of.get().dependent() : head.governor(), exclude);
            }
            if (REASONS.contains(head.relation()) && reading.token(p).tag().equals("VBG")) {
                // "sentenced ten people for protesting": those punished for the act did it, not who punished
                // ("Yoo was sentenced for assaulting": in the passive, its subject)
                return distinct(parse.dependents(head.governor()).stream().filter(d -> d.relation().equals("obj")
                                || d.relation().equals("nsubj:pass"))
                        .flatMap(d -> entitiesIn(d.dependent(), exclude).stream()).toList());
            }
        }
        // "the governor said rebels stormed the town, burned the market and killed five": the later verbs, which the
        // parser hangs on "said" with its subject, go on telling what the rebels did (DependencyIndex.continuedReport)
        int reported = reading.token(p).tag().startsWith("VB") ? parse.continuedReport(p, n -> lists.isSpeechVerb(reading.token(n))) : -1;
        if (reported >= 0) {
            return subject(reported, isPassive(reported, reading, parse), exclude);
        }
        List<Integer> nodes = new ArrayList<>();
        nodes.add(p);
        nodes.addAll(subjectChain(p));
        int main = invertedAdjunct(p);
        if (main >= 0) {
            nodes.add(main);
        }
        // "police fired tear gas and detained protesters": a conjoined verb without a subject of its own
        // has the first verb's, whether or not the parser copied it.
        int first = reading.token(p).tag().startsWith("VB") ? parse.sharedConjunct(p) : -1;
        if (first >= 0 && !nodes.contains(first)) {
            nodes.add(first);
            subjectChain(first).stream().filter(n -> !nodes.contains(n)).forEach(nodes::add);
        }
        for (int node : nodes) {
            if (node != p && ACCUSING_WORDS.contains(reading.token(node).lemma())) {
                // "Niger accused France of suspending": the accused is the one said to act
                return distinct(parse.dependents(node).stream().filter(d -> d.relation().equals("obj"))
                        .flatMap(d -> entitiesIn(d.dependent(), Set.of()).stream()).toList());
            }
            boolean hasSubject = false;
            List<Argument> found = new ArrayList<>();
            for (AnnotatedText.Dependency d : controlledSubjects(node)) {
                boolean subject = d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")
                        || d.relation().equals("obl:agent") || node != p && d.relation().equals("nmod:poss")
                        || d.relation().equals("nsubj:pass") && misreadPassive(node, reading, parse);
                if (subject && eventNoun(d.dependent())) {
                    // "The visit of Zeine raised concerns": the visitor did not raise them. But "an Israeli strike
                    // killed five fighters": an attack that killed is its attacker's doing.
                    hasSubject = true;
                    if (node == p && attackThatHarmed(d.dependent(), p)) {
                        found.addAll(entitiesIn(d.dependent(), exclude));
                    }
                    continue;
                }
                if (subject) {
                    // "Hungary said it will support": "it" lets the governing clause's subject through.
                    hasSubject |= !d.relation().equals("nmod:poss")
                            && !CLAUSE_PRONOUNS.contains(reading.token(d.dependent()).text().toLowerCase(Locale.ROOT));
                    found.addAll(entitiesIn(d.dependent(), exclude));
                }
            }
            if (!found.isEmpty() || hasSubject && reading.token(node).tag().startsWith("VB")) {
                return distinct(found);
            }
        }
        return List.of();
    }

    /**
     * The heads whose subject may stand for the predicate's (up to three steps): through a light verb,
     * a control verb, a reported clause or a purpose ("held talks", "decided to suspend", "said it will
     * support", "visited Niger to sign"), not through a phrase that only places or explains it: the
     * subject of "lifted a curfew imposed after riots" did not riot.
     */
    private List<Integer> subjectChain(int p) {
        List<Integer> found = new ArrayList<>();
        int node = p;
        for (int i = 0; i < 3; i++) {
            Optional<AnnotatedText.Dependency> head = parse.governors(node).stream()
                    .filter(d -> !d.relation().equals("root") && !d.relation().startsWith("conj")
                            && !d.relation().equals("ref") && !d.relation().startsWith("nsubj")).findFirst();
            // "arrived in Tehran for talks with Raeisi": the purpose of a journey is the traveller's
            boolean purpose = head.isPresent() && head.get().relation().equals("obl:for") && reading.token(node).tag().startsWith("NN");
            if (head.isEmpty() || circumstantial(head.get().relation()) && !purpose && !freeAdjunct(node, head.get())
                    && !TemporalClauseSubjects.sharesItsSubject(node, head.get().relation(), reading, parse)
                    && !MeetingsTakenPartIn.takesPart(node, head.get(), reading)
                    || found.contains(head.get().governor())
                    || onlyJudged(head.get())) {
                break;
            }
            node = head.get().governor();
            found.add(node);
        }
        return found;
    }

    /**
     * Whether a node is a participle clause joined to its verb without a conjunction or a subject of its own
     * ("Slamming the minister, the Chief Minister said ...", "police fired, wounding two"): its subject is the
     * main clause's, as English grammar reads a free adjunct.
     */
    private boolean freeAdjunct(int node, AnnotatedText.Dependency head) {
        return head.relation().equals("advcl") && reading.token(node).tag().equals("VBG")
                && parse.dependents(node).stream().noneMatch(d -> d.relation().startsWith("nsubj") || d.relation().equals("mark"));
    }

    /**
     * The main clause of a free adjunct the parser made its head, or -1: "Coming down heavily on the opposition,
     * Mamata said ..." is parsed with "Coming" the root and "said" its parataxis. As in {@link #freeAdjunct}, the
     * participle, opening the sentence without a subject or a conjunction of its own, has the main clause's subject.
     */
    private int invertedAdjunct(int p) {
        AnnotatedText.Token token = reading.token(p);
        if (!token.tag().equals("VBG") || !parse.governors(p).stream().allMatch(d -> d.relation().equals("root"))
                || parse.dependents(p).stream().anyMatch(d -> d.relation().startsWith("nsubj") || d.relation().equals("mark"))
                || IntStream.range(sentence.firstToken(), p).anyMatch(i -> !reading.token(i).tag().matches("RB|``|\\W*"))) {
            return -1;
        }
        return parse.dependents(p).stream().filter(d -> d.relation().equals("parataxis") && d.dependent() > p
                        && reading.token(d.dependent()).tag().startsWith("VB")
                        && parse.dependents(d.dependent()).stream().anyMatch(s -> s.relation().equals("nsubj") && s.dependent() > p))
                .mapToInt(AnnotatedText.Dependency::dependent).findFirst().orElse(-1);
    }

    /** "The ICRC condemned the killing", "police confirmed the abduction": who judges or reports an act did not do it. */
    private boolean onlyJudged(AnnotatedText.Dependency head) {
        return head.relation().equals("obj") && ArgumentWords.speaksOfAnAct(reading.token(head.governor()));
    }

    private static boolean circumstantial(String relation) {
        // "accused France of suspending": what one is accused of, one did
        return relation.startsWith("obl") && !relation.equals("obl:agent") && !relation.equals("obl:of")
                || relation.startsWith("advcl") && !relation.equals("advcl:to") && !relation.equals("advcl:of")
                || relation.startsWith("nmod") && !relation.equals("nmod:of") && !relation.equals("nmod:poss")
                || Set.of("acl:relcl", "parataxis", "dep", "appos", "list").contains(relation);
    }

    /**
     * The dependents of a node, its controlled subject ("nsubj:xsubj") read right: the parser makes the
     * object of "visited Niger to discuss" the one who discusses; only after verbs such as "order" and
     * "urge" is it so. Elsewhere the controlling verb's subject stands in.
     */
    private List<AnnotatedText.Dependency> controlledSubjects(int node) {
        List<AnnotatedText.Dependency> out = new ArrayList<>();
        for (AnnotatedText.Dependency d : parse.dependents(node)) {
            if (!d.relation().equals("nsubj:xsubj")) {
                out.add(d);
                continue;
            }
            Optional<AnnotatedText.Dependency> control = parse.governors(node).stream()
                    .filter(g -> g.relation().equals("xcomp")).findFirst();
            boolean objectOfController = control.isPresent() && parse.dependents(control.get().governor()).stream()
                    .anyMatch(g -> g.relation().equals("obj") && g.dependent() == d.dependent());
            if (objectOfController && !lists.objectControlVerbs.contains(reading.token(control.get().governor()).lemma())) {
                parse.dependents(control.get().governor()).stream().filter(g -> g.relation().equals("nsubj"))
                        .forEach(g -> out.add(new AnnotatedText.Dependency(node, g.dependent(), "nsubj:xsubj")));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Whether an assault noun ("strike", "shelling", "raid") is the subject of an assault verb ("killed",
     * "wounded"): the one the noun names as attacker ("an Israeli strike", "Russia's shelling") did the harm.
     */
    private boolean attackThatHarmed(int noun, int p) {
        return lexicon != null && reading.token(p).tag().startsWith("VB")
                && lexicon.lookUp(reading.token(noun).lemma(), false).stream().anyMatch(e -> "ASSAULT".equals(e.category()))
                && lexicon.lookUp(reading.token(p).lemma(), true).stream().anyMatch(e -> "ASSAULT".equals(e.category()));
    }

    /** A noun that tells an event of its own ("the visit", "the attack"): what it holds is its own arguments. */
    private boolean eventNoun(int token) {
        AnnotatedText.Token t = reading.token(token);
        return t.tag().startsWith("NN") && lexicon != null && !lexicon.lookUp(t.lemma(), false).isEmpty();
    }

    /**
     * The actors' side: the actors, and the country or organisation each person among them holds a title of.
     * "Chinese President Xi urged China and Africa to work together" asks nothing of China: a leader and the
     * state he speaks for are one side, never actor and target of one event.
     */
    Set<String> side(Set<String> actorKeys) {
        Set<String> side = new HashSet<>(actorKeys);
        roles.stream().filter(r -> actorKeys.contains(r.person()) && r.of() != null).forEach(r -> side.add(r.of()));
        return side;
    }

    /** Whose demand, appeal or offer the predicate answers: "rejected North Korea's demand" (see {@link ProposalAuthors}). */
    List<Argument> proposers(int p, Set<String> exclude) {
        return ProposalAuthors.of(p, reading, parse, sentence, this, exclude);
    }

    /** The first (index 0) or second (1) of "between A and B" in the predicate's phrase. */
    private List<Argument> between(int p, int which, Set<String> exclude) {
        for (int node : parse.near(p, 3)) {
            List<Integer> parties = parse.dependents(node).stream()
                    .filter(d -> d.relation().equals("nmod:between") || d.relation().equals("obl:between"))
                    .map(AnnotatedText.Dependency::dependent).sorted().distinct().toList();
            if (parties.size() >= 2) {
                List<Argument> found = entitiesIn(parties.get(which), which == 0 ? Set.of() : exclude);
                return found.isEmpty() ? List.of() : List.of(found.get(0));
            }
        }
        return List.of();
    }

    /** The country the report names most, other than those excluded. */
    String reportCountry(Set<String> exclude) {
        Map<String, Integer> counts = new HashMap<>();
        reading.spans.stream().filter(s -> s.type == EntityType.COUNTRY && s.key != null && s.end <= reading.bodyEnd
                && !exclude.contains(s.key)).forEach(s -> counts.merge(s.key, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The country the report is about: the one it names most (its capital and its dateline counting for it,
     * "NAIROBI, KENYA", "in Nairobi"), at least twice and more often than any other, or the only one it names
     * at all; null when none is. The understander adds the country to the report's entities when only its
     * capital or the dateline named it.
     */
    String dominantCountry(Set<String> exclude) {
        Map<String, Integer> counts = new HashMap<>();
        for (Span s : reading.spans) {
            if (s.key == null || s.end > reading.bodyEnd) {
                continue;
            }
            if (s.type == EntityType.COUNTRY) {
                counts.merge(s.key, 1, Integer::sum);
            } else if (s.type == EntityType.PLACE && lists.capitals.containsKey(s.key.substring(s.key.indexOf(':') + 1))) {
                counts.merge(Span.key(EntityType.COUNTRY, lists.capitals.get(s.key.substring(s.key.indexOf(':') + 1))), 1, Integer::sum);
            } else if (stateBodies.containsKey(s.key)) {
                // "The Seoul Western District Court handed down the sentences": a report of a state's court or
                // police is about that state, though it never names it
                counts.merge(stateBodies.get(s.key), 1, Integer::sum);
            }
        }
        if (datelineCountry != null) {
            counts.merge(Span.key(EntityType.COUNTRY, datelineCountry), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.size() > 1 && (ranked.get(0).getValue() < 2
                || ranked.get(1).getValue().equals(ranked.get(0).getValue())) || exclude.contains(ranked.get(0).getKey())) {
            return null;
        }
        return ranked.get(0).getKey();
    }

    /**
     * The predicate and the event nouns it carries as object ("held (two days of) meetings in Niamey",
     * "launched a drone attack on Kyiv"): a light verb's place and target hang on the event noun.
     */
    private List<Integer> predicateAndEventNouns(int p) {
        List<Integer> heads = new ArrayList<>();
        heads.add(p);
        parse.dependents(p).stream().filter(d -> d.relation().equals("obj")).forEach(d -> {
            heads.add(d.dependent());
            parse.dependents(d.dependent()).stream().filter(o -> o.relation().equals("nmod:of")).forEach(o -> heads.add(o.dependent()));
        });
        heads.removeIf(h -> h != p && !eventNoun(h));
        return heads;
    }

    /** A place or country the predicate locates itself in ("arrived in Niger"), or a visited country. */
    String place(int p, EventLexicon.Entry entry, String target) {
        for (int head : predicateAndEventNouns(p)) {
            for (AnnotatedText.Dependency d : parse.dependents(head)) {
                if (d.relation().equals("obl:in") || d.relation().equals("obl:at") || d.relation().equals("nmod:in")) {
                    String key = entityAt(d.dependent());
                    if (key != null && isPlace(key)) {
                        return key;
                    }
                }
            }
        }
        return entry.lemma().equals("visit") && target != null && isPlace(target) ? target : null;
    }

    /**
     * Whom an assault told without a target struck: what "on" or "against" its event noun names ("launched
     * a drone attack on Kyiv"), else the country or place it struck in ("airstrikes in parts of Ukraine",
     * "a drone strike is underway in the region of Kyiv"): PLOVER codes the country attacked as target.
     */
    List<Argument> struck(int p, Set<String> exclude) {
        List<Integer> heads = predicateAndEventNouns(p);
        for (int head : heads) {
            for (AnnotatedText.Dependency d : parse.dependents(head)) {
                if (STRUCK.contains(d.relation())) {
                    List<Argument> found = entitiesIn(d.dependent(), exclude);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
        }
        if (reading.token(p).tag().startsWith("NN")) {
            // "a drone strike is underway in Kyiv": the place of the clause the strike is the subject of
            parse.governors(p).stream().filter(d -> d.relation().equals("nsubj")).forEach(d -> heads.add(d.governor()));
        }
        // "fired four shells at targets in Jericho": what was struck, naming no one, is where it stood. The parser
        // hangs "at targets" on the verb or on its object ("shells"), so two steps are followed; a thing fired at
        // ("at targets", "at houses") is struck as a thing fired on is, when it is a common noun no entity covers
        for (int step = 0; step < 2; step++) {
            for (int head : List.copyOf(heads)) {
                parse.dependents(head).stream().filter(d -> STRUCK.contains(d.relation()) || d.relation().equals("obj")
                                || STRUCK_AT.contains(d.relation()) && unnamedThing(d.dependent()))
                        .filter(d -> !heads.contains(d.dependent()))
                        .forEach(d -> heads.add(d.dependent()));
            }
        }
        for (int head : heads) {
            for (AnnotatedText.Dependency d : parse.dependents(head)) {
                if (STRUCK_IN.contains(d.relation())) {
                    List<Argument> found = entitiesIn(d.dependent(), exclude).stream().filter(a -> isPlace(a.key())).toList();
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
        }
        return List.of();
    }

    /** How a clause gives an act its purpose: "staged rallies to demand", "a rally in Lagos to protest". */
    private static final Set<String> PURPOSES = Set.of("advcl:to", "xcomp", "acl:to", "advcl", "acl", "dep");
    /** Where a clause of demanding or protesting names what it is against or asks of whom. */
    private static final Set<String> AIMED = Set.of("obj", "obl:against", "obl:at", "obl:of", "obl:on", "obl:for",
            "obl:from", "obl:by", "iobj");
    /** Where "in protest of", "in defiance of" names what it is against. */
    private static final Set<String> PHRASE_AIMED = Set.of("nmod:of", "nmod:against", "nmod:at", "nmod:over", "nmod:to",
            "nmod:with");

    /**
     * The clauses that give a protest its purpose ("to demand political reforms", "to protest against Sweden's
     * decision"): those of a verb of demanding or protesting that the predicate, or the light verb whose object it
     * is ("staged rallies", "began a hunger strike"), governs.
     */
    static List<Integer> purposeClauses(int p, Reading reading, DependencyIndex parse, WordLists lists) {
        List<Integer> heads = new ArrayList<>();
        heads.add(p);
        if (reading.token(p).tag().startsWith("NN")) {
            parse.governors(p).stream().filter(d -> d.relation().equals("obj")).forEach(d -> heads.add(d.governor()));
        }
        List<Integer> clauses = new ArrayList<>();
        for (int head : heads) {
            for (AnnotatedText.Dependency d : parse.dependents(head)) {
                AnnotatedText.Token t = reading.token(d.dependent());
                if (d.dependent() > p && PURPOSES.contains(d.relation()) && t.tag().startsWith("VB")
                        && lists.protestAims.contains(t.lemma())) {
                    clauses.add(d.dependent());
                }
            }
        }
        return clauses;
    }

    /**
     * Whom a protest told without a target is against: what its purpose clause demands of or protests against
     * ("to demand the resignation of President Ben Bella"), else what "in protest of" or "in defiance of" names.
     * PLOVER codes the one protested against; the place the protest happened in comes only after.
     */
    List<Argument> protestedAgainst(int p, Set<String> exclude) {
        // the purpose clauses first; then a demand told on the protest's noun or crowd ("a rally calling for", ProtestAimsTold)
        List<Integer> aims = new ArrayList<>(purposeClauses(p, reading, parse, lists));
        ProtestAimsTold.clauses(p, reading, parse, lists).stream().filter(c -> !aims.contains(c)).forEach(aims::add);
        for (int clause : aims) {
            for (AnnotatedText.Dependency d : parse.dependents(clause)) {
                if (AIMED.contains(d.relation())) {
                    List<Argument> found = entitiesIn(d.dependent(), exclude);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
                if (d.relation().equals("ccomp")) { // "to demand that Mugabe abandon his policy"
                    for (AnnotatedText.Dependency s : parse.dependents(d.dependent())) {
                        if (s.relation().equals("nsubj")) {
                            List<Argument> found = entitiesIn(s.dependent(), exclude);
                            if (!found.isEmpty()) {
                                return found;
                            }
                        }
                    }
                }
            }
        }
        List<Integer> heads = new ArrayList<>(predicateAndEventNouns(p));
        if (reading.token(p).tag().startsWith("NN")) {
            parse.governors(p).stream().filter(d -> d.relation().equals("obj")).forEach(d -> heads.add(d.governor()));
        }
        // "staged rallies in the Gaza Strip against Abbas": the parser hangs "against" on any word of the phrase
        for (int head : List.copyOf(heads)) {
            for (int node : parse.near(head, 2)) {
                for (AnnotatedText.Dependency d : parse.dependents(node)) {
                    if (d.relation().equals("nmod:against") || d.relation().equals("obl:against")) {
                        List<Argument> found = entitiesIn(d.dependent(), exclude);
                        if (!found.isEmpty()) {
                            return found;
                        }
                    }
                }
            }
        }
        // "in protest of the government's refusal": the phrase's noun may be the predicate itself
        List<Integer> phrases = new ArrayList<>();
        if (reading.token(p).tag().startsWith("NN") && lists.protestPhrases.contains(reading.token(p).lemma())) {
            phrases.add(p);
        }
        for (int head : heads) {
            for (AnnotatedText.Dependency d : parse.dependents(head)) {
                if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod"))
                        && lists.protestPhrases.contains(reading.token(d.dependent()).lemma())) {
                    phrases.add(d.dependent());
                }
            }
        }
        for (int phrase : phrases) {
            for (AnnotatedText.Dependency a : parse.dependents(phrase)) {
                if (PHRASE_AIMED.contains(a.relation())) {
                    List<Argument> found = entitiesIn(a.dependent(), exclude);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
        }
        return List.of();
    }

    private static final Set<String> STRUCK = Set.of("nmod:on", "nmod:against", "obl:on", "obl:against", "nmod:upon");
    private static final Set<String> STRUCK_IN = Set.of("nmod:in", "obl:in", "nmod:at", "obl:at", "nmod:across",
            "obl:across", "nmod:throughout", "obl:throughout");

    /** How a verb, or the weapon it fires, names what was fired at: "fired at targets", "shells at houses". */
    private static final Set<String> STRUCK_AT = Set.of("obl:at", "nmod:at");

    /** A common noun no entity covers: "targets", "houses", what was struck without naming whose. */
    private boolean unnamedThing(int token) {
        String tag = reading.token(token).tag();
        return (tag.equals("NN") || tag.equals("NNS")) && reading.spanCovering(token).isEmpty();
    }

    private static boolean isPlace(String key) {
        return key.startsWith(EntityType.COUNTRY + ":") || key.startsWith(EntityType.PLACE + ":");
    }

    /**
     * The entities a token refers to: the one whose span covers it, else the nearest within its phrase,
     * first through its possessors, compounds and modifiers ("US officials' call" -> United States),
     * then through anything but clauses; and those of the words coordinated with it ("Mali and Niger").
     * Those excluded are passed over.
     */
    List<Argument> entitiesIn(int token, Set<String> exclude) {
        List<Argument> found = new ArrayList<>(entitiesInPhrase(token, exclude));
        for (AnnotatedText.Dependency d : parse.dependents(token)) {
            if (d.relation().equals("conj:and") || d.relation().equals("conj:or") || d.relation().equals("conj:nor")) {
                List<Argument> conjunct = entitiesInPhrase(d.dependent(), exclude);
                // "Defense Minister Fedorov and Foreign Affairs Minister Sybiha": the parser may end the conjunct
                // inside the second title; the name the title runs into is the one joined (TitledNames)
                found.addAll(conjunct.isEmpty() ? TitledNames.nameTheTitleRunsInto(d.dependent(), reading, lists, exclude) : conjunct);
            }
        }
        // "the presidents of Ghana and Senegal, and the prime ministers of Norway": a second title the parser lost
        for (int title : LeaderLists.strayTitles(token, reading, parse)) {
            found.addAll(entitiesIn(title, exclude));
        }
        return distinct(found);
    }

    /**
     * The entity at a conjunct, else the country its demonym adjective names: "scores of Sierra Leonean and
     * Liberian refugees", which the parser reads as "Sierra Leonean" and "Liberian refugees" joined, is of both.
     */
    private String entityOrDemonymAt(int token) {
        String key = entityAt(token);
        if (key != null) {
            return key;
        }
        return parse.dependents(token).stream().filter(d -> d.relation().equals("amod"))
                .filter(d -> reading.spanCovering(d.dependent()).map(s -> s.kind == Span.Kind.DEMONYM).orElse(false))
                .map(d -> entityAt(d.dependent())).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Where a phrase places a group of people: "groups in Zimbabwe", "students throughout Indonesia". */
    private static final Set<String> GROUP_PLACES = Set.of("nmod:in", "nmod:throughout", "nmod:across");

    private List<Argument> entitiesInPhrase(int token, Set<String> exclude) {
        List<Argument> resident = ResidentGroups.countryLivedIn(token, reading, parse, this, exclude);
        if (!resident.isEmpty()) {
            return resident;
        }
        // "Police" opening a sentence is tagged a proper noun; a word inside a name is not.
        // So is an office written with a capital, named by no one: "the President", "the Foreign Minister".
        boolean commonWord = reading.token(token).tag().startsWith("NN") && (!reading.token(token).tag().startsWith("NNP")
                || (token == sentence.firstToken() || UnnamedOffices.isUnnamedOffice(token, reading, parse, this))
                        && reading.spanCovering(token).isEmpty());
        // "his Turkish counterpart Mevlut Cavusoglu": a title with its holder's name is that person, not the
        // country its adjective names; so is a capitalised title outside any name ("Deputy Prime Minister, ...
        // Sheikh Fahad"). A named possessor keeps its place ("Niger's Prime Minister Zeine" acts for Niger).
        boolean title = reading.token(token).tag().startsWith("NN") && reading.spanCovering(token).isEmpty()
                && parse.dependents(token).stream().noneMatch(d -> d.relation().equals("nmod:poss")
                        && reading.token(d.dependent()).tag().startsWith("NNP"));
        List<Argument> core = title ? TitledNames.holder(token, reading, parse, lists, this, exclude) : List.of();
        if (core.isEmpty()) {
            core = entitiesIn(token, exclude, true);
        }
        if (core.isEmpty()) {
            core = entitiesIn(token, exclude, false);
        }
        if (core.isEmpty() && commonWord && !eventNoun(token)) {
            // "Opposition groups in Zimbabwe", "students throughout Indonesia", "activists from the Fatah Party":
            // a group that names no one, named by the country it is in or the body it comes from, acts (and is
            // acted on) for that country or body, as "Zimbabwean groups" would. A town names no such group.
            List<Argument> located = new ArrayList<>();
            String sector = sectorOf(token);
            parse.dependents(token).stream().filter(d -> GROUP_PLACES.contains(d.relation()) || d.relation().equals("nmod:from"))
                    .forEach(d -> entitiesIn(d.dependent(), exclude, true).stream()
                            .filter(a -> a.key().startsWith(EntityType.COUNTRY + ":")
                                    || d.relation().equals("nmod:from") && !a.key().startsWith(EntityType.PLACE + ":"))
                            .forEach(a -> located.add(new Argument(a.key(), sector))));
            if (!located.isEmpty()) {
                return located;
            }
        }
        if (core.isEmpty() && commonWord) {
            // "Police arrested dozens", "the army shelled": the state's agents, unnamed, act for the
            // country the report is about, when it is clearly about one.
            String sector = sectorOf(token);
            String country = sector != null && STATE_SECTORS.contains(sector) ? dominantCountry(exclude) : null;
            if (country != null) {
                return List.of(new Argument(country, sector));
            }
        }
        return core;
    }

    /** The entities at the nearest depth that has any (two modifiers, "Hungarian and Romanian officials", are both kept). */
    List<Argument> entitiesIn(int token, Set<String> exclude, boolean coreOnly) {
        Set<Integer> seen = new HashSet<>();
        List<Integer> level = List.of(token);
        String sector = sectorOf(token);
        for (int depth = 0; depth <= 3 && !level.isEmpty(); depth++) {
            List<Argument> found = new ArrayList<>();
            Set<String> demonyms = new HashSet<>();
            for (int node : level) {
                // "Bosnian Serbs", "ethnic Albanians": a demonym that only says which people names no country
                String key = ResidentGroups.namesOnlyAPeople(node, reading, parse) ? null : entityAt(node);
                List<Integer> thisLevel = level;
                if (key == null && parse.governors(node).stream()
                        .anyMatch(g -> g.relation().startsWith("conj") && thisLevel.contains(g.governor()))) {
                    key = entityOrDemonymAt(node); // "Sierra Leonean and Liberian refugees": Liberia too
                }
                if (key != null && reading.spanCovering(node).map(s -> s.kind == Span.Kind.DEMONYM).orElse(false)) {
                    demonyms.add(key);
                }
                if (key != null) {
                    key = countryOfPerson(token, key);
                }
                if (key != null && !exclude.contains(key)) {
                    found.add(new Argument(key, depth == 0 ? null : sector));
                    if (!coreOnly) {
                        // Deeper in a phrase, the nearest entity and those coordinated with it, not every
                        // entity at that depth: "unease over Niger's alignment with Russia" is over Niger.
                        for (AnnotatedText.Dependency d : parse.dependents(node)) {
                            String other = d.relation().startsWith("conj") ? entityOrDemonymAt(d.dependent()) : null;
                            if (other != null && !exclude.contains(other)) {
                                found.add(new Argument(other, sector));
                            }
                        }
                        return found;
                    }
                }
            }
            if (!found.isEmpty()) {
                // "the Chadian town of Adre": the country, not the town in it, is whom an event concerns
                if (found.stream().anyMatch(a -> a.key().startsWith(EntityType.COUNTRY + ":"))) {
                    found.removeIf(a -> a.key().startsWith(EntityType.PLACE + ":"));
                }
                // "the Palestinian Islamic Jihad movement": the body named acts; its adjective only says whose it is
                if (found.stream().anyMatch(a -> a.key().startsWith(EntityType.ORGANIZATION + ":"))) {
                    found.removeIf(a -> demonyms.contains(a.key()));
                }
                return found;
            }
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                seen.add(node);
                parse.dependents(node).stream()
                        .filter(d -> (!NOT_IN_PHRASE.contains(PatternMatcher.base(d.relation())) || LedForces.leader(node, d, reading))
                                && !EXCEPTING.contains(d.relation()) && !d.relation().startsWith("conj")
                                && !LOCATING.contains(d.relation()) && (!coreOnly || CORE_OF_PHRASE.contains(d.relation())))
                        .map(AnnotatedText.Dependency::dependent)
                        .filter(n -> !seen.contains(n) && n >= sentence.firstToken() && n < sentence.endToken())
                        .forEach(next::add);
            }
            next.sort(Comparator.naturalOrder());
            level = next;
        }
        return List.of();
    }

    /**
     * The CAMEO sector of the role word at the head of an argument: "troops" MIL, "government troops"
     * MIL, "foreign minister" GOV, "police" COP; null when the word is no role.
     */
    String sectorOf(int token) {
        AnnotatedText.Token head = reading.token(token);
        List<String> modifiers = new ArrayList<>();
        for (int i = token - 1; i >= sentence.firstToken() && i >= token - 3; i--) {
            AnnotatedText.Token t = reading.token(i);
            if (!(t.tag().startsWith("NN") || t.tag().startsWith("JJ"))) {
                break;
            }
            modifiers.add(0, t.text().toLowerCase(Locale.ROOT));
        }
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        String text = head.text().toLowerCase(Locale.ROOT);
        // "troops": the dictionary lists singulars, and the engine leaves some plurals as they are
        String singular = text.endsWith("s") ? text.substring(0, text.length() - 1) : text;
        for (int from = 0; from <= modifiers.size(); from++) {
            String before = String.join(" ", modifiers.subList(from, modifiers.size()));
            String prefix = before.isEmpty() ? "" : before + " ";
            for (String word : List.of(text, lemma, singular)) {
                // "the city hall", "the security service": bodies of state PETRARCH's dictionary lacks
                String sector = lists.sectorOf(prefix + word);
                if (sector != null) {
                    return sector;
                }
            }
        }
        // "residents hurled stones at the officers": bare officers of a report about the police are policemen
        return PoliceOfficers.sectorOf(token, reading, parse);
    }

    /** "his country": the country of the person's role. */
    private String countryOfPerson(int head, String key) {
        if (!key.startsWith(EntityType.PERSON + ":") || !COUNTRY_NOUNS.contains(reading.token(head).lemma().toLowerCase(Locale.ROOT))) {
            return key;
        }
        return roles.stream().filter(r -> r.person().equals(key) && r.of() != null).map(Role::of).findFirst().orElse(key);
    }

    /**
     * The entity of the span over the token. "The junta" the rules took for the ruling council acts,
     * in event terms, for its country (the country the report names most), as "Niger's junta" does.
     */
    private String entityAt(int token) {
        Optional<Span> span = reading.spanCovering(token);
        if (span.isPresent() && span.get().kind == Span.Kind.DESCRIPTION && span.get().type == EntityType.ORGANIZATION
                && span.get().text.toLowerCase(Locale.ROOT).contains("junta")) {
            return reportCountry(Set.of());
        }
        return span.map(s -> s.key).orElse(null);
    }

    /** The arguments with a key, the first of each key, in order. */
    static List<Argument> distinct(List<Argument> arguments) {
        Set<String> keys = new LinkedHashSet<>();
        List<Argument> out = new ArrayList<>();
        for (Argument a : arguments) {
            if (a != null && Objects.nonNull(a.key()) && keys.add(a.key())) {
                out.add(a);
            }
        }
        return out;
    }
}
