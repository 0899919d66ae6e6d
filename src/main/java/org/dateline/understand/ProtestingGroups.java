package org.dateline.understand;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A protest made by a group of people the rules name no one for: a people named by descent ("ethnic Albanians
 * demonstrated in Serbia", see ResidentGroups), a group no country or body is said to own ("Islamic
 * fundamentalists continued their hunger strike", "a group of refugees"), a crowd a town places ("demonstrators
 * in Baghdad", see UnnamedActors). Such a group is no one the graph can name, yet it is not no one: PLOVER and
 * CAMEO code protesters by the country they protest in (the gold: ethnic Albanians demonstrating in Serbia SRB,
 * ethnic Turks protesting Sweden's decision SWE, demonstrators in Baghdad IRQ). That country is the one the
 * group's own phrase places it in, else the one its protest is told in ("rioted at a jail in Dili"), else, for a
 * protest against a state or one who acts for it ("to demand the resignation of the Algerian President"), that
 * state: a protest against one's own government. The protest is against whom it is aimed at, or, aimed at no one
 * named, against the state of that country, as a crowd's protest is (EventFinder). A crowd named by no place
 * ("thousands of students protested") stays with no actor, as the development corpus codes it (UnnamedActors).
 */
final class ProtestingGroups {

    /** How a phrase places a group: "demonstrators in Baghdad", "refugees from Chechnya". */
    private static final Set<String> PLACING = Set.of("nmod:in", "nmod:at", "nmod:from", "nmod:throughout", "nmod:across");
    /** Words for a crowd or the people of a place ("demonstrators", "residents"), see UnnamedActors. */
    private static final Set<String> CROWDS = ArgumentWords.read("unnamed-actors.txt");
    /** How a word says whose a group is: "Palestinian youths". */
    private static final Set<String> MODIFYING = Set.of("amod", "compound");
    /** How a word names how many or which group it counts: "a group of refugees", "hundreds of prisoners". */
    private static final String COUNTED = "nmod:of";

    /** The CAMEO sector of protesters, activists and other unarmed people outside any organised group. */
    private static final String CIVILIANS = "CVL";

    private ProtestingGroups() {
    }

    /**
     * The actor (a country) and the target of the protest at predicate {@code p} whose maker is a group of people
     * naming no one; null when its maker is no such group or no country can be given it.
     */
    static EventArguments.Argument[] of(int p, Reading reading, DependencyIndex parse, EventArguments args,
            TownCountries towns, WordLists lists) {
        int subject = maker(p, reading, parse, lists);
        int group = subject < 0 ? -1 : people(subject, reading, parse, args);
        if (group < 0) {
            return null;
        }
        List<EventArguments.Argument> against = args.protestedAgainst(p, Set.of());
        Optional<String> country = placed(group, reading, parse, args, towns)
                .or(() -> countryOf(args.struck(p, Set.of()), towns))
                .or(() -> against.stream().map(a -> stateOf(a.key(), args)).filter(k -> k != null).findFirst());
        if (country.isEmpty()) {
            return null;
        }
        // protesters are civilians (CAMEO CVL) unless their noun says which people: a people protests against its state
        String sector = args.sectorOf(group);
        EventArguments.Argument actor = new EventArguments.Argument(country.get(), DomesticParties.people(sector) ? sector : CIVILIANS);
        EventArguments.Argument target = against.isEmpty() ? new EventArguments.Argument(country.get(), null) : against.get(0);
        return new EventArguments.Argument[] {actor, target};
    }

    /**
     * Who the clause says makes the protest: a verb's subject ("demonstrated"); for a noun, the subject of the verb
     * of holding it ("staged a rally", "began a hunger strike", protest-aims.tsv HELD), not of one that acts on it
     * ("prevented the demonstration") or that it only explains ("imposed a curfew after a demonstration"); for "in
     * protest of", the subject of the act done in protest. -1 when none.
     */
    private static int maker(int p, Reading reading, DependencyIndex parse, WordLists lists) {
        if (reading.token(p).tag().startsWith("VB")) {
            return UnnamedActors.subject(p, parse);
        }
        int node = p;
        if (lists.protestPhrases.contains(reading.token(p).lemma())) {
            Optional<AnnotatedText.Dependency> act = parse.governors(p).stream()
                    .filter(d -> d.relation().startsWith("obl") || d.relation().startsWith("nmod")).findFirst();
            if (act.isEmpty()) {
                return -1;
            }
            node = act.get().governor();
            if (reading.token(node).tag().startsWith("VB")) {
                return UnnamedActors.subject(node, parse);
            }
        }
        for (AnnotatedText.Dependency d : parse.governors(node)) {
            if (d.relation().equals("obj") && lists.protestHoldings.contains(reading.token(d.governor()).lemma())) {
                return UnnamedActors.subject(d.governor(), parse);
            }
        }
        return -1;
    }

    /**
     * The noun naming the group of people the subject is, or counts ("a group of refugees"); -1 when it is none: a
     * plural common noun for people outside the state (a sector of
     * agents.tsv that is not the state's, or a crowd), or a people a demonym names only by descent ("ethnic Turks").
     */
    private static int people(int noun, Reading reading, DependencyIndex parse, EventArguments args) {
        AnnotatedText.Token token = reading.token(noun);
        for (AnnotatedText.Dependency d : parse.dependents(noun)) {
            if (d.relation().equals(COUNTED) && (token.tag().equals("NN") || token.tag().equals("CD") || token.tag().equals("NNS"))
                    && reading.spanCovering(noun).isEmpty()) {
                int counted = people(d.dependent(), reading, parse, args);
                if (counted >= 0) {
                    return counted;
                }
            }
        }
        if ((ResidentGroups.namesOnlyAPeople(noun, reading, parse) || ResidentGroups.ethnic(noun, reading, parse))
                && token.tag().matches("NNP?S")) {
            return noun;
        }
        // "Refugees" opening a sentence is tagged a proper noun; a word inside a name is not
        if (!token.tag().matches("NNP?S") || reading.spanCovering(noun).isPresent()) {
            return -1;
        }
        // a word for people outside the state ("refugees", "Islamic fundamentalists", "workers") or a crowd's
        String sector = args.sectorOf(noun);
        return sector != null && !DomesticParties.state(sector) || CROWDS.contains(token.lemma().toLowerCase(Locale.ROOT)) ? noun : -1;
    }

    /**
     * The country a group's own phrase places it in, or its adjective gives it: "demonstrators in Baghdad",
     * "Palestinian youths" (a modifier, not the people a demonym at the head names by descent).
     */
    private static Optional<String> placed(int group, Reading reading, DependencyIndex parse, EventArguments args, TownCountries towns) {
        for (AnnotatedText.Dependency d : parse.dependents(group)) {
            String country = MODIFYING.contains(d.relation()) ? WordLists.bundled().demonyms.get(reading.token(d.dependent()).text()) : null;
            if (country != null) {
                return Optional.of(Span.key(EntityType.COUNTRY, country));
            }
        }
        for (AnnotatedText.Dependency d : parse.dependents(group)) {
            if (PLACING.contains(d.relation())) {
                Optional<String> country = countryOf(args.entitiesIn(d.dependent(), Set.of(), true), towns);
                if (country.isPresent()) {
                    return country;
                }
            }
        }
        return Optional.empty();
    }

    /** The first country the places name, a town standing for the country it lies in. */
    static Optional<String> countryOf(List<EventArguments.Argument> places, TownCountries towns) {
        for (EventArguments.Argument a : places) {
            if (a.key() == null) {
                continue;
            }
            if (a.key().startsWith(EntityType.COUNTRY + ":")) {
                return Optional.of(a.key());
            }
            String country = a.key().startsWith(EntityType.PLACE + ":") ? towns.countryOf(a.key()) : null;
            if (country != null) {
                return Optional.of(country);
            }
        }
        return Optional.empty();
    }

    /** The state a target is or acts for: a country, or the country of a person's office ("the Algerian President"). */
    private static String stateOf(String key, EventArguments args) {
        if (key == null) {
            return null;
        }
        if (key.startsWith(EntityType.COUNTRY + ":")) {
            return key;
        }
        return key.startsWith(EntityType.PERSON + ":") ? args.side(Set.of(key)).stream()
                .filter(k -> k.startsWith(EntityType.COUNTRY + ":")).findFirst().orElse(null) : null;
    }
}
