package org.dateline.read;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a source states about a report in structured form (JSON-LD, Open Graph and article meta
 * tags, a WordPress post's fields), as opposed to what the text's layout suggests. Every field
 * may be null. Sources are combined best first with {@link #orElse}.
 *
 * @param headline    the headline as plain text
 * @param published   the publication date, the calendar date in the publisher's own offset
 * @param publisher   the publisher's name
 * @param byline      the authors' names, joined as a byline is written ("Jane Doe and John Roe")
 * @param url         the absolute http(s) address the report was published at
 * @param place       the place the report was filed from (schema.org contentLocation)
 * @param articleBody the body as the metadata states it (JSON-LD articleBody: plain text or HTML)
 */
record ArticleMetadata(String headline, PublicationDate published, String publisher, String byline, String url,
        String place, String articleBody) {

    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^\\s\"<>]+");
    private static final Pattern BY = Pattern.compile("^(?i:by)[:\\s]\\s*");

    static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null, null, null);

    /** This metadata, with each missing field taken from {@code fallback}. */
    ArticleMetadata orElse(ArticleMetadata fallback) {
        return new ArticleMetadata(
                headline != null ? headline : fallback.headline,
                published != null ? published : fallback.published,
                publisher != null ? publisher : fallback.publisher,
                byline != null ? byline : fallback.byline,
                url != null ? url : fallback.url,
                place != null ? place : fallback.place,
                articleBody != null ? articleBody : fallback.articleBody);
    }

    ArticleMetadata withHeadline(String newHeadline) {
        return new ArticleMetadata(newHeadline, published, publisher, byline, url, place, articleBody);
    }

    /** A date stated in metadata ("2024-03-19T23:30:00-05:00" gives 2024-03-19); null unless complete. */
    static PublicationDate date(String value) {
        if (value == null) {
            return null;
        }
        DateParser.DateMatch date = DateParser.parseDateLine(value);
        return date != null && date.date().isComplete() ? new PublicationDate(date.date(), false, null) : null;
    }

    /** A metadata text value: spaces collapsed, blank as null. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String s = SourceText.collapseSpaces(value.replace('\n', ' '));
        return s.isEmpty() ? null : s;
    }

    /**
     * An author's name as metadata gives it: "Jane Doe", or "By Jane Doe" as some sites write it;
     * a profile address is no name. Null when there is none.
     */
    static String authorName(String value) {
        String s = text(value);
        if (s == null || s.contains("://")) {
            return null;
        }
        return text(BY.matcher(s).replaceFirst(""));
    }

    /** An absolute http(s) address, or null. */
    static String httpUrl(String value) {
        String s = text(value);
        return s != null && HTTP_URL.matcher(s).matches() ? s : null;
    }

    /** Names joined as a byline writes them: "A", "A and B", "A, B and C"; null for none. */
    static String joinNames(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
