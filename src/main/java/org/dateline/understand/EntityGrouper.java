package org.dateline.understand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * Lula da Silva"); for an organisation, it ends the full name ("The Post") or is it without its
     * corporate form ("Apple" of "Apple Inc.", "General Motors" of "General Motors Corporation").
     */
    static boolean partOf(String full, String part, EntityType type) {
        String[] f = words(full, type);
        String[] p = words(part, type);
        if (p.length == 0 || p.length > f.length) {
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
