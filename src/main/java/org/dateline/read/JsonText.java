package org.dateline.read;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a JSON file strictly (RFC 8259: no comments, no single quotes, nothing after the value),
 * with one-line reasons that name the line and column. Nesting is checked before parsing: the
 * parser builds values by recursion, and a file of a million "[" must not overflow the stack.
 */
final class JsonText {

    /** Far deeper than any article or post (WordPress with SEO metadata nests about eight levels). */
    static final int MAX_DEPTH = 64;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected char (\\d+).*");
    private static final Pattern INVALID_TOKEN = Pattern.compile("Invalid token=(\\w+).*");
    private static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("CURLYOPEN", "'{'"), Map.entry("CURLYCLOSE", "'}'"), Map.entry("SQUAREOPEN", "'['"),
            Map.entry("SQUARECLOSE", "']'"), Map.entry("COLON", "':'"), Map.entry("COMMA", "','"),
            Map.entry("STRING", "a string"), Map.entry("NUMBER", "a number"), Map.entry("TRUE", "true"),
            Map.entry("FALSE", "false"), Map.entry("NULL", "null"));

    private JsonText() {
    }

    /**
     * The JSON value the text holds.
     *
     * @throws IllegalArgumentException with a one-line reason when the text is not JSON
     */
    static JsonValue parse(String text) {
        checkDepth(text);
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            boolean more;
            try {
                more = parser.hasNext();
            } catch (JsonParsingException e) {
                more = true;
            }
            if (more) {
                // Several values one after another: JSON Lines, or a file saved twice over.
                throw new IllegalArgumentException("not valid JSON: more text after the end of the JSON value");
            }
            return value;
        } catch (JsonParsingException e) {
            throw new IllegalArgumentException("not valid JSON: " + reason(e));
        } catch (JsonException | IllegalStateException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IllegalArgumentException("not valid JSON: " + why.replace('\n', ' '));
        }
    }

    /** Counts brackets outside strings; refuses the text once they nest deeper than {@link #MAX_DEPTH}. */
    private static void checkDepth(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    throw new IllegalArgumentException("JSON nested deeper than " + MAX_DEPTH + " levels");
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }

    private static String reason(JsonParsingException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String what;
        Matcher token = INVALID_TOKEN.matcher(message);
        Matcher character = UNEXPECTED_CHAR.matcher(message);
        if (token.matches() && token.group(1).equals("EOF")) {
            // The parser's position at the end of the text is not reliable: say what happened.
            return "the text ends inside the JSON value";
        } else if (token.matches()) {
            what = "unexpected " + TOKENS.getOrDefault(token.group(1), token.group(1).toLowerCase(Locale.ROOT));
        } else if (character.matches()) {
            what = "unexpected " + describe(Integer.parseInt(character.group(1)));
        } else {
            int at = message.indexOf(" at (line");
            what = (at > 0 ? message.substring(0, at) : message).replace('\n', ' ');
        }
        JsonLocation where = e.getLocation();
        return where == null || where.getLineNumber() < 1 ? what
                : what + " (line " + where.getLineNumber() + ", column " + where.getColumnNumber() + ")";
    }

    private static String describe(int codePoint) {
        if (codePoint == '\n') {
            return "line break (inside a string?)";
        }
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
            return String.format("character U+%04X", codePoint);
        }
        return "character '" + new String(Character.toChars(codePoint)) + "'";
    }
}
