package org.dateline.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page templates: HTML resource files under {@code templates/} with {@code {{slot}}} markers.
 * Slot values are HTML fragments that the pages build with {@link Html}, so escaping happens once,
 * where the text enters; a slot without a value is a programming error, not an empty string.
 * {@code {{>name}}} includes the template {@code name.html} in place (its slots are filled with the
 * including page's), so that what the resource pages share — the list of facts under the heading
 * and the data links at the end ({@code facts.html}, {@code as-data.html}) — is written once, as
 * the site's header and footer are in {@code layout.html}.
 */
public final class HtmlTemplates {

    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private static final Pattern INCLUDE = Pattern.compile("\\{\\{>([a-z][a-z-]*)}}");
    /** Includes may include, but not without end. */
    private static final int MAX_INCLUDE_DEPTH = 4;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private HtmlTemplates() {
    }

    public static String fill(String template, Map<String, String> slots) {
        String source = CACHE.computeIfAbsent(template, name -> load(name, 0));
        Matcher m = SLOT.matcher(source);
        StringBuilder out = new StringBuilder(source.length() * 2);
        while (m.find()) {
            String value = slots.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("template " + template + " needs slot " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A whole page: the layout around a page body. */
    public static String page(String title, String main, String alternates) {
        return fill("layout.html", Map.of("title", Html.text(title), "main", main, "alternates", alternates));
    }

    private static String load(String name, int depth) {
        if (depth > MAX_INCLUDE_DEPTH) {
            throw new IllegalArgumentException("templates include each other too deeply at " + name);
        }
        String source;
        try (InputStream in = HtmlTemplates.class.getResourceAsStream("templates/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + name);
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = INCLUDE.matcher(source);
        StringBuilder out = new StringBuilder(source.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(load(m.group(1) + ".html", depth + 1).strip()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
