package org.dateline.publish;

/**
 * HTML escaping. Everything that comes from a report (headline, body, names, quotations) is
 * untrusted input and passes through here before it reaches a page.
 */
public final class Html {

    private Html() {
    }

    /** Escapes text for element content and for double- or single-quoted attribute values. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link; {@code href} is escaped too, and only http(s) or local links are emitted as links. */
    public static String link(String href, String label) {
        if (href == null || !(href.startsWith("/") || href.startsWith("http://") || href.startsWith("https://"))) {
            return text(label);
        }
        return "<a href=\"" + text(href) + "\">" + text(label) + "</a>";
    }

    /** As {@link #link}, around HTML that is already escaped (e.g. an untitled report's first words in italics). */
    public static String linkAround(String href, String html) {
        if (href == null || !(href.startsWith("/") || href.startsWith("http://") || href.startsWith("https://"))) {
            return html;
        }
        return "<a href=\"" + text(href) + "\">" + html + "</a>";
    }

    /** "1 report", "3 reports". */
    public static String count(String n, String noun) {
        return text(n) + " " + noun + ("1".equals(n) ? "" : "s");
    }
}
