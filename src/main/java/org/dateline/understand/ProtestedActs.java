package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Thousands demonstrated against the killing of Palestinians by Israeli troops", "a hunger strike in protest against
 * human rights violations by the security forces": a protest against an act of violence, coercion or wrongdoing is
 * against whoever did it, named as the act's possessor, by "by" or by a country adjective, not against those it was
 * done to. PLOVER's gold codes the doer as the target of such protests ("rights violations by Islamic
 * fundamentalists", "violations by the Israeli military"), as it does of condemnations and investigations
 * (JudgedActs). An act whose doer goes unnamed leaves the protest's target as the other rules find it.
 */
final class ProtestedActs {

    /** How a protest's verb or noun names what it is against: "protested the arrest", "demonstrated against", "a strike over". */
    private static final Set<String> AGAINST = Set.of("obj", "obl:against", "obl:over", "obl:at", "nmod:against",
            "nmod:over", "nmod:at");
    /** How "in protest of", "in protest against" names what it is against. */
    private static final Set<String> PHRASE_AGAINST = Set.of("nmod:of", "nmod:against", "nmod:at", "nmod:over");
    /** How a clause of protesting or demanding names what it is against: "to protest the arrest of". */
    private static final Set<String> CLAUSE_AGAINST = Set.of("obj", "obl:against", "obl:at", "obl:over");

    private ProtestedActs() {
    }

    /**
     * The doers of the act the protest at predicate {@code p} is against, none of those excluded unless a group of
     * the actor's own country (JudgedActs.doersOf); none when it is against no act or the act names no doer.
     */
    static List<EventArguments.Argument> doers(int p, Reading reading, DependencyIndex parse, EventLexicon lexicon, WordLists lists,
            EventArguments args, List<EventArguments.Argument> actors, Set<String> exclude) {
        if (lexicon == null) {
            return List.of();
        }
        for (int act : protestedNouns(p, reading, parse, lists)) {
            if (JudgedActs.actOnSomeone(act, reading, lexicon)) {
                List<EventArguments.Argument> doers = JudgedActs.doersOf(act, parse, args, actors, exclude);
                if (!doers.isEmpty()) {
                    return doers;
                }
            }
        }
        return List.of();
    }

    /** The nouns the protest is said to be against, by its own verb or noun, its "in protest of" or its purpose clause. */
    private static List<Integer> protestedNouns(int p, Reading reading, DependencyIndex parse, WordLists lists) {
        List<Integer> heads = new ArrayList<>(List.of(p));
        if (reading.token(p).tag().startsWith("NN")) {
            // "staged a hunger strike in protest against": the light verb or its object holds the phrase
            parse.governors(p).stream().filter(d -> d.relation().equals("obj")).forEach(d -> heads.add(d.governor()));
        } else {
            parse.dependents(p).stream().filter(d -> d.relation().equals("obj")).forEach(d -> heads.add(d.dependent()));
        }
        List<Integer> nouns = new ArrayList<>();
        for (int head : heads) {
            for (AnnotatedText.Dependency d : parse.dependents(head)) {
                if (AGAINST.contains(d.relation()) && !(d.relation().equals("obj") && reading.token(head).tag().startsWith("NN"))) {
                    nouns.add(d.dependent());
                }
                boolean phrase = d.relation().startsWith("obl") || d.relation().startsWith("nmod");
                if (phrase && lists.protestPhrases.contains(reading.token(d.dependent()).lemma())) {
                    parse.dependents(d.dependent()).stream().filter(a -> PHRASE_AGAINST.contains(a.relation()))
                            .forEach(a -> nouns.add(a.dependent()));
                }
            }
        }
        if (lists.protestPhrases.contains(reading.token(p).lemma()) && reading.token(p).tag().startsWith("NN")) {
            parse.dependents(p).stream().filter(a -> PHRASE_AGAINST.contains(a.relation())).forEach(a -> nouns.add(a.dependent()));
        }
        List<Integer> clauses = new ArrayList<>(EventArguments.purposeClauses(p, reading, parse, lists));
        clauses.addAll(ProtestAimsTold.clauses(p, reading, parse, lists));
        for (int clause : clauses) {
            parse.dependents(clause).stream().filter(d -> CLAUSE_AGAINST.contains(d.relation())).forEach(d -> nouns.add(d.dependent()));
        }
        return nouns;
    }
}
