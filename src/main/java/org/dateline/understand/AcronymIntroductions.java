package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations a report introduces with their acronym, which the engine misses: "the ruling
 * military council, known as the CNSP" and "the National Council for the Safeguard of the Homeland
 * (CNSP)" each give one organisation with both names; later uses of the acronym refer to it.
 * A capitalised full name is preferred over the acronym; a lower-case description is not a name,
 * so then the acronym is the preferred name.
 */
final class AcronymIntroductions {

    /** "the ruling military council, known as the CNSP"; "Burkina Faso's ruling council, known as the MPSR". */
    private static final Pattern KNOWN_AS = Pattern.compile(
            "(?:(?:[Tt]he|[Aa]n?)\\s+|\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*['’]s\\s+)((?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+),?\\s+(?:known|referred to) as\\s+(?:the\\s+)?(\\p{Lu}[\\p{Lu}\\d]{1,7})\\b");
    private static final Pattern IN_BRACKETS = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}-]*)(?:\\s+(?:of|for|the|and|on|\\p{Lu}[\\p{L}-]*))*)\\s+\\((\\p{Lu}[\\p{Lu}\\d]{1,7})\\)");

    /**
     * "the International Atomic Energy Agency, or IAEA, ...": the acronym offered as another name between commas. An
     * alternative ("the United States, or NATO, would act") is no such gloss: the acronym must spell the initials of
     * the name's capitalised words.
     */
    private static final Pattern OR_BETWEEN_COMMAS = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}-]*)(?:\\s+(?:of|for|the|and|on|\\p{Lu}[\\p{L}-]*))*),\\s+or\\s+(\\p{Lu}[\\p{Lu}\\d]{1,7})(?=[,.;])");

    /**
     * Words that open a sentence with a capital but name no one: "They (BJP) say the money goes to Kalighat" glosses
     * a pronoun with the party it stands for; it introduces no organisation called "They".
     */
    private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those");

    void apply(Reading reading) {
        List<Span> added = new ArrayList<>();
        for (Pattern pattern : List.of(KNOWN_AS, IN_BRACKETS, OR_BETWEEN_COMMAS)) {
            Matcher m = pattern.matcher(reading.text);
            while (m.find()) {
                String description = m.group(1);
                String acronym = m.group(2);
                if (pattern == OR_BETWEEN_COMMAS && !acronym.equals(initials(description))) {
                    continue;
                }
                int descBegin = m.start(1);
                if (description.startsWith("The ") || description.startsWith("the ")) {
                    description = description.substring(4);
                    descBegin += 4;
                }
                if (PRONOUNS.contains(description.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                // A capitalised description is the organisation's name; a lower-case one only describes it.
                boolean named = Character.isUpperCase(description.charAt(0));
                String preferred = named ? description : acronym;
                replace(reading, new Span(descBegin, m.end(1), description, named ? Span.Kind.NAME : Span.Kind.DESCRIPTION,
                        EntityType.ORGANIZATION, preferred));
                Matcher uses = Pattern.compile("\\b" + acronym + "\\b").matcher(reading.text);
                while (uses.find()) {
                    added.add(new Span(uses.start(), uses.end(), acronym, Span.Kind.NAME, EntityType.ORGANIZATION, preferred));
                }
            }
        }
        added.forEach(span -> replace(reading, span));
    }

    /** The initials of a name's capitalised words: "International Atomic Energy Agency" gives "IAEA". */
    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }

    private static void replace(Reading reading, Span span) {
        reading.spans.removeIf(s -> s.begin < span.end && span.begin < s.end);
        reading.spans.add(span);
    }
}
