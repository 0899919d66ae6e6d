package org.dateline.read;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Reduces markdown inline markup to the words it marks: emphasis, links, images, escapes and
 * HTML entities. Everything else (curly quotes, dashes, accents) is kept exactly, because the
 * later stages quote the text.
 */
final class InlineMarkup {

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern STRONG_STARS = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern STRONG_UNDERSCORES = Pattern.compile("(?<![\\p{L}\\p{N}])__(.+?)__(?![\\p{L}\\p{N}])");
    private static final Pattern EM_STAR = Pattern.compile("\\*(\\S(?:.*?\\S)?)\\*");
    // Underscores inside words (snake_case, URLs) are not emphasis.
    private static final Pattern EM_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}_])_(\\S(?:.*?\\S)?)_(?![\\p{L}\\p{N}_])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|])");
    private static final Pattern LEFTOVER_STARS = Pattern.compile("\\*{2,}");

    private InlineMarkup() {
    }

    static String toText(String markdown) {
        // Each pattern needs a character most lines lack: testing for it first spares the matcher
        // (reading spent a third of its time here). Removing markup never adds one of them.
        String s = markdown;
        if (s.indexOf('[') >= 0) {
            s = IMAGE.matcher(s).replaceAll("$1");
            s = LINK.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('<') >= 0) {
            s = AUTOLINK.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('*') >= 0) {
            s = STRONG_STARS.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('_') >= 0) {
            s = STRONG_UNDERSCORES.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('*') >= 0) {
            s = EM_STAR.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('_') >= 0) {
            s = EM_UNDERSCORE.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('*') >= 0) {
            // Unbalanced "**" cannot be emphasis of anything; it would only confuse readers.
            s = LEFTOVER_STARS.matcher(s).replaceAll("");
        }
        if (s.indexOf('\\') >= 0) {
            s = ESCAPE.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('&') >= 0) {
            s = Parser.unescapeEntities(s, false);
        }
        return SourceText.collapseSpaces(s);
    }
}
