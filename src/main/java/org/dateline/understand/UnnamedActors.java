package org.dateline.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a predicate that found no actor tells its event all the same, with none. News of violence and
 * protest often names no one who acted: "two soldiers were shot dead" (a passive with no agent), "the
 * killing of three aid workers" (an act named by a noun that says by whom it was not), "gunmen abducted the
 * commissioner", "thousands of students protested" (a crowd or an unknown perpetrator, see
 * unnamed-actors.txt). PLOVER and the development corpus code such events with no source actor. Other
 * categories are not told that way (a meeting or an agreement always has parties), and a predicate whose
 * subject is a thing ("the storm killed five") or whose phrase names an accident ("killed in a crash",
 * accident-words.txt) tells no assault. The finder still asks the event for a target.
 */
final class UnnamedActors {

    /**
     * The categories whose events may be told with no actor: violence and protest; and accusation, when a crowd
     * or unnamed critics say it ("protesters who accuse the government of", "critics accusing the government"),
     * never the noun alone ("the allegations") nor the passive ("was accused of"), which name no one who speaks.
     */
    static final Set<String> CATEGORIES = Set.of("ASSAULT", "PROTEST", "ACCUSE");
    /** Of those, the ones only a verb with a crowd for its subject tells without an actor. */
    private static final Set<String> SPOKEN = Set.of("ACCUSE");
    /** How a quantity names whom it counts: "thousands of students". */
    private static final String OF = "nmod:of";
    /** Relations that lead, in a predicate's phrase, to what caused it: "killed in a crash", "when the bus overturned". */
    private static final Set<String> CIRCUMSTANCES = Set.of("obl", "nmod", "advcl", "nsubj", "obl:agent", "compound");

    private static final Set<String> GROUPS = ArgumentWords.read("unnamed-actors.txt");
    private static final Set<String> ACCIDENTS = ArgumentWords.read("accident-words.txt");
    /** How a noun names whose or where a crowd is: "Palestinian youths", "demonstrators in Baghdad". */
    private static final Set<String> NAMING = Set.of("amod", "compound", "nmod:poss", "nmod:in", "nmod:from", "nmod:of");

    private final Set<String> groups = GROUPS;
    private final Set<String> accidents = ACCIDENTS;
    private final WordLists lists;

    UnnamedActors(WordLists lists) {
        this.lists = lists;
    }

    /**
     * Whether the event of the category at predicate {@code p}, which found no actor, is told with none:
     * a passive with no agent or an unnamed one ("were attacked by gangs"), a noun with no one's name on it,
     * or a verb whose subject is a crowd or an unknown perpetrator; never an accident.
     */
    boolean toldWithout(String category, int p, Reading reading, DependencyIndex parse) {
        if (!CATEGORIES.contains(category) || accidental(p, reading, parse)) {
            return false;
        }
        AnnotatedText.Token token = reading.token(p);
        if (SPOKEN.contains(category) && (!token.tag().startsWith("VB") || EventArguments.isPassive(p, reading, parse))) {
            return false;
        }
        if (!token.tag().startsWith("VB")) {
            // "the killing of three aid workers": whoever's it is, its phrase would have said ("Russia's attack"),
            // or the clause it is told in ("youths staged demonstrations"), unless that clause only speaks of it
            boolean phrase = parse.dependents(p).stream().filter(d -> d.relation().equals("nmod:poss") || d.relation().equals("nmod:by")
                    || d.relation().equals("nmod:agent")).allMatch(d -> unnamedGroup(d.dependent(), reading, parse));
            // "a peaceful protest of the party's youth wing": of a protest, "of" names who protests
            if (category.equals("PROTEST") && parse.dependents(p).stream().anyMatch(d -> d.relation().equals("nmod:of"))) {
                return false;
            }
            // "the killing sparked protests": the clause's subject caused the protest, it did not make it (ProtestsTold)
            int clause = category.equals("PROTEST") && ProtestsTold.caused(p, reading, parse, lists) ? -1 : clauseSubject(p, reading, parse);
            return phrase && (clause < 0 || unnamedGroup(clause, reading, parse));
        }
        if (EventArguments.isPassive(p, reading, parse)) {
            return parse.dependents(p).stream().filter(d -> d.relation().equals("obl:agent"))
                    .allMatch(d -> unnamedGroup(d.dependent(), reading, parse));
        }
        int subject = subject(p, parse);
        return subject >= 0 && (unnamedGroup(subject, reading, parse)
                || category.equals("ASSAULT") && unnamedInstrument(subject, reading, parse));
    }

    /**
     * Whether an assault's subject is a weapon or a blast with no one's name on it ("a roadside bomb", "the
     * explosion", "artillery shelling"): whoever used it is unknown, as with a passive that names no agent.
     */
    boolean unnamedInstrument(int noun, Reading reading, DependencyIndex parse) {
        AnnotatedText.Token token = reading.token(noun);
        if (!token.tag().startsWith("NN") || token.tag().startsWith("NNP") || reading.spanCovering(noun).isPresent()) {
            return false;
        }
        // "a landmine explosion": what exploded says it was a weapon; "an explosion at a plant" says nothing
        boolean weapon = ArgumentWords.ATTACK_INSTRUMENTS.contains(token.lemma().toLowerCase(Locale.ROOT))
                || parse.dependents(noun).stream().anyMatch(d -> d.relation().equals("compound")
                        && ArgumentWords.ATTACK_INSTRUMENTS.contains(reading.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
        if (!weapon) {
            return false;
        }
        return parse.dependents(noun).stream().noneMatch(d -> NAMING.contains(d.relation()) && named(d.dependent(), reading));
    }

    /**
     * The subject of a verb, or of the verb it is conjoined with or controlled by ("began blocking roads",
     * "banged on cars and beat journalists"); -1 when it has none.
     */
    static int subject(int p, DependencyIndex parse) {
        List<Integer> nodes = new ArrayList<>();
        nodes.add(p);
        nodes.addAll(parse.controllers(p));
        for (int node : nodes) {
            for (AnnotatedText.Dependency d : parse.dependents(node)) {
                if (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj")) {
                    return d.dependent();
                }
            }
        }
        return -1;
    }

    /** The subject of the clause a noun is told in (three steps up at most), -1 when none or when that clause remarks on it. */
    private static int clauseSubject(int p, Reading reading, DependencyIndex parse) {
        int node = p;
        for (int head : parse.ancestors(p, 3)) {
            int below = node;
            if (ArgumentWords.speaksOfAnAct(reading.token(head)) && parse.dependents(head).stream()
                    .anyMatch(d -> d.dependent() == below && d.relation().equals("obj"))) {
                return -1;
            }
            for (AnnotatedText.Dependency d : parse.dependents(head)) {
                if (d.relation().equals("nsubj")) {
                    return d.dependent();
                }
            }
            node = head;
        }
        return -1;
    }

    /**
     * Whether a noun names a crowd or an unknown perpetrator, or counts one ("dozens of youths", "hundreds"). A crowd
     * said to be some country's or place's ("Palestinian youths", "demonstrators in Baghdad") is someone the rules
     * failed to name, not no one: PLOVER codes it by that country, so it gives no event without an actor.
     */
    private boolean unnamedGroup(int noun, Reading reading, DependencyIndex parse) {
        AnnotatedText.Token token = reading.token(noun);
        if (!token.tag().startsWith("NN") && !token.tag().equals("CD") && !token.tag().equals("DT")
                && !token.tag().equals("JJ")) {
            return false;
        }
        if (reading.spanCovering(noun).isPresent() || token.tag().startsWith("NNP")) {
            return false; // a name is someone
        }
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        String text = token.text().toLowerCase(Locale.ROOT);
        if (!groups.contains(lemma) && !groups.contains(text) && !token.tag().equals("CD")) {
            return false;
        }
        for (AnnotatedText.Dependency d : parse.dependents(noun)) {
            if (NAMING.contains(d.relation()) && named(d.dependent(), reading)) {
                return false;
            }
        }
        // "thousands of students": the quantity counts whom its "of" names, which must be a crowd too
        for (AnnotatedText.Dependency d : parse.dependents(noun)) {
            if (d.relation().equals(OF)) {
                return unnamedGroup(d.dependent(), reading, parse);
            }
        }
        return !token.tag().equals("CD"); // a bare number ("three attacked") could count anyone or anything
    }

    /** Whether a word is a name or a people's adjective ("Baghdad", "Palestinian", "Turks"). */
    private boolean named(int token, Reading reading) {
        AnnotatedText.Token t = reading.token(token);
        return t.tag().startsWith("NNP") || reading.spanCovering(token).isPresent() || lists.demonyms.containsKey(t.text());
    }

    /** Whether the predicate's phrase (two levels down) or the cause it gives names an accident or a disaster. */
    boolean accidental(int p, Reading reading, DependencyIndex parse) {
        List<Integer> level = List.of(p);
        Set<Integer> seen = new HashSet<>();
        seen.add(ReceivedAttacks.violence(p, reading, parse)); // "came under fire": gunfire, not a blaze
        for (int depth = 0; depth <= 2 && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                if (!seen.add(node)) {
                    continue;
                }
                // not the predicate's own word: "fired at the police" is no fire
                if (node != p && accidents.contains(reading.token(node).lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
                parse.dependents(node).stream().filter(d -> CIRCUMSTANCES.contains(PatternMatcher.base(d.relation()))
                        || CIRCUMSTANCES.contains(d.relation())).forEach(d -> next.add(d.dependent()));
                if (node == p) {
                    next.addAll(sharedSubjects(p, reading, parse));
                }
            }
            level = next;
        }
        return false;
    }

    /**
     * The subject a conjoined verb shares with the clause it continues: that of the reported clause it goes on
     * telling when the parser hangs it on the speech verb (DependencyIndex.continuedReport); without one of its
     * own, that of the verb it is joined to.
     */
    private List<Integer> sharedSubjects(int p, Reading reading, DependencyIndex parse) {
        List<Integer> subjects = new ArrayList<>();
        int reported = parse.continuedReport(p, n -> lists.isSpeechVerb(reading.token(n)));
        boolean own = parse.dependents(p).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
        List<Integer> heads = new ArrayList<>();
        if (reported >= 0) {
            heads.add(reported);
        } else if (!own) {
            parse.governors(p).stream().filter(g -> g.relation().startsWith("conj")).forEach(g -> heads.add(g.governor()));
        }
        heads.forEach(h -> parse.dependents(h).stream().filter(d -> d.relation().startsWith("nsubj")).forEach(d -> subjects.add(d.dependent())));
        return subjects;
    }
}
