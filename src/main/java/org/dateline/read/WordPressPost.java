package org.dateline.read;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A post as the WordPress REST API returns it ({@code /wp-json/wp/v2/posts}): {@code title} and
 * {@code content} are objects whose {@code rendered} member is an HTML fragment, {@code date} is
 * the site's local time (the calendar date as published), {@code date_gmt} the same moment in
 * UTC, {@code link} the post's address. Authors and the site's name are not in a bare post: they
 * come from {@code _embedded.author} (requested with {@code ?_embed}) and from the Yoast SEO
 * plugin's {@code yoast_head_json}, which most news sites on WordPress run.
 */
final class WordPressPost {

    private final JsonObject post;

    private WordPressPost(JsonObject post) {
        this.post = post;
    }

    /** The post, or null when the value is not one: a post has a rendered title or rendered content. */
    static WordPressPost of(JsonValue value) {
        if (value instanceof JsonObject o && (rendered(o, "title") != null || rendered(o, "content") != null)) {
            return new WordPressPost(o);
        }
        return null;
    }

    /**
     * "code: message" when the value is the error the REST API answers instead of a post
     * ({@code {"code": "rest_post_invalid_id", "message": "Invalid post ID.", "data": {"status": 404}}}),
     * else null.
     */
    static String errorOf(JsonValue value) {
        if (value instanceof JsonObject o && o.get("code") instanceof JsonString code
                && o.get("message") instanceof JsonString message && o.containsKey("data")) {
            return code.getString() + ": " + ArticleMetadata.text(message.getString());
        }
        return null;
    }

    /** A password-protected post's rendered content is empty unless the password was sent. */
    boolean isProtected() {
        String html = rendered(post, "content");
        return post.get("content") instanceof JsonObject content && content.get("protected") == JsonValue.TRUE
                && (html == null || Jsoup.parseBodyFragment(html).text().isBlank());
    }

    /** What the post states, with the Yoast schema's article filling in what the post lacks. */
    ArticleMetadata metadata() {
        String title = rendered(post, "title");
        JsonObject yoast = post.get("yoast_head_json") instanceof JsonObject o ? o : null;
        ArticleMetadata stated = new ArticleMetadata(
                title == null ? null : ArticleMetadata.text(Jsoup.parseBodyFragment(title).text()),
                date(),
                yoast == null ? null : ArticleMetadata.text(JsonLd.string(yoast.get("og_site_name"))),
                byline(yoast),
                ArticleMetadata.httpUrl(JsonLd.string(post.get("link"))),
                null,
                null);
        if (yoast != null && yoast.get("schema") != null) {
            JsonLd schema = new JsonLd(List.of(yoast.get("schema")));
            List<JsonObject> articles = schema.articles();
            if (!articles.isEmpty()) {
                // The schema's articleBody is not wanted: the post's content is the body.
                ArticleMetadata fromSchema = schema.metadata(articles.get(0));
                stated = stated.orElse(new ArticleMetadata(fromSchema.headline(), fromSchema.published(),
                        fromSchema.publisher(), fromSchema.byline(), fromSchema.url(), fromSchema.place(), null));
            }
        }
        return stated;
    }

    /** The post's content as a page fragment, addresses resolved against the post's link. */
    Document content() {
        String html = rendered(post, "content");
        String link = JsonLd.string(post.get("link"));
        return Jsoup.parseBodyFragment(html == null ? "" : html, link == null ? "" : link);
    }

    /** The local date first: "date_gmt" may fall on the next or the previous day. */
    private PublicationDate date() {
        PublicationDate local = ArticleMetadata.date(JsonLd.string(post.get("date")));
        return local != null ? local : ArticleMetadata.date(JsonLd.string(post.get("date_gmt")));
    }

    private String byline(JsonObject yoast) {
        List<String> names = new ArrayList<>();
        if (post.get("_embedded") instanceof JsonObject embedded && embedded.get("author") instanceof JsonArray authors) {
            for (JsonValue author : authors) {
                String name = author instanceof JsonObject a ? ArticleMetadata.text(JsonLd.string(a.get("name"))) : null;
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        if (names.isEmpty() && yoast != null) {
            String name = ArticleMetadata.text(JsonLd.string(yoast.get("author")));
            if (name != null) {
                names.add(name);
            }
        }
        return ArticleMetadata.joinNames(names);
    }

    private static String rendered(JsonObject post, String field) {
        return post.get(field) instanceof JsonObject o ? JsonLd.string(o.get("rendered")) : null;
    }
}
