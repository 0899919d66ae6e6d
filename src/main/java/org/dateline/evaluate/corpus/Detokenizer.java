package org.dateline.evaluate.corpus;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins a sentence's tokens back into text as a newspaper prints it: no space before closing
 * punctuation and clitics ("said ,", "do n't" give "said,", "don't"), none after opening brackets and
 * currency signs, straight double quotes paired as opening and closing, and the Penn Treebank's
 * {@code ``} and {@code ''} printed as “ and ”. The corpora keep no spacing of their own (GUM only
 * groups tokens written without spaces, such as "high-ranking", in {@code <w>}), so the text is a
 * close reconstruction, not the original byte for byte.
 */
public final class Detokenizer {

    /** A token and whether it was written against the one before it, with no space. */
    public record Token(String text, boolean glued) {
    }

    /** The joined text and, for each token, the offsets (in chars) where it starts and ends in the text. */
    public record Joined(String text, int[] starts, int[] ends) {
    }

    private static final Map<String, String> PRINTED = Map.of("``", "“", "''", "”", "-LRB-", "(", "-RRB-", ")");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", "%", ")", "]", "}",
            "”", "’", "'", "n't", "N'T");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "“", "‘", "`", "$", "£", "€", "#");

    private Detokenizer() {
    }

    /** The tokens of one paragraph joined into its text. */
    public static String join(List<Token> tokens) {
        return joinWithOffsets(tokens).text();
    }

    /** As {@link #join}, keeping where each token starts, for scoring against token annotations. */
    public static Joined joinWithOffsets(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        boolean openDoubleQuote = false;
        boolean spaceAfterPrevious = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String text = PRINTED.getOrDefault(token.text(), token.text());
            boolean spaceBefore = spaceAfterPrevious && !token.glued() && !NO_SPACE_BEFORE.contains(text)
                    && !isClitic(text);
            boolean spaceAfter = !NO_SPACE_AFTER.contains(text);
            if (text.equals("\"")) {
                // Straight quotes alternate: the opening one keeps the space before, the closing one the space after.
                spaceBefore = openDoubleQuote ? false : spaceBefore;
                spaceAfter = openDoubleQuote;
                openDoubleQuote = !openDoubleQuote;
            }
            if (out.length() > 0 && spaceBefore) {
                out.append(' ');
            }
            starts[i] = out.length();
            out.append(text);
            ends[i] = out.length();
            spaceAfterPrevious = spaceAfter;
        }
        return new Joined(out.toString(), starts, ends);
    }

    /** 's, 're, 've, 'll, 'd, 'm (any case): written against the word before. */
    private static boolean isClitic(String text) {
        return text.length() > 1 && (text.charAt(0) == '\'' || text.charAt(0) == '’')
                && text.substring(1).chars().allMatch(Character::isLetter) && text.length() <= 3;
    }
}
