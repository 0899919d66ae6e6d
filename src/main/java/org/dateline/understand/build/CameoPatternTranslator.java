package org.dateline.understand.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one CAMEO pattern ({@code * {ARMS SHIPMENT} (TO +)}) into the lexicon's terms: where the
 * actor and the target are (a path of dependency relations), and what the predicate's phrase must
 * hold ({@code O=arms_shipment P=to}). CAMEO writes the subject's words before the verb ({@code *}),
 * the object's words after it, prepositional phrases in parentheses, noun phrases in braces (the last
 * word the head), {@code +} where the target is and {@code $} where the source is. Older patterns
 * write a preposition without parentheses ({@code TOWARD +}): it opens a phrase all the same.
 */
final class CameoPatternTranslator {

    /**
     * Where the target is looked for when the pattern does not say: the object, then these phrases, then
     * those of the verb it governs ("threatened to break relations with Russia", "agreed to send troops to").
     */
    static final String DEFAULT_TARGET = "obj,iobj,obl:against,obl:with,obl:to,obl:on,obl:into,obl:toward,obl:towards,"
            + "obl:for,obl:from,obl:over,obl:upon,xcomp>obj,xcomp>obl:with,xcomp>obl:against,xcomp>obl:to,xcomp>obl:from,"
            + "xcomp>obl:on,xcomp>iobj";

    private static final Set<String> PREPOSITIONS = Set.of("about", "across", "after", "against", "among", "as", "at",
            "before", "behind", "between", "by", "during", "for", "from", "in", "inside", "into", "near", "of", "off",
            "on", "onto", "out", "over", "through", "to", "toward", "towards", "under", "until", "upon", "with", "within",
            "without");
    /** Auxiliaries and articles some old patterns spell out; the parse keeps them out of the phrase. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "will", "would", "not", "has", "have",
            "had", "is", "was", "were", "be", "been", "are", "that", "its", "their", "his", "her", "it", "to");

    /** The lexicon's reading of a pattern. */
    record Translation(String actor, String target, String pattern, int specificity) {
    }

    private final Map<String, List<List<String>>> synsets;

    CameoPatternTranslator(Map<String, List<List<String>>> synsets) {
        this.synsets = synsets;
    }

    /**
     * @param reverse the code applies with source and target swapped (CAMEO's {@code [:code]}: "received a
     *                letter from": the one who wrote acts)
     * @return empty when the pattern uses a synonym set the file does not define, or nothing is left of it
     */
    Optional<Translation> translate(String body, boolean reverse) {
        List<String> tokens = tokens(body);
        List<String> constraints = new ArrayList<>();
        List<String> subject = new ArrayList<>();
        String source = null;
        String target = null;
        boolean afterVerb = false;
        int words = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("*")) {
                afterVerb = true;
                if (!subject.isEmpty()) {
                    constraints.add("S=" + String.join("_", subject));
                    words += subject.size();
                    subject.clear();
                }
                continue;
            }
            if (t.equals("^") || t.equals("%")) {
                continue;
            }
            boolean barePreposition = afterVerb && PREPOSITIONS.contains(t.toLowerCase(Locale.ROOT).split("/")[0])
                    && !t.startsWith("&");
            if (t.equals("(") || barePreposition) {
                // A prepositional phrase: up to ")" or, written bare, up to the next preposition.
                List<String> inner = new ArrayList<>();
                int j = t.equals("(") ? i + 1 : i;
                for (; j < tokens.size(); j++) {
                    String u = tokens.get(j);
                    if (t.equals("(") ? u.equals(")")
                            : j > i && (u.equals("(") || PREPOSITIONS.contains(u.toLowerCase(Locale.ROOT)))) {
                        break;
                    }
                    inner.add(u);
                }
                i = t.equals("(") ? j : j - 1;
                if (inner.isEmpty()) {
                    continue;
                }
                Optional<List<String>> preps = prepositions(inner);
                if (preps.isEmpty()) {
                    return Optional.empty();
                }
                int skip = preps.get().size() == 1 && preps.get().get(0).contains("_") ? 2 : 1;
                List<String> rest = inner.subList(Math.min(skip, inner.size()), inner.size());
                String path = phrasePath(preps.get());
                List<String> heads = new ArrayList<>();
                for (Object item : phrases(rest)) {
                    if (item == null) {
                        return Optional.empty();
                    } else if (item.equals("+")) {
                        target = path;
                    } else if (item.equals("$")) {
                        source = path;
                    } else {
                        heads.add((String) item);
                    }
                }
                constraints.add("P=" + String.join("|", preps.get()) + (heads.isEmpty() ? "" : ":" + String.join("|", heads)));
                words += 1 + heads.size();
                continue;
            }
            if (t.equals("+") || t.equals("$")) {
                String where = afterVerb ? "obj" : "subject";
                if (t.equals("+")) {
                    target = where;
                } else {
                    source = where;
                }
                continue;
            }
            String phrase;
            if (t.equals("{")) {
                List<String> group = new ArrayList<>();
                int j = i + 1;
                for (; j < tokens.size() && !tokens.get(j).equals("}"); j++) {
                    group.add(tokens.get(j));
                }
                i = j;
                phrase = phrase(group);
            } else if (FUNCTION_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
                continue;
            } else {
                phrase = phrase(List.of(t));
            }
            if (phrase == null) {
                return Optional.empty();
            }
            if (phrase.isEmpty()) {
                continue;
            }
            if (afterVerb) {
                constraints.add("O=" + phrase);
                words++;
            } else {
                subject.add(phrase);
            }
        }
        if (source != null && source.equals(target)) {
            return Optional.empty();
        }
        if (target != null && target.equals("subject") && source == null) {
            return Optional.empty(); // the subject is the target and nothing says who acts
        }
        String actor = source == null ? "subject" : source;
        String targetPaths = target == null ? DEFAULT_TARGET : target;
        if (reverse) {
            String swapped = actor;
            actor = targetPaths;
            targetPaths = swapped;
        }
        return Optional.of(new Translation(actor, targetPaths, constraints.isEmpty() ? "-" : String.join(" ", constraints),
                constraints.size() * 10 + words));
    }

    /** "(TO", "(BY/WITH", "(OUT OF", "(&PREPOSIT1": the prepositions a phrase may open with. */
    private Optional<List<String>> prepositions(List<String> inner) {
        String first = inner.get(0).toLowerCase(Locale.ROOT);
        if (first.startsWith("&")) {
            List<List<String>> set = synsets.get(first.replaceAll("_$", ""));
            if (set == null) {
                return Optional.empty();
            }
            return Optional.of(set.stream().map(p -> String.join("_", p)).distinct().toList());
        }
        if (inner.size() > 1 && inner.get(1).equalsIgnoreCase("of") && (first.equals("out") || first.equals("because")
                || first.equals("instead") || first.equals("ahead"))) {
            return Optional.of(List.of(first + "_of"));
        }
        return Optional.of(List.of(first.split("/")));
    }

    private static String phrasePath(List<String> preps) {
        Set<String> paths = new LinkedHashSet<>();
        preps.forEach(p -> paths.add("obl:" + p));
        preps.forEach(p -> paths.add("obj>nmod:" + p));
        return String.join(",", paths);
    }

    /** The items of a prepositional phrase: "+", "$", or a phrase; null for an unknown synonym set. */
    private List<Object> phrases(List<String> tokens) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("+") || t.equals("$")) {
                items.add(t);
            } else if (t.equals("{")) {
                List<String> group = new ArrayList<>();
                int j = i + 1;
                for (; j < tokens.size() && !tokens.get(j).equals("}"); j++) {
                    group.add(tokens.get(j));
                }
                i = j;
                String phrase = phrase(group);
                if (phrase == null || !phrase.isEmpty()) {
                    items.add(phrase);
                }
            } else if (!t.equals("^") && !t.equals("%") && !FUNCTION_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
                String phrase = phrase(List.of(t));
                if (phrase == null || !phrase.isEmpty()) {
                    items.add(phrase);
                }
            }
        }
        return items;
    }

    /**
     * Words of one noun phrase, the head last, as the lexicon writes them: "arms_shipment",
     * "&military_&treaty", alternatives ("BOMBING/EXPLOSION") as "bombing|explosion" when the phrase is
     * one word. Null when a synonym set is unknown, "" when nothing is left.
     */
    private String phrase(List<String> group) {
        List<String> slots = new ArrayList<>();
        for (String w : group) {
            String word = w.toLowerCase(Locale.ROOT).replaceAll("_$", "");
            if (word.isEmpty() || word.equals("+") || word.equals("$") || word.equals("^") || word.equals("%")) {
                continue;
            }
            if (word.startsWith("&")) {
                if (!synsets.containsKey(word)) {
                    return null;
                }
                slots.add(word);
            } else {
                slots.add(String.join("_", CameoDictionary.words(word)));
            }
        }
        if (slots.isEmpty()) {
            return "";
        }
        if (slots.size() == 1) {
            return String.join("|", slots.get(0).split("/"));
        }
        // Alternatives inside a longer phrase are rare; the first stands.
        return String.join("_", slots.stream().map(s -> s.split("/")[0]).toList());
    }

    private static List<String> tokens(String body) {
        String spaced = body.replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ");
        List<String> tokens = new ArrayList<>();
        for (String t : spaced.strip().split("\\s+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }
}
