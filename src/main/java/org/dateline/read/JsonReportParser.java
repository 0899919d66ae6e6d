package org.dateline.read;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * JSON files: a WordPress REST API post, a schema.org article in JSON-LD, or a list of either
 * (what {@code /wp-json/wp/v2/posts} returns). Each post or article is one report, numbered in
 * file order. The post's content goes through the page rules; a JSON-LD article's text is its
 * {@code articleBody}.
 */
final class JsonReportParser {

    static final String EXPECTED = "expected a WordPress REST API post (title.rendered, content.rendered), "
            + "a schema.org NewsArticle in JSON-LD, or a list of either";

    private final StructuredAssembly assembly;

    JsonReportParser(ReportAssembler assembler) {
        this.assembly = new StructuredAssembly(assembler);
    }

    List<ReportDoc> parse(Path file, String uri, String text) throws UnreadableSourceException {
        JsonValue root;
        try {
            root = JsonText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UnreadableSourceException(file, e.getMessage());
        }
        List<JsonValue> items = root instanceof JsonArray array ? array : List.of(root);
        if (items.isEmpty()) {
            throw new UnreadableSourceException(file, "an empty JSON list: " + EXPECTED);
        }
        // JSON-LD items are nodes of one graph: an article may name its publisher in another item.
        JsonLd graph = new JsonLd(items.stream().filter(JsonLd::looksLikeJsonLd).toList());
        List<ReportDoc> reports = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonValue item = items.get(i);
            try {
                WordPressPost post = WordPressPost.of(item);
                if (post != null) {
                    reports.add(fromPost(file, uri, reports.size() + 1, item, post));
                } else if (JsonLd.looksLikeJsonLd(item)) {
                    // A node that is no article (the site, the publisher, an author) describes the others.
                    List<JsonObject> articles = graph.articlesIn(item);
                    for (JsonObject article : articles) {
                        // Several articles in one item are told apart by their own text.
                        JsonValue segment = articles.size() == 1 ? item : article;
                        reports.add(fromArticle(file, uri, reports.size() + 1, segment, graph.metadata(article)));
                    }
                } else {
                    throw new UnreadableSourceException(file, notAnArticle(item));
                }
            } catch (UnreadableSourceException e) {
                String where = items.size() == 1 ? "" : " (item " + (i + 1) + " of " + items.size() + ")";
                throw new UnreadableSourceException(file, e.reason() + where);
            }
        }
        if (reports.isEmpty()) {
            throw new UnreadableSourceException(file, withoutArticle(root));
        }
        return reports;
    }

    private ReportDoc fromPost(Path file, String uri, int position, JsonValue item, WordPressPost post)
            throws UnreadableSourceException {
        if (post.isProtected()) {
            throw new UnreadableSourceException(file, "a password-protected WordPress post: its content is not in the file");
        }
        ArticleMetadata meta = post.metadata();
        ReportDraft draft = draft(item, meta);
        HtmlBody.read(post.content(), draft);
        return assembly.assemble(file, source(file, uri, position, meta), draft, meta);
    }

    private ReportDoc fromArticle(Path file, String uri, int position, JsonValue segment, ArticleMetadata meta)
            throws UnreadableSourceException {
        if (meta.articleBody() == null || meta.articleBody().isBlank()) {
            throw new UnreadableSourceException(file, "a JSON-LD article without an articleBody: no text to read");
        }
        // The stated body is the only text: the assembly reads it as a poor page's replacement.
        return assembly.assemble(file, source(file, uri, position, meta), draft(segment, meta), meta);
    }

    private static ReportDraft draft(JsonValue segment, ArticleMetadata meta) {
        ReportDraft draft = new ReportDraft();
        draft.markdown = false;
        draft.headline = meta.headline();
        // The item's JSON as written out again, not the file: a post saved alone and the same
        // post in a list are the same report.
        draft.rawSegment = segment.toString();
        return draft;
    }

    private static Source source(Path file, String uri, int position, ArticleMetadata meta) {
        return new Source(uri, file.getFileName().toString(), position, meta.url());
    }

    /** Why a JSON value that is neither a post nor JSON-LD is not read. */
    private static String notAnArticle(JsonValue item) {
        String error = WordPressPost.errorOf(item);
        if (error != null) {
            return "a WordPress REST API error (" + error + "), not a post";
        }
        String kind = switch (item.getValueType()) {
            case OBJECT -> "a JSON object";
            case ARRAY -> "a list inside the list";
            default -> "a JSON " + item.getValueType().name().toLowerCase(Locale.ROOT);
        };
        return kind + ", not a news article: " + EXPECTED;
    }

    /** Why JSON-LD with no article node is not read, naming the types it has. */
    private static String withoutArticle(JsonValue root) {
        Set<String> types = new LinkedHashSet<>();
        collectTypes(root, types);
        String found = types.isEmpty() ? "no @type" : "@type " + String.join(", ", types.stream().limit(4).toList());
        return "JSON-LD without an article (" + found + "): " + EXPECTED;
    }

    private static void collectTypes(JsonValue value, Set<String> types) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> collectTypes(v, types));
        } else if (value instanceof JsonObject object) {
            JsonValue type = object.get("@type");
            if (type instanceof JsonString s) {
                types.add(s.getString());
            } else if (type instanceof JsonArray list) {
                list.stream().filter(JsonString.class::isInstance).forEach(t -> types.add(((JsonString) t).getString()));
            }
            if (object.get("@graph") != null) {
                collectTypes(object.get("@graph"), types);
            }
        }
    }
}
