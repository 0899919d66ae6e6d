package org.dateline.evaluate;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Wikipedia titles as the corpora write them, for comparing with the gazetteer's labels. */
final class Titles {

    private Titles() {
    }

    /** "http://dbpedia.org/resource/General_Motors" gives "General Motors"; null for null. */
    static String ofResource(String uri) {
        if (uri == null || uri.isBlank()) {
            return null;
        }
        String local = uri.substring(uri.lastIndexOf('/') + 1);
        return URLDecoder.decode(local.replace("+", "%2B"), StandardCharsets.UTF_8).replace('_', ' ').strip();
    }

    /** The title without its disambiguation: "Georgia (country)" gives "Georgia". */
    static String withoutQualifier(String title) {
        return title.replaceFirst("\\s*\\([^)]*\\)$", "").strip();
    }
}
