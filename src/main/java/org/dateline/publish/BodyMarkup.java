package org.dateline.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A report body as HTML paragraphs with its mentions marked. NIF offsets count Unicode code
 * points (as SPARQL's STRLEN does), so they are converted to Java's UTF-16 indexes here; an
 * emoji or a letter outside the Basic Multilingual Plane before a mention would otherwise shift it.
 * Mentions that overlap one already marked, or that fall outside the body, are left unmarked.
 */
public final class BodyMarkup {

    /**
     * A span to mark.
     *
     * @param begin code point offset, inclusive
     * @param end   code point offset, exclusive
     * @param open  the HTML that opens the span (already escaped)
     * @param close the HTML that closes it
     */
    public record Span(int begin, int end, String open, String close) {
    }

    private BodyMarkup() {
    }

    public static String render(String body, List<Span> spans) {
        int length = body.codePointCount(0, body.length());
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::begin).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        StringBuilder html = new StringBuilder("<p>");
        int at = 0;
        for (Span span : sorted) {
            if (span.begin() < at || span.end() > length || span.begin() >= span.end()) {
                continue;
            }
            html.append(paragraphs(body.substring(index(body, at), index(body, span.begin()))));
            html.append(span.open()).append(Html.text(body.substring(index(body, span.begin()), index(body, span.end()))))
                    .append(span.close());
            at = span.end();
        }
        html.append(paragraphs(body.substring(index(body, at)))).append("</p>");
        return html.toString();
    }

    private static int index(String body, int codePoint) {
        return body.offsetByCodePoints(0, codePoint);
    }

    /** Escaped text with blank lines as paragraph breaks and single newlines as line breaks. */
    private static String paragraphs(String text) {
        String[] paragraphs = Html.text(text).split("\\n[ \\t]*\\n\\s*", -1);
        for (int i = 0; i < paragraphs.length; i++) {
            paragraphs[i] = paragraphs[i].replace("\n", "<br>\n");
        }
        return String.join("</p>\n<p>", paragraphs);
    }
}
