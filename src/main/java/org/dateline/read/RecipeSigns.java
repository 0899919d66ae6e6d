package org.dateline.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a recipe by the lines recipes are made of: ingredients that open with a quantity ("2 cups
 * flour", "½ tsp salt", "3 eggs"), steps that open with a cooking verb in the imperative ("Whisk
 * the eggs", "2. Preheat the oven"), and the headings of its parts ("Ingredients", "Method",
 * "Serves 4"). The words are data ({@code recipe-words.tsv}). A report may quote a price per kilo
 * or tell people to add water; only many such lines together make a recipe.
 */
final class RecipeSigns {

    /** A label's closing colon or full stop (compiled once: it is asked of every line). */
    private static final Pattern LABEL_END = Pattern.compile("[:.]\\s*$");

    static final String RESOURCE = "/org/dateline/read/recipe-words.tsv";

    /** An ingredient line is short: a quantity, a unit, a food and perhaps how it is cut. */
    private static final int MAX_INGREDIENT_WORDS = 12;
    /** "2", "1.5", "1/2", "1 1/2", "2-3", "1½", "½": up to three digits, so that a year is no quantity. */
    private static final String QUANTITY = "(?:\\d{1,3}(?:[.,/]\\d+)?(?:\\s+\\d/\\d)?(?:\\s*[-–]\\s*\\d{1,3}(?:[.,/]\\d+)?)?"
            + "\\s*[½¼¾⅓⅔⅛]?|[½¼¾⅓⅔⅛])";
    /** Bullet or step number: "-", "*", "•", "1.", "2)", "Step 3:". */
    private static final Pattern MARKER = Pattern.compile("^(?:[-*•·]\\s*|(?:step\\s*)?\\d{1,2}\\s*[.):]\\s+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INGREDIENT = Pattern.compile("^(?:[-*•·]\\s*)?(" + QUANTITY
            + ")(?![.)\\d])\\s*([\\p{L}.]+)(.*)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?][\"”’')]?$");

    private static final RecipeSigns STANDARD = load();

    private final Set<String> units;
    private final Set<String> steps;
    private final Set<String> labels;

    private RecipeSigns(Set<String> units, Set<String> steps, Set<String> labels) {
        this.units = Set.copyOf(units);
        this.steps = Set.copyOf(steps);
        this.labels = Set.copyOf(labels);
    }

    static RecipeSigns standard() {
        return STANDARD;
    }

    /**
     * Why these lines (or paragraphs) are a recipe; null when they are not: at least three
     * ingredient lines with a heading or two steps beside them, or two headings with three
     * ingredient or step lines.
     */
    String reason(List<String> lines) {
        int ingredients = 0;
        int stepLines = 0;
        int headings = 0;
        for (String line : lines) {
            String plain = line.strip().replaceAll("^#+\\s*|[*_]", "").strip();
            if (isLabel(plain)) {
                headings++;
            } else if (isIngredient(plain)) {
                ingredients++;
            } else if (isStep(plain)) {
                stepLines++;
            }
        }
        boolean recipe = ingredients >= 3 && (headings >= 1 || stepLines >= 2)
                || headings >= 2 && ingredients + stepLines >= 3;
        if (!recipe) {
            return null;
        }
        return String.format(Locale.ROOT, "looks like a recipe (%d ingredient lines with quantities, %d cooking steps,"
                + " %d recipe headings)", ingredients, stepLines, headings);
    }

    private boolean isLabel(String line) {
        String text = LABEL_END.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("");
        if (text.isEmpty() || countWords(text) > 5) {
            return false;
        }
        for (String label : labels) {
            if (text.equals(label) || text.startsWith(label + ":") || text.startsWith(label + " ")
                    && !ENDS_SENTENCE.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    private boolean isIngredient(String line) {
        Matcher m = INGREDIENT.matcher(line);
        if (!m.matches() || countWords(line) > MAX_INGREDIENT_WORDS) {
            return false;
        }
        String word = m.group(2);
        String unit = word.toLowerCase(Locale.ROOT);
        // "2 cups flour", "200g sugar"; or a count of a thing in lower case ("3 eggs", not "14 May")
        // on a line that is no sentence.
        return units.contains(unit) || units.contains(unit.replaceAll("\\.$", ""))
                || Character.isLowerCase(word.charAt(0)) && !ENDS_SENTENCE.matcher(line).matches();
    }

    private boolean isStep(String line) {
        String text = MARKER.matcher(line).replaceFirst("");
        Matcher word = WORD.matcher(text);
        if (!word.find() || word.start() != 0) {
            return false;
        }
        String first = word.group();
        // An imperative opens the sentence with a capital: "Whisk the eggs", not "whisk" in mid-list.
        return Character.isUpperCase(first.charAt(0)) && steps.contains(first.toLowerCase(Locale.ROOT))
                && countWords(text) >= 3;
    }

    private static int countWords(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static RecipeSigns load() {
        Set<String> units = new HashSet<>();
        Set<String> steps = new HashSet<>();
        Set<String> labels = new HashSet<>();
        try (InputStream in = RecipeSigns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length != 2) {
                    throw new IllegalStateException(RESOURCE + ": not word<TAB>kind: " + line);
                }
                switch (row[1].strip()) {
                    case "UNIT" -> units.add(row[0].strip());
                    case "STEP" -> steps.add(row[0].strip());
                    case "LABEL" -> labels.add(row[0].strip());
                    default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + row[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new RecipeSigns(units, steps, labels);
    }
}
