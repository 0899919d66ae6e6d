package org.dateline.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Against the party's leader Mahmoud Abbas", "the country's president, Ali Bongo": the parser hangs the name
 * of an office's holder on the title by "dep" or "appos", relations an argument's phrase is otherwise not
 * followed through (they also join clauses and asides). A title whose name follows it within a few words
 * refers to that person.
 */
final class TitledNames {

    private static final Set<String> NAMING = Set.of("dep", "appos");
    /** How far after the title its holder's name may begin: "leader, the veteran Mahmoud Abbas". */
    private static final int REACH = 4;

    private TitledNames() {
    }

    /** The person the title at the token names right after it; none when it names no one. */
    static List<EventArguments.Argument> holder(int token, Reading reading, DependencyIndex parse, WordLists lists,
            EventArguments args, Set<String> exclude) {
        String lemma = reading.token(token).lemma().toLowerCase(Locale.ROOT);
        if (!lists.titleHeads.contains(lemma) && !ArgumentWords.OFFICE_WORDS.contains(lemma)) {
            return List.of();
        }
        for (AnnotatedText.Dependency d : parse.dependents(token)) {
            if (!NAMING.contains(d.relation()) || d.dependent() <= token
                    || d.dependent() > token + REACH && !(d.relation().equals("appos")
                            && onlyItsOwnPhraseBetween(token, d.dependent(), reading, parse))) {
                continue;
            }
            Optional<Span> span = reading.spanCovering(d.dependent());
            if (span.isPresent() && span.get().type == EntityType.PERSON && span.get().key != null
                    && !exclude.contains(span.get().key)) {
                return List.of(new EventArguments.Argument(span.get().key, args.sectorOf(token)));
            }
        }
        return List.of();
    }

    /** How many capitalised words a title written before a name may have: "Deputy Foreign Affairs Minister". */
    private static final int TITLE_WORDS = 4;

    /**
     * "Defense Minister Mykhilo Fedorov and Foreign Affairs Minister Andrii Sybiha": the parser may take a word
     * of a title written before a name for the conjunct ("Affairs") and hang the name elsewhere. When the
     * word is outside any name and every word from it to a person's name is a capitalised part of the title,
     * the last a title's head ("Minister", or the name's first word when the name takes it in), the conjunct is
     * that person. None otherwise.
     */
    static List<EventArguments.Argument> nameTheTitleRunsInto(int token, Reading reading, WordLists lists, Set<String> exclude) {
        if (reading.spanCovering(token).isPresent()) {
            return List.of();
        }
        for (int t = token; t < token + TITLE_WORDS && t + 1 < reading.tokens().size(); t++) {
            if (!reading.token(t).tag().startsWith("NNP")) {
                return List.of();
            }
            Optional<Span> next = reading.spanCovering(t + 1);
            if (next.isPresent()) {
                Span name = next.get();
                boolean startsThere = reading.tokenAt(name.begin) == t + 1;
                return startsThere && name.type == EntityType.PERSON && name.key != null && !exclude.contains(name.key)
                        && (lists.isTitleHead(reading.token(t).text()) || lists.isTitleHead(reading.token(t + 1).text()))
                        ? List.of(new EventArguments.Argument(name.key, null)) : List.of();
            }
        }
        return List.of();
    }

    /**
     * The relations by which a title's own phrase goes on ("the Minister of Foreign Affairs of Mongolia",
     * "the Deputy Prime Minister"): its modifiers, not a clause, an aside or another party joined to it.
     */
    private static final Set<String> OWN_PHRASE = Set.of("case", "det", "amod", "compound", "flat", "nmod:of", "nmod:for");

    /**
     * "Deputy Prime Minister, Minister of Defense and Minister of Interior Sheikh Fahad Al-Sabah", "the Minister
     * of Foreign Affairs of Mongolia, Damien Tsogtbaatar": a long apposition is still the title's holder when
     * every word between the title and the name belongs to the name's own phrase (more titles it holds), to
     * the title's own phrase (the office and the country it is of) or is punctuation, not an aside of other
     * words.
     */
    private static boolean onlyItsOwnPhraseBetween(int title, int name, Reading reading, DependencyIndex parse) {
        Set<Integer> phrase = new HashSet<>();
        List<Integer> level = List.of(name);
        while (!level.isEmpty() && phrase.size() < 60) {
            phrase.addAll(level);
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                parse.dependents(node).stream().map(AnnotatedText.Dependency::dependent)
                        .filter(n -> n > title && n < name && !phrase.contains(n)).forEach(next::add);
            }
            level = next;
        }
        level = List.of(title);
        while (!level.isEmpty() && phrase.size() < 60) {
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                parse.dependents(node).stream().filter(d -> OWN_PHRASE.contains(d.relation())).map(AnnotatedText.Dependency::dependent)
                        .filter(n -> n > title && n < name && !phrase.contains(n)).forEach(next::add);
            }
            phrase.addAll(next);
            level = next;
        }
        for (int i = title + 1; i < name; i++) {
            if (!phrase.contains(i) && !reading.token(i).tag().matches("[,:]|HYPH")) {
                return false;
            }
        }
        return true;
    }
}
