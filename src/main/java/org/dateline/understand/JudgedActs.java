package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Egypt condemned the killing of Palestinians by Israeli troops", "Albania denounced Serbia's suppression of the
 * unrest": one who condemns, denounces, investigates or rejects an act of violence or coercion accuses or rejects
 * whoever did it, named as the act's possessor, by "by" or by a country adjective ("the Israeli raid"), not those it
 * was done to ("of Palestinians"): PLOVER's gold codes "investigating alleged war crimes by Croatian extremists" as
 * an accusation of the extremists. A place compounded to the act says where, not who: "the Gaza killings".
 */
final class JudgedActs {

    /** Categories of a judgement of another's act: an accusation ("condemned", "criticised") or a rejection. */
    static final Set<String> JUDGING = Set.of("ACCUSE", "REJECT");
    /** Categories of an act done to someone: the "of" of "the killing of", "the arrest of" is its victim. */
    private static final Set<String> ACTS_ON_SOMEONE = Set.of("ASSAULT", "COERCE");
    /** How an act's noun names its doer: "Serbia's suppression", "the arrest by police", "an Israeli raid". */
    private static final Set<String> DOER = Set.of("nmod:poss", "nmod:by", "amod", "compound", "nmod:agent");

    private static final Set<String> ALLEGATIONS = ArgumentWords.read("allegation-nouns.txt");
    /** Nouns of wrongdoing the event lexicon gives no category: "war crimes by Croatian extremists", "violations by". */
    private static final Set<String> WRONGDOINGS = ArgumentWords.read("wrongdoing-nouns.txt");

    private JudgedActs() {
    }

    /**
     * The doers of the act of violence or coercion a verb of accusation or rejection takes as object ("condemned",
     * "investigated", "rejected"), none of them excluded; none when the verb is none, its object no such act, or the
     * act names no doer.
     */
    static List<EventArguments.Argument> doers(int p, Reading reading, DependencyIndex parse, EventLexicon lexicon,
            EventArguments args, List<EventArguments.Argument> actors, Set<String> exclude) {
        if (lexicon == null || !reading.token(p).tag().startsWith("VB")) {
            return List.of();
        }
        String object = args.isPassive(p) ? "nsubj:pass" : "obj";
        Optional<Integer> act = parse.dependents(p).stream().filter(d -> d.relation().equals(object))
                .map(AnnotatedText.Dependency::dependent).filter(n -> actOnSomeone(n, reading, lexicon)).findFirst();
        return act.isEmpty() ? List.of() : doersOf(act.get(), parse, args, actors, exclude);
    }

    /**
     * The doers the act's noun names, none of them excluded unless a group of the actor's own country that the
     * actor, its state, judges ("Croatia is investigating war crimes by Croatian extremists": a people and its state
     * are two parties, DomesticParties).
     */
    static List<EventArguments.Argument> doersOf(int act, DependencyIndex parse, EventArguments args,
            List<EventArguments.Argument> actors, Set<String> exclude) {
        List<EventArguments.Argument> found = new ArrayList<>();
        for (AnnotatedText.Dependency d : parse.dependents(act)) {
            if (DOER.contains(d.relation())) {
                args.entitiesIn(d.dependent(), Set.of()).stream()
                        .filter(a -> !exclude.contains(a.key()) || a.key().startsWith(EntityType.COUNTRY + ":")
                                && actors.stream().anyMatch(o -> a.key().equals(o.key()) && DomesticParties.opposite(o.sector(), a.sector())))
                        .filter(a -> !(d.relation().equals("compound") && a.key().startsWith(EntityType.PLACE + ":")))
                        .filter(a -> found.stream().noneMatch(f -> f.key().equals(a.key()))).forEach(found::add);
            }
        }
        return found;
    }

    /**
     * "Completed its investigation into an allegation by the LPC that the NPFL had taken over Greenville", "rejected
     * claims that its troops had shelled the town": an allegation (allegation-nouns.txt) judged is the act its
     * that-clause alleges, and its subject is whom the judgement concerns; the one who made the allegation is not.
     * The allegation is the verb's object, or the noun's "into", "of" or "over" phrase. For an accusation only: an
     * allegation rejected is answered to the one who made it ("Mali rejected allegations that Ukraine had sent
     * weapons" is no rejection of Ukraine).
     */
    static List<EventArguments.Argument> allegedDoers(int p, Reading reading, DependencyIndex parse,
            EventArguments args, Set<String> exclude) {
        boolean verb = reading.token(p).tag().startsWith("VB");
        Set<String> holding = verb ? Set.of(args.isPassive(p) ? "nsubj:pass" : "obj", "obl:into") : Set.of("nmod:into", "nmod:of", "nmod:over");
        List<EventArguments.Argument> found = new ArrayList<>();
        parse.dependents(p).stream().filter(d -> holding.contains(d.relation())).map(AnnotatedText.Dependency::dependent)
                .filter(n -> reading.token(n).tag().startsWith("NN") && ALLEGATIONS.contains(reading.token(n).lemma().toLowerCase(Locale.ROOT)))
                .flatMap(n -> parse.dependents(n).stream().filter(d -> (d.relation().equals("ccomp") || d.relation().equals("acl"))
                        && d.dependent() > n && reading.token(d.dependent()).tag().startsWith("VB")))
                .flatMap(c -> parse.dependents(c.dependent()).stream().filter(d -> d.relation().equals("nsubj")))
                .flatMap(s -> args.entitiesIn(s.dependent(), exclude).stream())
                .filter(a -> found.stream().noneMatch(f -> f.key().equals(a.key()))).forEach(found::add);
        return found;
    }

    /** Whether the word is a common noun of an act of violence or coercion ("killing", "arrest", "crackdown"). */
    static boolean actOnSomeone(int n, Reading reading, EventLexicon lexicon) {
        AnnotatedText.Token t = reading.token(n);
        return (t.tag().equals("NN") || t.tag().equals("NNS")) && reading.spanCovering(n).isEmpty()
                && (WRONGDOINGS.contains(t.lemma().toLowerCase(Locale.ROOT)) || lexicon.lookUp(t.lemma().toLowerCase(Locale.ROOT), false).stream()
                        .anyMatch(e -> e.category() != null && ACTS_ON_SOMEONE.contains(e.category())));
    }
}
