package org.dateline.understand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups spans into one entity per real-world thing within the report: a person's shorter name
 * ("Zeine", "Abiy", "Lula", "Mr Zeine") joins the one full name it is part of ("Ali Mahaman Lamine
 * Zeine"), and stays apart when several could be meant; an organisation's shorter name ("The Post",
 * "Apple") joins the one longer name it ends or that adds only a corporate form ("The Washington
 * Post", "Apple Inc."); countries, metonyms and demonyms meet under the country's preferred name.
 */
final class EntityGrouper {

    void assignKeys(Reading reading) {
        for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION)) {
            List<Span> names = reading.spans.stream().filter(s -> s.type == type && s.kind == Span.Kind.NAME)
                    .sorted(Comparator.comparingInt((Span s) -> words(s.name, type).length).reversed()).toList();
            List<String> fullNames = new ArrayList<>();
            for (Span span : names) {
                List<String> longer = fullNames.stream().filter(full -> partOf(full, span.name, type)).toList();
                if (longer.size() == 1) {
                    span.name = longer.get(0);
                } else if (longer.isEmpty() && !fullNames.contains(span.name)) {
                    fullNames.add(span.name);
                }
            }
        }
        for (Span span : reading.spans) {
            if (span.key == null) {
                span.key = Span.key(span.type, span.name);
            }
        }
    }

    /** The entities the keyed spans refer to, in order of first mention. */
    List<Entity> entities(Reading reading) {
        Map<String, EntityType> types = new LinkedHashMap<>();
        Map<String, String> preferred = new LinkedHashMap<>();
        Map<String, Set<String>> variants = new LinkedHashMap<>();
        List<Span> ordered = reading.spans.stream().sorted(Comparator.comparingInt(s -> s.begin)).toList();
        for (Span span : ordered) {
            types.putIfAbsent(span.key, span.type);
            preferred.putIfAbsent(span.key, span.name);
            Set<String> seen = variants.computeIfAbsent(span.key, k -> new LinkedHashSet<>());
            if (span.kind == Span.Kind.NAME) {
                seen.add(span.text);
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, EntityType> entry : types.entrySet()) {
            String name = preferred.get(entry.getKey());
            List<String> others = variants.get(entry.getKey()).stream().filter(v -> !v.equals(name)).toList();
            entities.add(new Entity(entry.getKey(), entry.getValue(), name, others));
        }
        return entities;
    }

    /**
     * Whether a shorter name names the same thing as a longer one: for a person, its words (past a
     * courtesy title: "Mr Minns") are a run of the full name's ("Jobs", "Abiy", "Lula" of "Luiz Inácio
     * Lula da Silva"), or its first and last words with initials for given names or a middle name left out
     * ("R.T. Erdogan", "AK Momen" of "AK Abdul Momen": {@link #abbreviates}); for an organisation, it ends the full name ("The Post") or is it without its
     * corporate form ("Apple" of "Apple Inc.", "General Motors" of "General Motors Corporation").
     */
    static boolean partOf(String full, String part, EntityType type) {
        String[] f = words(full, type);
        String[] p = words(part, type);
        if (p.length == 0) {
            return false;
        }
        if (type == EntityType.PERSON && abbreviates(f, p)) {
            return true;
        }
        if (p.length > f.length) {
            return false;
        }
        if (p.length == f.length) {
            return Arrays.equals(f, p); // "Mr Minns" and "Minns", "Apple Inc" and "Apple Inc."
        }
        if (type == EntityType.PERSON) {
            for (int start = 0; start + p.length <= f.length; start++) {
                if (Arrays.equals(Arrays.copyOfRange(f, start, start + p.length), p)) {
                    return true;
                }
            }
            return false;
        }
        return Arrays.equals(Arrays.copyOfRange(f, f.length - p.length, f.length), p)
                || Arrays.equals(Arrays.copyOfRange(f, 0, p.length), p)
                && Arrays.stream(f, p.length, f.length).allMatch(CORPORATE_FORMS::contains);
    }

    /** "R.T.Erdogan": initials written against the last name. */
    private static final Pattern JOINED_INITIALS = Pattern.compile("((?:\\p{Lu}\\.)+)(\\p{Lu}\\p{Ll}.*)");
    /** "R.", "R.T.", "AK": a given name or two written as initials. */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*\\.?|\\p{Lu}{1,3}");

    /**
     * Whether a person's shorter name keeps the full name's first and last words, in order, with given
     * names written as their initials or a middle name left out: "R.T.Erdogan" and "Recep Tayyip Erdogan",
     * "AK Momen" and "AK Abdul Momen", "J. Smith" and "John Smith". A last name alone is {@link #partOf}'s
     * run of words; a first name other than the full name's first is another person.
     */
    static boolean abbreviates(String[] full, String[] part) {
        List<String> items = new ArrayList<>();
        for (String word : part) {
            Matcher joined = JOINED_INITIALS.matcher(word);
            if (joined.matches()) {
                items.add(joined.group(1));
                items.add(joined.group(2));
            } else {
                items.add(word);
            }
        }
        int last = full.length - 1;
        if (items.size() < 2 || last < 1 || !items.get(items.size() - 1).equals(full[last])) {
            return false;
        }
        int next = 0;
        for (int i = 0; i < items.size() - 1; i++) {
            int matched = -1;
            int width = 0;
            for (int j = next; j < last && matched < 0; j++) {
                width = widthAt(items.get(i), full, j, last);
                if (width > 0) {
                    matched = j;
                } else if (i == 0) {
                    return false; // the first word must be the full name's first
                }
            }
            if (matched < 0) {
                return false;
            }
            next = matched + width;
        }
        return true;
    }

    /** How many of the full name's given names, from {@code at}, the word stands for: itself, or one per initial. */
    private static int widthAt(String item, String[] full, int at, int last) {
        if (item.equals(full[at])) {
            return 1;
        }
        if (!INITIALS.matcher(item).matches()) {
            return 0;
        }
        String letters = item.replace(".", "");
        if (at + letters.length() > last) {
            return 0;
        }
        for (int l = 0; l < letters.length(); l++) {
            if (full[at + l].charAt(0) != letters.charAt(l)) {
                return 0;
            }
        }
        return letters.length();
    }

    private static final Set<String> COURTESY_TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Prof",
            "Professor", "Madam", "Mme");
    private static final Set<String> CORPORATE_FORMS = Set.of("Inc", "Corp", "Corporation", "Company", "Co", "LLC",
            "Ltd", "Limited", "PLC", "plc", "Group", "AG", "SA", "S.A", "N.V", "GmbH");

    private static String[] words(String name, EntityType type) {
        String[] words = name.replaceFirst("^[Tt]he\\s+", "").replaceAll("[.,](?=\\s|$)", "").split("\\s+");
        int from = 0;
        while (type == EntityType.PERSON && from < words.length - 1 && COURTESY_TITLES.contains(words[from])) {
            from++;
        }
        return Arrays.copyOfRange(words, from, words.length);
    }
}
