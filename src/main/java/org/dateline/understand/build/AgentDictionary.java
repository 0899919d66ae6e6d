package org.dateline.understand.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PETRARCH2 agents dictionary ({@code Phoenix.agents.txt}): role words and the sector CAMEO gives
 * whoever they name ({@code TROOP {} [~MIL]}, {@code !MINIST! OF_DEFENCE [~GOVMIL]}, {@code NGO~}).
 * Substitution markers ({@code !PERSON! = MAN, MEN, …}) are expanded; a plural in braces is kept as a
 * phrase of its own (lemmas make regular plurals needless). The sector kept is the first three letters
 * of the code, the primary sector (GOVMIL -> GOV, MILGOV -> MIL).
 */
final class AgentDictionary {

    private static final Pattern LINE = Pattern.compile("^(.+?)\\s*(\\{[^}]*\\})?\\s*\\[(~?[A-Z]+~?)\\]");
    private static final Pattern SUBSTITUTION = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");

    private AgentDictionary() {
    }

    /** Phrase (lowercase words separated by one space) -> sector, sorted by phrase; the first code of a phrase stands. */
    static Map<String, String> read(Path file) throws IOException {
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        Map<String, String> agents = new TreeMap<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            line = line.replaceAll("<!--.*?-->", "").strip();
            if (line.isEmpty() || !line.chars().allMatch(c -> c < 128)) {
                continue;
            }
            Matcher s = SUBSTITUTION.matcher(line);
            if (s.matches()) {
                List<String> values = new ArrayList<>();
                for (String v : s.group(2).split(",")) {
                    values.add(v.strip());
                }
                substitutions.put(s.group(1), values);
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            String sector = m.group(3).replace("~", "");
            if (sector.length() < 3) {
                continue;
            }
            sector = sector.substring(0, 3);
            List<String> phrases = new ArrayList<>();
            phrases.add(m.group(1));
            if (m.group(2) != null) {
                for (String plural : m.group(2).replaceAll("[{}]", " ").strip().split("\\s+")) {
                    if (!plural.isEmpty()) {
                        phrases.add(plural);
                    }
                }
            }
            for (String phrase : phrases) {
                for (String expanded : expand(phrase, substitutions)) {
                    String words = String.join(" ", CameoDictionary.words(expanded.replace(",", " ")));
                    if (!words.isEmpty() && words.matches("[a-z0-9 .'&-]+")) {
                        agents.putIfAbsent(words, sector);
                    }
                }
            }
        }
        return agents;
    }

    private static List<String> expand(String phrase, Map<String, List<String>> substitutions) {
        for (Map.Entry<String, List<String>> s : substitutions.entrySet()) {
            if (phrase.contains(s.getKey())) {
                List<String> out = new ArrayList<>();
                for (String value : s.getValue()) {
                    out.addAll(expand(phrase.replace(s.getKey(), value), substitutions));
                }
                return out;
            }
        }
        return List.of(phrase.toLowerCase(Locale.ROOT));
    }
}
