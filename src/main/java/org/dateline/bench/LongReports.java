package org.dateline.bench;

import java.util.Random;

/**
 * Very long synthetic reports of the shapes that have hurt the language engine: many paragraphs of
 * prose, one endless line without punctuation, one sentence repeated on line after line, a huge
 * list. Each has a headline and a date line, and the odd ones a lead paragraph of real sentences,
 * so that the reader takes them as reports and the whole body reaches the language engine.
 */
public final class LongReports {

    private static final String[] COUNTRIES = {"Niger", "Mali", "Burkina Faso", "Senegal", "Nigeria", "Ghana",
        "Chad", "Mauritania", "Iran", "Russia", "France", "the United States", "Algeria", "Libya"};
    private static final String[] PLACES = {"Niamey", "Bamako", "Ouagadougou", "Dakar", "Abuja", "Accra"};
    private static final String[] PEOPLE = {"Abdourahamane Tiani", "Assimi Goita", "Ibrahim Traore",
        "Bassirou Diomaye Faye", "Bola Tinubu", "John Mahama"};
    private static final String[] ACTIONS = {"suspended military cooperation with", "held talks with",
        "signed a trade agreement with", "recalled its ambassador from", "welcomed a delegation from"};
    private static final String[] TOPICS = {"security on the border", "grain exports", "the price of fuel",
        "mining licences", "the return of refugees", "electricity supply"};
    private static final String[] DAYS = {"on Monday", "on Tuesday", "last week", "in March 2024", "on 14 May"};
    private static final String[] WORDS = {"the", "minister", "said", "talks", "border", "Niger", "Mali", "army",
        "would", "continue", "with", "envoys", "from", "Niamey", "and", "officials", "of", "security", "in", "grain"};

    private LongReports() {
    }

    /** A report of the given kind ({@code prose}, {@code one-line}, {@code repeated}, {@code list}): header and body. */
    public static String of(String kind, int chars) {
        String header = "Sahel states review their ties with their neighbours\n\nTue May 14 2024\n\n";
        return header + body(kind, chars - header.length()) + "\n";
    }

    /** The body of a report of the given kind, of about {@code chars} characters. */
    public static String body(String kind, int chars) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        switch (kind) {
            case "prose" -> {
                while (text.length() < chars) {
                    text.append(text.isEmpty() ? "" : "\n\n").append(paragraph(random));
                }
            }
            case "one-line" -> {
                text.append(paragraph(random)).append("\n\n");
                while (text.length() < chars) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
            }
            case "repeated" -> {
                String line = "The minister of " + COUNTRIES[0] + " met envoys from " + COUNTRIES[1] + " in "
                        + PLACES[0] + " on Tuesday to discuss " + TOPICS[0] + ".\n";
                while (text.length() < chars) {
                    text.append(line);
                }
            }
            case "list" -> {
                text.append(paragraph(random)).append("\n\n");
                for (int n = 1; text.length() < chars; n++) {
                    text.append("- ").append(PLACES[random.nextInt(PLACES.length)]).append(" delegation ").append(n)
                            .append(' ').append(TOPICS[random.nextInt(TOPICS.length)]).append('\n');
                }
            }
            default -> throw new IllegalArgumentException("unknown kind of long report: " + kind
                    + " (prose, one-line, repeated, list)");
        }
        return text.toString().strip();
    }

    /** Three to five news sentences, with names, places, dates and a quotation. */
    public static String paragraph(Random random) {
        StringBuilder p = new StringBuilder();
        int sentences = 3 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                p.append(' ');
            }
            String country = pick(random, COUNTRIES);
            String other = pick(random, COUNTRIES);
            switch (random.nextInt(4)) {
                case 0 -> p.append("The government of ").append(country).append(' ').append(pick(random, ACTIONS))
                        .append(' ').append(other).append(' ').append(pick(random, DAYS)).append('.');
                case 1 -> p.append('"').append("We will not give up on ").append(pick(random, TOPICS))
                        .append(",\" said ").append(pick(random, PEOPLE)).append(" in ").append(pick(random, PLACES))
                        .append('.');
                case 2 -> p.append("Ministers from ").append(country).append(" discussed ").append(pick(random, TOPICS))
                        .append(" with envoys from ").append(other).append(' ').append(pick(random, DAYS)).append('.');
                default -> p.append("Analysts in ").append(pick(random, PLACES))
                        .append(" said the talks would continue in the coming weeks.");
            }
        }
        return p.toString();
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
