package org.dateline.understand.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The PETRARCH2 discard list ({@code Phoenix.discards.txt}): phrases that mark a sentence, or with a
 * leading {@code +} a whole story, as no political event (sports, entertainment: "BATSMAN", "+CHAMPIONS
 * LEAGUE"). A phrase ending in {@code _} must end a word; otherwise it is a stem. Years ("1951") and
 * phrases of time ("YEARS AGO") are left out: PETRARCH drops historical sentences, Dateline dates their
 * events instead.
 */
final class DiscardList {

    private DiscardList() {
    }

    /** Phrase (lowercase, "_" kept at the end of a whole word) -> "story" or "sentence", sorted. */
    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            line = line.contains(";") ? line.substring(0, line.indexOf(';')) : line;
            line = line.strip();
            if (line.isEmpty() || !line.chars().allMatch(c -> c < 128)) {
                continue;
            }
            boolean story = line.startsWith("+");
            String phrase = (story ? line.substring(1) : line).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (phrase.matches("[0-9 ]+") || phrase.matches(".*\\b(ago|later|earlier)\\b.*") || phrase.length() < 4) {
                continue;
            }
            out.merge(phrase, story ? "story" : "sentence", (a, b) -> a.equals("story") ? a : b);
        }
        return out;
    }
}
