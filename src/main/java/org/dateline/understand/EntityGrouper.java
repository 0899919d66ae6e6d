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
 * ("Zeine") joins the one full name it ends ("Ali Mahaman Lamine Zeine"); an organisation's shorter
 * name ("The Post") joins the one longer name it ends ("The Washington Post"); countries, metonyms
 * and demonyms meet under the country's preferred name.
 */
final class EntityGrouper {

    void assignKeys(Reading reading) {
        for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION)) {
            List<Span> names = reading.spans.stream().filter(s -> s.type == type && s.kind == Span.Kind.NAME)
                    .sorted(Comparator.comparingInt((Span s) -> words(s.name).length).reversed()).toList();
            List<String> fullNames = new ArrayList<>();
            for (Span span : names) {
                List<String> longer = fullNames.stream().filter(full -> endsWith(full, span.name)).toList();
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

    private static boolean endsWith(String full, String part) {
        String[] f = words(full);
        String[] p = words(part);
        return p.length < f.length && Arrays.equals(Arrays.copyOfRange(f, f.length - p.length, f.length), p);
    }

    private static String[] words(String name) {
        return name.replaceFirst("^[Tt]he\\s+", "").split("\\s+");
    }
}
