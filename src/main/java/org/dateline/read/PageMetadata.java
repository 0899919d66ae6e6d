package org.dateline.read;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's head states about its article outside JSON-LD: Open Graph and article meta tags,
 * the author meta tag, the canonical link and the first {@code <time datetime>}.
 */
final class PageMetadata {

    private static final String[] TITLE_META = {"meta[property=og:title]", "meta[name=twitter:title]"};
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "meta[name=publishdate]",
        "meta[name=dc.date]", "meta[name=DC.date.issued]"
    };
    private static final String[] AUTHOR_META = {
        "meta[name=author]", "meta[property=article:author]", "meta[name=byl]", "meta[name=dc.creator]"
    };

    private PageMetadata() {
    }

    static ArticleMetadata of(Document doc) {
        return new ArticleMetadata(
                firstMeta(doc, TITLE_META),
                published(doc),
                meta(doc, "meta[property=og:site_name]"),
                author(doc),
                url(doc),
                null,
                null);
    }

    private static PublicationDate published(Document doc) {
        for (String selector : DATE_META) {
            PublicationDate date = ArticleMetadata.date(meta(doc, selector));
            if (date != null) {
                return date;
            }
        }
        Element time = doc.selectFirst("article time[datetime], time[datetime]");
        return time == null ? null : ArticleMetadata.date(time.attr("datetime"));
    }

    /** The first author meta tag that names someone (article:author is often a profile's address). */
    private static String author(Document doc) {
        for (String selector : AUTHOR_META) {
            String name = ArticleMetadata.authorName(meta(doc, selector));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String url(Document doc) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = canonical == null ? null : ArticleMetadata.httpUrl(canonical.absUrl("href"));
        return url != null ? url : ArticleMetadata.httpUrl(meta(doc, "meta[property=og:url]"));
    }

    private static String firstMeta(Document doc, String... selectors) {
        for (String selector : selectors) {
            String value = meta(doc, selector);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : ArticleMetadata.text(e.attr("content"));
    }
}
