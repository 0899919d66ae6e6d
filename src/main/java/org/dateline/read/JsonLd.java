package org.dateline.read;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * schema.org JSON-LD as sites publish it: one node, a list of nodes, or an {@code @graph} whose
 * nodes refer to each other by {@code @id} (the article's author and publisher are often such
 * references). Reads the article nodes' metadata; knows nothing of contexts beyond schema.org's
 * plain names, which is what news sites write.
 */
final class JsonLd {

    static final String TYPES_RESOURCE = "/org/dateline/read/article-types.txt";

    private static final Set<String> ARTICLE_TYPES = loadTypes();

    private final List<JsonValue> roots;
    private final Map<String, JsonObject> byId = new HashMap<>();

    /** @param roots the JSON values of one source: a file's items, or every JSON-LD block of a page */
    JsonLd(List<JsonValue> roots) {
        this.roots = List.copyOf(roots);
        // References may cross blocks: a page's article may name its publisher in another block.
        roots.forEach(this::index);
    }

    /** The article nodes of all the roots, in document order. */
    List<JsonObject> articles() {
        List<JsonObject> found = new ArrayList<>();
        roots.forEach(root -> found.addAll(articlesIn(root)));
        return List.copyOf(new LinkedHashSet<>(found));
    }

    /**
     * The article nodes of one root, in document order: its top-level nodes (the root, the
     * elements of a list, the nodes of an {@code @graph}) and the main entity of a top-level page.
     */
    List<JsonObject> articlesIn(JsonValue root) {
        List<JsonObject> top = new ArrayList<>();
        collectTop(root, top);
        Set<JsonObject> found = new LinkedHashSet<>();
        for (JsonObject node : top) {
            if (isArticle(node)) {
                found.add(node);
            }
            JsonObject main = object(node.get("mainEntity"));
            if (main != null && isArticle(main)) {
                found.add(main);
            }
        }
        return List.copyOf(found);
    }

    /** What the article node states about the report. */
    ArticleMetadata metadata(JsonObject article) {
        String publisher = name(article.get("publisher"));
        String headline = entities(first(article, "headline", "name"));
        return new ArticleMetadata(
                ArticleMetadata.text(headline),
                firstDate(article, "datePublished", "dateCreated"),
                publisher,
                byline(article, publisher),
                url(article),
                name(article.get("contentLocation")),
                string(article.get("articleBody")));
    }

    static boolean isArticle(JsonObject node) {
        for (String type : types(node)) {
            if (ARTICLE_TYPES.contains(type)) {
                return true;
            }
        }
        return false;
    }

    /** True when the value has JSON-LD's marks: an {@code @context}, {@code @graph} or {@code @type}. */
    static boolean looksLikeJsonLd(JsonValue value) {
        if (value instanceof JsonObject o) {
            return o.containsKey("@context") || o.containsKey("@graph") || o.containsKey("@type");
        }
        return false;
    }

    /** Local names of the node's types: "https://schema.org/NewsArticle" and "schema:NewsArticle" give "NewsArticle". */
    private static List<String> types(JsonObject node) {
        List<String> names = new ArrayList<>();
        for (JsonValue v : values(node.get("@type"))) {
            if (v instanceof JsonString s) {
                String t = s.getString().strip();
                names.add(t.substring(Math.max(t.lastIndexOf('/'), Math.max(t.lastIndexOf(':'), t.lastIndexOf('#'))) + 1));
            }
        }
        return names;
    }

    private static void collectTop(JsonValue value, List<JsonObject> top) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> collectTop(v, top));
        } else if (value instanceof JsonObject object) {
            if (object.containsKey("@graph")) {
                if (object.containsKey("@type")) {
                    top.add(object);
                }
                collectTop(object.get("@graph"), top);
            } else {
                top.add(object);
            }
        }
    }

    /** Every node with an {@code @id} and something more: the targets of references. */
    private void index(JsonValue value) {
        if (value instanceof JsonArray array) {
            array.forEach(this::index);
        } else if (value instanceof JsonObject object) {
            JsonValue id = object.get("@id");
            if (id instanceof JsonString s && !isReference(object)) {
                byId.putIfAbsent(s.getString(), object);
            }
            object.values().forEach(this::index);
        }
    }

    private static boolean isReference(JsonObject object) {
        return object.keySet().stream().allMatch(k -> k.equals("@id") || k.equals("@context"));
    }

    /** An object value, with a bare {@code {"@id": ...}} replaced by the node it names. */
    private JsonObject object(JsonValue value) {
        for (JsonValue v : values(value)) {
            if (v instanceof JsonObject o) {
                if (isReference(o) && o.get("@id") instanceof JsonString id) {
                    return byId.getOrDefault(id.getString(), o);
                }
                return o;
            }
        }
        return null;
    }

    /** The name of a person, organisation or place given as a node, a reference or a plain string. */
    private String name(JsonValue value) {
        for (JsonValue v : values(value)) {
            String name = null;
            if (v instanceof JsonObject) {
                JsonObject node = object(v);
                name = entities(string(node.get("name")));
            } else {
                name = entities(string(v));
            }
            name = ArticleMetadata.text(name);
            if (name != null && ArticleMetadata.httpUrl(name) == null) {
                return name;
            }
        }
        return null;
    }

    /** The authors' names as a byline; the publisher named as author is no byline. */
    private String byline(JsonObject article, String publisher) {
        List<String> names = new ArrayList<>();
        JsonValue authors = article.containsKey("author") ? article.get("author") : article.get("creator");
        for (JsonValue author : values(authors)) {
            String name = ArticleMetadata.authorName(name(author));
            if (name != null && !name.equalsIgnoreCase(publisher) && !names.contains(name)) {
                names.add(name);
            }
        }
        return ArticleMetadata.joinNames(names);
    }

    private String url(JsonObject article) {
        String url = ArticleMetadata.httpUrl(string(article.get("url")));
        if (url == null) {
            JsonValue page = article.get("mainEntityOfPage");
            url = page instanceof JsonObject o ? ArticleMetadata.httpUrl(first(o, "@id", "url"))
                    : ArticleMetadata.httpUrl(string(page));
        }
        return url != null ? url : ArticleMetadata.httpUrl(string(article.get("@id")));
    }

    private static PublicationDate firstDate(JsonObject node, String... keys) {
        for (String key : keys) {
            PublicationDate date = ArticleMetadata.date(string(node.get(key)));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static String first(JsonObject node, String... keys) {
        for (String key : keys) {
            String s = string(node.get(key));
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        return null;
    }

    /** A string value: a JSON string, a JSON-LD value object, or the first string of a list. */
    static String string(JsonValue value) {
        for (JsonValue v : values(value)) {
            if (v instanceof JsonString s) {
                return s.getString();
            }
            if (v instanceof JsonObject o && o.get("@value") instanceof JsonString s) {
                return s.getString();
            }
        }
        return null;
    }

    /** A value as a list: a JSON array's elements, nothing for null, else the value alone. */
    private static List<JsonValue> values(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        return value instanceof JsonArray array ? array : List.of(value);
    }

    /** Sites often escape HTML entities in JSON-LD strings ("Niger&#8217;s"). */
    private static String entities(String s) {
        return s == null ? null : Parser.unescapeEntities(s, false);
    }

    private static Set<String> loadTypes() {
        try (InputStream in = JsonLd.class.getResourceAsStream(TYPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TYPES_RESOURCE);
            }
            Set<String> types = new LinkedHashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    types.add(t);
                }
            }
            return Set.copyOf(types);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TYPES_RESOURCE, e);
        }
    }
}
