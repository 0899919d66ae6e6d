package org.dateline.link.online;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.dateline.link.EntityType;

/**
 * Which wdt:P31 classes make an item a person, country, place or organisation, from
 * {@code wikidata-classes.tsv} (data, so that a class can be added without a code change).
 */
final class WikidataClasses {

    static final String RESOURCE = "/org/dateline/link/online/wikidata-classes.tsv";

    private final Map<String, EntityType> byClass;

    private WikidataClasses(Map<String, EntityType> byClass) {
        this.byClass = Map.copyOf(byClass);
    }

    static WikidataClasses bundled() {
        try (InputStream in = WikidataClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, EntityType> classes = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    classes.put(cells[0].strip(), EntityType.parse(cells[1]));
                }
            }
            return new WikidataClasses(classes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    Optional<EntityType> typeOf(String classQid) {
        return Optional.ofNullable(byClass.get(classQid));
    }
}
