package org.dateline.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Demands, appeals and complaints whose addressee a clause names rather than the verb's object: "demanded that
 * Israel withdraw" and "said Sudan must return the helicopter" are aimed at the subject of the that-clause, "called
 * on Togo to release" at the one named before the to-clause, "complained that Togo had closed the border" at Togo.
 * The CAMEO lines of these verbs code their objects ("demanded the release of"), and read the clause's words as the
 * verb's pattern ("demanded that North Korea forsake its nuclear program" met an attack pattern), so these readings
 * come first. The act demanded is no event of its own: the speech act governs it. The verbs are listed in
 * speech-act-clauses.tsv.
 */
final class SpeechActClauses {

    private enum Kind { CLAUSE, MODAL, CONTROL, DEED, NOUN, PURPOSE }

    private record Line(String lemma, String particle, Kind kind, String category, String cameo) {

        boolean lemmaIsProtest() {
            return lemma.equals("protest");
        }
    }

    /** Whom a clause's act is demanded of or laid on: the subject of the clause, active or passive. */
    private static final List<List<String>> CLAUSE_SUBJECT = List.of(List.of("ccomp", "nsubj"));
    /** "Issued a reminder to Iraq that it must cooperate": the clause's subject, else the one the message is sent to. */
    private static final List<List<String>> CLAUSE_SUBJECT_OR_RECIPIENT = List.of(List.of("ccomp", "nsubj"), List.of("obl:to"),
            List.of("iobj"));
    private static final List<List<String>> CLAUSE_SUBJECT_OR_NONE = List.of(List.of("ccomp", "nsubj"), EventLexicon.NONE);
    /** Whom a to-clause's act is asked of: the verb's object, or the one its "on" or "to" phrase names. */
    private static final List<List<String>> ADDRESSEE = List.of(List.of("obj"), List.of("obl:on"), List.of("obl:to"),
            List.of("iobj"), List.of("advcl:to", "nsubj"));
    private static final List<List<String>> SUBJECT = List.of(List.of("subject"));
    /**
     * Who did the deed condemned: its possessor, its "by" phrase, or the name or adjective before it ("Serbia's
     * suppression", "the attack by Hamas", "the Russian strike"); else the one it was aimed at ("condemned the attacks
     * on Nigeria", as the event fixtures read it); else no one: the "of" of "the killing of aid workers" names its
     * victims, not whom the condemnation accuses.
     */
    private static final List<List<String>> DOER = List.of(List.of("obj", "nmod:poss"), List.of("obj", "nmod:by"),
            List.of("obj", "nmod:agent"), List.of("obl:by"), List.of("obj", "amod"), List.of("obj", "compound"), List.of("obj", "nmod:on"),
            List.of("obj", "nmod:against"), EventLexicon.NONE);
    /**
     * To whom a complaint made on purpose is made: the one the governing verb names as its object ("summoned
     * Niger's ambassador to complain of inaction": the ambassador, whose country is complained of).
     */
    /**
     * Whom a complaint told after its content accuses: the subject of the clause before it ("Kenya has closed the
     * border, Uganda complained": the parser hangs the complaint on that clause as parataxis, or the clause on it).
     */
    private static final List<List<String>> REPORTED_BEFORE = List.of(List.of("^parataxis", "nsubj"),
            List.of("advcl", "nsubj"), List.of("ccomp", "nsubj"));
    private static final List<List<String>> SUMMONED = List.of(List.of("^xcomp", "obj"), List.of("^advcl:to", "obj"),
            List.of("^advcl", "obj"));

    private static final Set<String> MESSAGE_NOUNS = ArgumentWords.read("message-nouns.txt");

    private static final class Bundled {
        static final SpeechActClauses CLAUSES = load();
    }

    static SpeechActClauses bundled() {
        return Bundled.CLAUSES;
    }

    private final Map<String, List<Line>> lines;

    private SpeechActClauses(Map<String, List<Line>> lines) {
        this.lines = lines;
    }

    /**
     * The lexicon line that reads the speech act at verb {@code p}, or null when the verb tells none this way:
     * its target is the subject of the clause it governs or the one its to-clause is asked of. A verb the
     * lexicon codes as a protest ("protesters demanded that the president resign") is left to the lexicon.
     */
    EventLexicon.Entry entryFor(int p, Reading reading, DependencyIndex parse, WordLists lists, EventLexicon lexicon) {
        AnnotatedText.Token token = reading.token(p);
        if (!token.tag().startsWith("VB")) {
            return null;
        }
        List<Line> own = lines.getOrDefault(token.lemma().toLowerCase(Locale.ROOT), List.of());
        for (Line line : own) {
            if (!line.particle().equals("-") && !hasParticle(p, line.particle(), reading, parse)) {
                continue;
            }
            boolean met = switch (line.kind()) {
                case CLAUSE -> thatClause(p, reading, parse) != -1
                        || line.category().equals("ACCUSE") && !line.lemmaIsProtest() && reportedBefore(p, reading, parse);
                case MODAL -> obliged(p, reading, parse, lists);
                case CONTROL -> toClause(p, reading, parse);
                case DEED -> deedCondemned(p, reading, parse, lexicon);
                case NOUN -> false;
                case PURPOSE -> thatClause(p, reading, parse) == -1 && purposeOfAnAddress(p, reading, parse);
            };
            if (met && !codedAsProtest(p, reading, parse, lexicon)) {
                // "demanded that the president resign": a demand of no one named stands without a target
                List<List<String>> target = line.kind() == Kind.DEED ? DOER : line.kind() == Kind.CONTROL ? ADDRESSEE
                        : line.kind() == Kind.PURPOSE ? SUMMONED
                        : line.kind() == Kind.CLAUSE && thatClause(p, reading, parse) == -1 ? REPORTED_BEFORE
                        : line.kind() == Kind.CLAUSE && line.category().equals("REQUEST") ? CLAUSE_SUBJECT_OR_NONE
                        : CLAUSE_SUBJECT;
                return entry(token.lemma(), target, line.category(), line.cameo());
            }
        }
        if (own.isEmpty() && lists.isSpeechVerb(token) && obliged(p, reading, parse, lists)) {
            return entry(token.lemma(), CLAUSE_SUBJECT, "REQUEST", "020"); // "Russia said Sudan must return"
        }
        if (own.isEmpty() && deliversAMessage(p, reading, parse) && obliged(p, reading, parse, lists)) {
            return entry(token.lemma(), CLAUSE_SUBJECT_OR_RECIPIENT, "REQUEST", "020"); // "issued a reminder to Iraq that it must"
        }
        return null;
    }

    /**
     * Whether the act at {@code p} is one a demand asks for rather than one done: the verb of a that-clause a
     * demanding verb or noun governs ("demanded that the president resign", "its demand that Kenya reopen", "said
     * the talks should resume"), or an act that verb governs in turn ("demanded that the US cancel plans to sell").
     * Asked for, it is not done, whether or not the demand names who asks. A verb in the past tense is told as done
     * (see {@link #joinedByTheParser}), as is anything a verb of ordering ("ordered troops to attack") governs.
     */
    boolean asked(int p, Reading reading, DependencyIndex parse, WordLists lists) {
        int node = p;
        for (int i = 0; i < 3 && node >= 0; i++) {
            int clause = node;
            String tag = reading.token(clause).tag();
            boolean modal = parse.dependents(clause).stream().anyMatch(d -> d.relation().equals("aux")
                    && lists.obligations.contains(reading.token(d.dependent()).text().toLowerCase(Locale.ROOT)));
            if (!tag.startsWith("VB") || tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBG")) {
                if (!modal) {
                    return false;
                }
            }
            for (AnnotatedText.Dependency head : parse.governors(clause)) {
                if (!(head.relation().equals("ccomp") || head.relation().equals("acl")) || head.governor() > clause) {
                    continue;
                }
                AnnotatedText.Token governor = reading.token(head.governor());
                boolean verb = governor.tag().startsWith("VB");
                for (Line line : lines.getOrDefault(governor.lemma().toLowerCase(Locale.ROOT), List.of())) {
                    if (!line.category().equals("REQUEST")) {
                        continue;
                    }
                    if (verb && (line.kind() == Kind.CLAUSE || line.kind() == Kind.MODAL && modal)
                            || !verb && governor.tag().startsWith("NN") && line.kind() == Kind.NOUN) {
                        return true;
                    }
                }
                if (verb && modal && lists.isSpeechVerb(governor)) {
                    return true;
                }
            }
            node = parse.governors(clause).stream().filter(d -> d.relation().equals("xcomp"))
                    .mapToInt(AnnotatedText.Dependency::governor).findFirst().orElse(-1);
        }
        return false;
    }

    /**
     * Whether a verb in the past tense hangs on a clause only as the conjunct of its verb: "acted on Niger's demands
     * that U.S. troops leave and agreed to withdraw" is parsed with "agreed" conjoined to "leave", so that the parse
     * makes it part of the act demanded. An act demanded or planned is in the base form ("leave", "to withdraw"; the
     * tagger reads "troops leave" as a present); a verb in the past tense joined to it is an act of its own.
     */
    static boolean joinedByTheParser(int p, Reading reading, DependencyIndex parse) {
        int node = p;
        for (int i = 0; i < 3 && node >= 0; i++) {
            int current = node;
            if (reading.token(current).tag().equals("VBD") && parse.governors(current).stream().anyMatch(
                    d -> d.relation().startsWith("conj") && reading.token(d.governor()).tag().matches("VBP?"))) {
                return true;
            }
            // "agreed to withdraw": the act the past verb governs is its own too
            node = parse.governors(current).stream().filter(d -> d.relation().equals("xcomp"))
                    .mapToInt(AnnotatedText.Dependency::governor).findFirst().orElse(-1);
        }
        return false;
    }

    private static EventLexicon.Entry entry(String lemma, List<List<String>> target, String category, String cameo) {
        return new EventLexicon.Entry(lemma, true, List.of(), SUBJECT, target, category, null, cameo, null, List.of());
    }

    /** The clause the verb governs as its complement, -1 when none: "demanded that Israel withdraw". */
    private static int thatClause(int p, Reading reading, DependencyIndex parse) {
        return parse.dependents(p).stream().filter(d -> d.relation().equals("ccomp") && d.dependent() > p
                && reading.token(d.dependent()).tag().startsWith("VB")).mapToInt(AnnotatedText.Dependency::dependent)
                .findFirst().orElse(-1);
    }

    /**
     * Whether the verb's object is a deed: a noun the event lexicon reads as an act ("condemned the killing of"),
     * or a common noun told with its doer's "by" phrase ("investigating alleged crimes by Croatian extremists",
     * "denounced abuses by the militia"), which only an act has. An active verb has no agent of its own: the parser's
     * "by" phrase on it ("condemned the crimes by Uganda") is its object's.
     */
    private static boolean deedCondemned(int p, Reading reading, DependencyIndex parse, EventLexicon lexicon) {
        boolean doerOnTheVerb = parse.dependents(p).stream().anyMatch(d -> d.relation().equals("obl:by"))
                && !EventArguments.isPassive(p, reading, parse);
        return parse.dependents(p).stream().filter(d -> d.relation().equals("obj")).anyMatch(d -> {
            AnnotatedText.Token t = reading.token(d.dependent());
            return t.tag().startsWith("NN") && !t.tag().startsWith("NNP") && (!lexicon.lookUp(t.lemma(), false).isEmpty()
                    || doerOnTheVerb || parse.dependents(d.dependent()).stream().anyMatch(
                            by -> by.relation().equals("nmod:by") || by.relation().equals("nmod:agent")));
        });
    }

    /**
     * Whether the verb tells after it the clause it reports: "Kenya has closed the border, Uganda complained". "Protest"
     * is left out: "police fired tear gas, students protested" tells a protest, not a complaint about the police.
     */
    private static boolean reportedBefore(int p, Reading reading, DependencyIndex parse) {
        return clauseBefore(p, reading, parse) != -1;
    }

    private static int clauseBefore(int p, Reading reading, DependencyIndex parse) {
        for (AnnotatedText.Dependency g : parse.governors(p)) {
            if (g.relation().equals("parataxis") && g.governor() < p && reading.token(g.governor()).tag().startsWith("VB")) {
                return g.governor();
            }
        }
        for (AnnotatedText.Dependency d : parse.dependents(p)) {
            if ((d.relation().equals("advcl") || d.relation().equals("ccomp")) && d.dependent() < p
                    && reading.token(d.dependent()).tag().startsWith("VB")) {
                return d.dependent();
            }
        }
        return -1;
    }

    /**
     * The clause a complaint told after it reports ("Kenya has closed the border, Uganda complained": "closed"), or -1.
     * Like the that-clause of "complained that Kenya had closed", it is what the complaint says, no event besides.
     */
    int complainedOfBefore(int p, Reading reading, DependencyIndex parse) {
        if (!reading.token(p).tag().startsWith("VB") || thatClause(p, reading, parse) != -1) {
            return -1;
        }
        boolean complaint = lines.getOrDefault(reading.token(p).lemma().toLowerCase(Locale.ROOT), List.of()).stream()
                .anyMatch(l -> l.kind() == Kind.CLAUSE && l.category().equals("ACCUSE") && !l.lemmaIsProtest());
        return complaint ? clauseBefore(p, reading, parse) : -1;
    }

    /** Whether the verb is a complaint made on purpose by the one who summoned another ("summoned X to complain"). */
    boolean complaintOnPurpose(int p, Reading reading, DependencyIndex parse) {
        return reading.token(p).tag().startsWith("VB") && lines.getOrDefault(reading.token(p).lemma().toLowerCase(Locale.ROOT), List.of())
                .stream().anyMatch(l -> l.kind() == Kind.PURPOSE) && thatClause(p, reading, parse) == -1
                && purposeOfAnAddress(p, reading, parse);
    }

    /**
     * Whether the verb is the purpose of a verb of summoning or meeting (summoning-verbs.txt) that names whom it
     * addresses: "summoned Niger's ambassador to complain". The complaint is its act, made by the one who summoned.
     */
    private static boolean purposeOfAnAddress(int p, Reading reading, DependencyIndex parse) {
        return reading.token(p).tag().equals("VB") && parse.governors(p).stream()
                .filter(g -> g.relation().equals("xcomp") || g.relation().startsWith("advcl") && !g.relation().equals("advcl:if"))
                .anyMatch(g -> g.governor() < p && reading.token(g.governor()).tag().startsWith("VB")
                        && ArgumentWords.SUMMONING_VERBS.contains(reading.token(g.governor()).lemma().toLowerCase(Locale.ROOT))
                        && parse.dependents(g.governor()).stream().anyMatch(d -> d.relation().equals("obj") && d.dependent() < p));
    }

    /**
     * Whether the verb delivers a message (message-nouns.txt, document-nouns.txt) as its object: "issued a stern
     * reminder", "sent a warning", "issued a statement". The clause the verb governs is then what the message says.
     */
    private static boolean deliversAMessage(int p, Reading reading, DependencyIndex parse) {
        return parse.dependents(p).stream().filter(d -> d.relation().equals("obj")).map(d -> reading.token(d.dependent()))
                .anyMatch(t -> t.tag().startsWith("NN") && !t.tag().startsWith("NNP") && (MESSAGE_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
                        || ArgumentWords.DOCUMENT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))));
    }

    /** Whether a clause the verb governs lays an obligation on its subject: "that Libya must hand over". */
    private static boolean obliged(int p, Reading reading, DependencyIndex parse, WordLists lists) {
        return parse.dependents(p).stream().filter(d -> d.relation().equals("ccomp"))
                .anyMatch(c -> parse.dependents(c.dependent()).stream().anyMatch(d -> d.relation().equals("aux")
                        && lists.obligations.contains(reading.token(d.dependent()).text().toLowerCase(Locale.ROOT))));
    }

    /**
     * Whether the verb governs a to-clause after the one it addresses: "called on Togo to release". The parser
     * reads "appealed to Cameroon to reopen" as a purpose clause with Cameroon its subject.
     */
    private static boolean toClause(int p, Reading reading, DependencyIndex parse) {
        return parse.dependents(p).stream().anyMatch(d -> (d.relation().equals("xcomp") || d.relation().equals("advcl:to"))
                && d.dependent() > p && reading.token(d.dependent()).tag().equals("VB"));
    }

    private static boolean hasParticle(int p, String particle, Reading reading, DependencyIndex parse) {
        return parse.dependents(p).stream().anyMatch(d -> d.relation().equals("obl:" + particle)
                || d.relation().equals("compound:prt") && reading.token(d.dependent()).text().equalsIgnoreCase(particle)
                || d.relation().startsWith("advcl") && particleOfItsClause(d.dependent(), particle, reading, parse));
    }

    /**
     * "We call on the public to remain calm": before a common noun the parser hangs the particle on the to-clause,
     * as the mark of a clause whose subject is the one addressed (mark "on", subject "public", mark "to").
     */
    private static boolean particleOfItsClause(int clause, String particle, Reading reading, DependencyIndex parse) {
        int subject = parse.dependents(clause).stream().filter(d -> d.relation().equals("nsubj"))
                .mapToInt(AnnotatedText.Dependency::dependent).findFirst().orElse(-1);
        return subject != -1 && parse.dependents(clause).stream().anyMatch(d -> d.relation().equals("mark")
                && d.dependent() < subject && reading.token(d.dependent()).text().equalsIgnoreCase(particle));
    }

    private static boolean codedAsProtest(int p, Reading reading, DependencyIndex parse, EventLexicon lexicon) {
        // only a line whose pattern names more than the verb: "protested" alone is a protest, "protested that" is not
        PatternMatcher matcher = new PatternMatcher(reading, parse, p);
        for (EventLexicon.Entry entry : lexicon.lookUp(reading.token(p).lemma(), true)) {
            if (!entry.constraints().isEmpty() && matcher.matches(entry)) {
                return "PROTEST".equals(entry.category());
            }
        }
        return false;
    }

    private static SpeechActClauses load() {
        Map<String, List<Line>> lines = new HashMap<>();
        String file = "speech-act-clauses.tsv";
        for (String[] f : WordLists.rows(file)) {
            if (f.length < 5 || !EventLexicon.CATEGORIES.contains(f[3])) {
                throw new IllegalStateException(file + ": malformed line: " + String.join("\t", f));
            }
            lines.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Line(f[0], f[1], Kind.valueOf(f[2]), f[3], f[4]));
        }
        return new SpeechActClauses(lines);
    }
}
