package org.dateline.understand;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A people named by a demonym and placed in another country ("ethnic Albanians in south Serbia", "the Serbs of
 * Bosnia") acts, as CAMEO and PLOVER code it, for the country it lives in, not for the one its name comes from:
 * the gold codes "Albanians of southern Serbia" SRB. A people named alone ("Albanians protested") keeps its
 * demonym's country. Two more ways news names a people without its demonym naming a country:
 * <ul>
 * <li>after a second country adjective: "Bosnian Serbs", "Croatian Serb refugees", "Bosnian Serb forces" are
 * Bosnia's and Croatia's, as PLOVER codes them (BIH); the outer adjective says where they live, the inner demonym
 * only which people they are;</li>
 * <li>as an ethnic group: "ethnic Albanians" says which people, not where it lives (the gold codes ethnic
 * Albanians of Serbia and Macedonia SRB and MKD, ethnic Turks in Sweden SWE, ethnic Serb civilians no country);
 * a phrase that places them ("ethnic Albanians in Macedonia") still does.</li>
 * </ul>
 */
final class ResidentGroups {

    /** How a phrase places a people: "Albanians in Serbia", "the Serbs of Bosnia". */
    private static final Set<String> PLACING = Set.of("nmod:in", "nmod:of", "nmod:inside", "nmod:within");
    /** How a word modifies the noun naming a people: "Bosnian Serbs", "ethnic Albanian rebels". */
    private static final Set<String> MODIFYING = Set.of("amod", "compound");
    /** The adjective by which a demonym names a people by descent rather than a country's people. */
    private static final String ETHNIC = "ethnic";
    /** Words for a crowd or the people of a place ("inhabitants", "residents"), see UnnamedActors. */
    private static final Set<String> CROWDS = ArgumentWords.read("unnamed-actors.txt");

    private ResidentGroups() {
    }

    /** The country the people at the token lives in, when its phrase places it in another; none otherwise. */
    static List<EventArguments.Argument> countryLivedIn(int token, Reading reading, DependencyIndex parse, EventArguments args,
            Set<String> exclude) {
        Optional<Span> span = demonymAt(token, reading);
        boolean ethnic = ethnic(token, reading, parse);
        List<EventArguments.Argument> ofPlace = countryOfPlace(token, reading, parse, args, exclude);
        if (!ofPlace.isEmpty()) {
            return ofPlace;
        }
        if (!(span.isPresent() && reading.token(token).tag().matches("NNP?S")) && !(ethnic && reading.token(token).tag().startsWith("NN"))) {
            return List.of();
        }
        for (AnnotatedText.Dependency d : parse.dependents(token)) {
            if (PLACING.contains(d.relation())) {
                for (EventArguments.Argument a : args.entitiesIn(d.dependent(), exclude, true)) {
                    // "ethnic Albanians in Albania" live where their name says; "Albanians of Albania" say nothing more
                    if (a.key().startsWith(EntityType.COUNTRY + ":") && (ethnic || span.isEmpty() || !a.key().equals(span.get().key))) {
                        return List.of(new EventArguments.Argument(a.key(), null));
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * "Residents of the Syrian Golan Heights": a group of people (a word of a people's sector, DomesticParties, or of
     * a crowd, unnamed-actors.txt) of or in a place that a country adjective assigns to its country lives in that
     * country, as PLOVER codes them (SYR); the place alone is no one who acts. A place no adjective assigns gives
     * nothing here.
     */
    private static List<EventArguments.Argument> countryOfPlace(int token, Reading reading, DependencyIndex parse,
            EventArguments args, Set<String> exclude) {
        String tag = reading.token(token).tag();
        boolean commonNoun = tag.startsWith("NN") && !tag.startsWith("NNP");
        String sector = commonNoun ? args.sectorOf(token) : null;
        if (!DomesticParties.people(sector) && !(commonNoun && CROWDS.contains(reading.token(token).lemma().toLowerCase(Locale.ROOT)))) {
            return List.of();
        }
        for (AnnotatedText.Dependency d : parse.dependents(token)) {
            Optional<Span> place = reading.spanCovering(d.dependent()).filter(s -> s.type == EntityType.PLACE);
            if (!PLACING.contains(d.relation()) || place.isEmpty()) {
                continue;
            }
            for (AnnotatedText.Dependency m : parse.dependents(d.dependent())) {
                String country = m.relation().equals("amod") ? WordLists.bundled().demonyms.get(reading.token(m.dependent()).text()) : null;
                String key = country == null ? null : Span.key(EntityType.COUNTRY, country);
                if (key != null && !exclude.contains(key)) {
                    return List.of(new EventArguments.Argument(key, sector));
                }
            }
        }
        return List.of();
    }

    /**
     * Whether the demonym at the token names only which people ("Serbs" in "Bosnian Serbs", "Serb" in "Croatian
     * Serb refugees", "Albanians" in "ethnic Albanians"), not the country its name comes from.
     */
    static boolean namesOnlyAPeople(int token, Reading reading, DependencyIndex parse) {
        Optional<Span> own = demonymAt(token, reading);
        if (own.isEmpty()) {
            return false;
        }
        if (ethnic(token, reading, parse)) {
            return true;
        }
        // the head a modifying demonym belongs to, else the token itself as the head ("Bosnian Serbs")
        int head = token;
        for (AnnotatedText.Dependency d : parse.governors(token)) {
            if (MODIFYING.contains(d.relation()) && d.governor() > token) {
                head = d.governor();
                if (ethnic(head, reading, parse)) {
                    return true; // "ethnic Albanian rebels"
                }
            }
        }
        if (coordinated(token, parse)) {
            return false; // "Hungarian and Romanian officials": two countries'
        }
        for (AnnotatedText.Dependency d : parse.dependents(head)) {
            int other = d.dependent();
            if (MODIFYING.contains(d.relation()) && other < token && !coordinated(other, parse)) {
                Optional<Span> outer = demonymAt(other, reading);
                if (outer.isPresent() && !outer.get().key.equals(own.get().key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the noun is modified by "ethnic" ("ethnic Albanians", "ethnic Albanian rebels"). */
    static boolean ethnic(int token, Reading reading, DependencyIndex parse) {
        return parse.dependents(token).stream().anyMatch(d -> MODIFYING.contains(d.relation())
                && reading.token(d.dependent()).lemma().toLowerCase(Locale.ROOT).equals(ETHNIC));
    }

    /** The country demonym covering the token, if any. */
    private static Optional<Span> demonymAt(int token, Reading reading) {
        return reading.spanCovering(token).filter(s -> s.kind == Span.Kind.DEMONYM && s.type == EntityType.COUNTRY);
    }

    /** Whether a word is coordinated with another ("Hungarian and Romanian"). */
    private static boolean coordinated(int token, DependencyIndex parse) {
        return parse.dependents(token).stream().anyMatch(d -> d.relation().startsWith("conj"))
                || parse.governors(token).stream().anyMatch(d -> d.relation().startsWith("conj"));
    }
}
