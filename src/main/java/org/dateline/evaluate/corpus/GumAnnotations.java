package org.dateline.evaluate.corpus;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annotations of a GUM news document, by token number (see {@link GumDocument}).
 *
 * @param quotes       the {@code <quote>} spans: what someone said or wrote, quoted
 * @param inlineQuotes the {@code <q>} spans: short quoted words within a sentence (titles, scare quotes,
 *                     a phrase someone used)
 * @param dates        the {@code <date when=…>} spans with their ISO value
 * @param entities     the entity spans of the WebAnno TSV file; empty when there is none
 */
public record GumAnnotations(List<List<Integer>> quotes, List<List<Integer>> inlineQuotes, List<Date> dates,
        List<Entity> entities) {

    /** A date and its value as the corpus writes it ("2015-05-15", "2015-05", "2050"). */
    public record Date(List<Integer> tokens, String when) {
        public Date {
            tokens = List.copyOf(tokens);
        }
    }

    /**
     * An entity span.
     *
     * @param id       the span's number in the TSV file
     * @param type     person, place, organization, object, event, time, abstract, substance, animal,
     *                 plant, quantity
     * @param tokens   its token numbers
     * @param identity the Wikipedia title it is ("Indonesian_Navy"), decoded; null when none
     * @param named    whether it is a name: its first and last words (past a determiner and a
     *                 possessive) are proper nouns ("the Indonesian Navy", not "the coast of Aceh")
     */
    public record Entity(int id, String type, List<Integer> tokens, String identity, boolean named) {
        public Entity {
            tokens = List.copyOf(tokens);
        }
    }

    public GumAnnotations {
        quotes = quotes.stream().map(List::copyOf).toList();
        inlineQuotes = inlineQuotes.stream().map(List::copyOf).toList();
        dates = List.copyOf(dates);
        entities = List.copyOf(entities);
    }

    private static final Pattern ITEM = Pattern.compile("(.+?)\\[(\\d+)]");
    private static final Set<String> PROPER = Set.of("NP", "NPS", "NNP", "NNPS");
    private static final Set<String> OUTER_WORDS = Set.of("the", "The", "a", "A", "an", "An", "'s", "'", "’s", "’",
            ",", ".", "\"", "``", "''");

    /**
     * The entity spans of a WebAnno TSV 3 file: a line a token ({@code 3-15  152-155  the  organization[15]
     * new[15]  …  Indonesian_Navy[15]  …}); the fourth column holds the entity types, the seventh
     * their identities, each with the span's number in brackets.
     */
    static List<Entity> entities(Path tsv, List<String> forms, List<String> tags) throws IOException {
        Map<Integer, String> types = new LinkedHashMap<>();
        Map<Integer, List<Integer>> tokens = new LinkedHashMap<>();
        Map<Integer, String> identities = new LinkedHashMap<>();
        int index = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (!line.matches("\\d+-\\d+\t.*")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (index < forms.size() && !forms.get(index).equals(columns[2])) {
                throw new IOException(tsv + ": token " + columns[0] + " is '" + columns[2] + "', the xml has '"
                        + forms.get(index) + "'");
            }
            for (String item : columns[3].split("\\|")) {
                Matcher m = ITEM.matcher(item);
                if (m.matches()) {
                    int id = Integer.parseInt(m.group(2));
                    types.putIfAbsent(id, m.group(1));
                    tokens.computeIfAbsent(id, k -> new ArrayList<>()).add(index);
                }
            }
            if (columns.length > 6) {
                for (String item : columns[6].split("\\|")) {
                    Matcher m = ITEM.matcher(item);
                    if (m.matches()) {
                        identities.put(Integer.parseInt(m.group(2)),
                                URLDecoder.decode(m.group(1), StandardCharsets.UTF_8).replace('_', ' '));
                    }
                }
            }
            index++;
        }
        List<Entity> entities = new ArrayList<>();
        types.forEach((id, type) -> entities.add(new Entity(id, type, tokens.get(id), identities.get(id),
                named(type, tokens.get(id), forms, tags))));
        return entities;
    }

    /**
     * A name: its first and last words (past a determiner and a possessive) are proper nouns, or it ends
     * with two ("Facebook co-founder Mark Zuckerberg", where GUM tags "Facebook" a common noun), and its
     * last word is no title ("Malaysia's Prime Minister", "the Home Secretary" are descriptions, as
     * MEANTIME has them); a person span of one plural proper noun is a group ("Refugees",
     * "Bangladeshis"), not a name.
     */
    private static boolean named(String type, List<Integer> span, List<String> forms, List<String> tags) {
        int first = 0;
        int last = span.size() - 1;
        while (first <= last && OUTER_WORDS.contains(forms.get(span.get(first)))) {
            first++;
        }
        while (last >= first && OUTER_WORDS.contains(forms.get(span.get(last)))) {
            last--;
        }
        if (first > last || !PROPER.contains(tags.get(span.get(last)))) {
            return false;
        }
        // "Facebook co-founder Mark Zuckerberg": a description ending with a full name is that name.
        boolean endsWithFullName = last > first && PROPER.contains(tags.get(span.get(last - 1)));
        if (!PROPER.contains(tags.get(span.get(first))) && !endsWithFullName) {
            return false;
        }
        if (TITLES.contains(forms.get(span.get(last)).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return !(type.equals("person") && first == last && tags.get(span.get(first)).equals("NPS"));
    }

    /** Words that end a title rather than a name. */
    private static final Set<String> TITLES = Set.of("minister", "secretary", "president", "chairman", "chairwoman",
            "chair", "chief", "director", "governor", "mayor", "senator", "sheriff", "mp", "officer", "spokesman",
            "spokeswoman", "spokesperson", "commissioner", "premier", "judge", "ambassador", "leader", "ceo", "deputy");
}
