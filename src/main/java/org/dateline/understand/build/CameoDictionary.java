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

/**
 * The PETRARCH2 CAMEO verb dictionary ({@code CAMEO.2.0.txt}) as its reader understands it: synonym
 * sets ({@code &WEAPON} with {@code +ROCKET} lines), then blocks that open with
 * {@code ---  NAME   [code]  ---}, list their verbs ({@code SPEED {SPEEDING SPEEDS SPED}},
 * {@code +CALL_OFF [160]}: the word after {@code +} is the verb, the words joined to it follow it) and
 * their patterns ({@code - * AID [070] # RUSH}), which apply to every verb of the block. Text after
 * {@code #} is a comment. The transformations at the end of the file are not read.
 */
final class CameoDictionary {

    /** A verb of a block: its lemma, the words that must follow it ("off" of "call off"), its own code or null. */
    record Verb(String lemma, List<String> particle, String code) {
    }

    /** A pattern line without its leading "-": the words before and after "*", and the code in brackets. */
    record Pattern(String body, String code, int line) {
    }

    record Block(String name, String code, List<Verb> verbs, List<Pattern> patterns) {
    }

    final Map<String, List<List<String>>> synsets = new LinkedHashMap<>();
    final List<Block> blocks = new ArrayList<>();

    static CameoDictionary read(Path file) throws IOException {
        CameoDictionary dictionary = new CameoDictionary();
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        boolean verbs = false;
        String synset = null;
        Block block = null;
        for (int n = 0; n < lines.size(); n++) {
            String raw = lines.get(n);
            if (raw.startsWith("####### VERB PATTERNS")) {
                verbs = true;
                continue;
            }
            if (raw.startsWith("######## TRANSFORMATIONS")) {
                break;
            }
            if (raw.startsWith("#") || raw.isBlank()) {
                continue;
            }
            String line = stripComment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!verbs) {
                if (line.startsWith("&")) {
                    synset = line;
                    dictionary.synsets.put(synsetName(synset), new ArrayList<>());
                } else if (line.startsWith("+") && synset != null) {
                    dictionary.synsets.get(synsetName(synset)).add(words(line.substring(1)));
                }
                continue;
            }
            if (line.startsWith("---")) {
                String[] parts = line.replace("---", " ").strip().split("\\s+");
                String code = parts.length > 1 ? brackets(parts[parts.length - 1]) : null;
                block = new Block(parts[0], code, new ArrayList<>(), new ArrayList<>());
                dictionary.blocks.add(block);
            } else if (line.startsWith("-") && block != null) {
                int open = line.lastIndexOf('[');
                int close = line.lastIndexOf(']');
                if (open < 0 || close < open) {
                    continue;
                }
                block.patterns().add(new Pattern(line.substring(1, open).strip(), line.substring(open + 1, close).strip(), n + 1));
            } else if (block != null) {
                Verb verb = verb(line);
                if (verb != null) {
                    block.verbs().add(verb);
                }
            }
        }
        return dictionary;
    }

    /** "&CURRENCY" and "&AUXVERB1_" (the "_" only stops plurals, which lemmas make needless). */
    private static String synsetName(String line) {
        return line.strip().replaceAll("_$", "").toLowerCase(Locale.ROOT);
    }

    /** "PASSENGER_CAR_" -> [passenger, car]. */
    static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : phrase.strip().toLowerCase(Locale.ROOT).split("[_\\s]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static String brackets(String token) {
        return token.startsWith("[") && token.endsWith("]") ? token.substring(1, token.length() - 1) : null;
    }

    /** "SPEED {SPEEDING SPEEDS SPED}", "+CALL_OFF [160]", "DISMISS [110]". */
    private static Verb verb(String line) {
        String code = null;
        int open = line.lastIndexOf('[');
        if (open >= 0 && line.indexOf(']', open) > open) {
            code = line.substring(open + 1, line.indexOf(']', open)).strip();
            line = line.substring(0, open);
        }
        line = line.replaceAll("\\{[^}]*\\}?", " ").strip();
        if (line.isEmpty()) {
            return null;
        }
        String spec = line.split("\\s+")[0];
        List<String> parts = new ArrayList<>(List.of(spec.split("_")));
        parts.removeIf(String::isEmpty);
        int verbAt = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).startsWith("+")) {
                verbAt = i;
            }
        }
        if (verbAt > 0 || parts.isEmpty()) {
            return null; // a word before the verb ("WIRE_+TAP"): none in this dictionary
        }
        String lemma = parts.get(0).replace("+", "").toLowerCase(Locale.ROOT);
        List<String> particle = parts.subList(1, parts.size()).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        return new Verb(lemma, particle, code);
    }
}
