package org.dateline.link.online;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.dateline.link.EntityType;

/**
 * What the endpoint answered for each name, kept in a file so that a name is asked once across
 * runs. Append-only UTF-8 TSV, a line per item: name, qid, label, "label" or "alias", types
 * (comma-separated); a name the endpoint did not know is a line with the name alone. Delete the file
 * to ask again.
 */
final class LookupCache {

    private final Path file;
    private final Map<String, List<WikidataItem>> answers = new ConcurrentHashMap<>();

    LookupCache(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            load();
        }
    }

    Optional<List<WikidataItem>> get(String name) {
        return Optional.ofNullable(answers.get(name));
    }

    synchronized void put(String name, List<WikidataItem> items) {
        answers.put(name, List.copyOf(items));
        if (file == null) {
            return;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                if (items.isEmpty()) {
                    out.write(clean(name) + "\n");
                }
                for (WikidataItem item : items) {
                    List<String> types = item.types().stream().map(EntityType::fileName).sorted().toList();
                    out.write(String.join("\t", clean(name), item.qid(), clean(item.label()),
                            item.byLabel() ? "label" : "alias", String.join(",", types)) + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Wikidata cache " + file, e);
        }
    }

    int size() {
        return answers.size();
    }

    private void load() {
        try {
            Map<String, List<WikidataItem>> read = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                List<WikidataItem> items = read.computeIfAbsent(c[0], k -> new ArrayList<>());
                if (c.length >= 5) {
                    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
                    for (String t : c[4].split(",")) {
                        if (!t.isBlank()) {
                            types.add(EntityType.parse(t));
                        }
                    }
                    items.add(new WikidataItem(c[1], c[2], "label".equals(c[3]), types));
                }
            }
            read.forEach((name, items) -> answers.put(name, List.copyOf(items)));
        } catch (IOException | RuntimeException e) {
            // A damaged cache costs only lookups: start afresh rather than stop ingesting.
            answers.clear();
        }
    }

    private static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
