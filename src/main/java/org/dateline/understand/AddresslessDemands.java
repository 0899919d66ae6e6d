package org.dateline.understand;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A demand told by what it asks for, naming no one it is asked of ("Papandreou demanded immediate elections",
 * "the opposition called for calm"), is a demand all the same, PLOVER REQUEST with no target, as PLOVER's gold
 * codes it. It is dropped otherwise, for want of a target: the thing demanded names no one. Only when the verb
 * has no phrase that could name an addressee ("called on Kenya for", "demanded of Uganda", "urged Togo to"), so
 * that no addressee told but unresolved is passed over; only when the thing demanded names no one at all; and only
 * for the verbs of addressless-demands.tsv.
 */
final class AddresslessDemands {

    /** For each verb, the relation that holds the thing demanded. */
    private static final Map<String, String> THING_DEMANDED = load();
    /** Phrases that name, or could name, whom a demand is made of. */
    private static final Set<String> ADDRESSING = Set.of("iobj", "obl:on", "obl:upon", "obl:to", "obl:from", "obl:of",
            "xcomp", "advcl:to", "ccomp", "obl:with", "obl:against");

    private AddresslessDemands() {
    }

    /** Whether the verb at {@code p} demands something of no one named. */
    static boolean told(int p, Reading reading, DependencyIndex parse, EventArguments args) {
        AnnotatedText.Token verb = reading.token(p);
        String thing = THING_DEMANDED.get(verb.lemma().toLowerCase(Locale.ROOT));
        if (thing == null || !verb.tag().startsWith("VB") || EventArguments.isPassive(p, reading, parse)) {
            return false;
        }
        // the thing asked for told bare ("immediate elections", "calm"): a phrase hung on it ("a truce with the
        // rebels", "the release of the hostages") tells of the party it concerns, who may be whom it is asked of
        boolean asksForSomething = parse.dependents(p).stream().anyMatch(d -> d.relation().equals(thing)
                && reading.token(d.dependent()).tag().matches("NNS?")
                && parse.dependents(d.dependent()).stream().noneMatch(m -> m.relation().startsWith("nmod")
                        || m.relation().startsWith("acl")));
        // "demanded autonomy from Serbian authorities", "called for the removal of President Mubarak": a thing
        // demanded that names anyone, on either side, tells of whom it is demanded, found or not
        return asksForSomething && parse.dependents(p).stream().noneMatch(d -> ADDRESSING.contains(d.relation()))
                && args.resolve(p, List.of(List.of(thing)), Set.of(), false).isEmpty();
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        WordLists.rows("addressless-demands.tsv").forEach(row -> map.put(row[0].toLowerCase(Locale.ROOT), row[1]));
        return map;
    }
}
