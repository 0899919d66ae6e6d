package org.dateline.evaluate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/** The word lists of this package, read from the data files beside its classes. */
final class Resources {

    private Resources() {
    }

    /** The non-blank, non-comment lines of a data file, stripped. */
    static Set<String> words(String file) {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = Resources.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
