package org.dateline.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names whose other sense the gazetteer does not hold (the Niger river, the U.S. state of Georgia),
 * from {@code ambiguous-names.tsv}: kept as data so that adding one needs no code change.
 */
final class AmbiguousNames {

    static final String RESOURCE = "/org/dateline/link/ambiguous-names.tsv";

    /** One such name: the factor on its confidence when unsupported, and the cues of its other sense. */
    record Sense(double factor, Set<String> cues) {
    }

    private final Map<String, Sense> byKey;

    private AmbiguousNames(Map<String, Sense> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    static AmbiguousNames bundled() {
        try (InputStream in = AmbiguousNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Sense> senses = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                Set<String> cues = new java.util.HashSet<>();
                for (String cue : cells[3].split("\\|")) {
                    cues.add(NameKey.of(cue));
                }
                senses.put(NameKey.of(cells[0]), new Sense(Double.parseDouble(cells[2]), Set.copyOf(cues)));
            }
            return new AmbiguousNames(senses);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    Optional<Sense> of(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
