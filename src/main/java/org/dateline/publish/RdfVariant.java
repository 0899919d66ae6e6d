package org.dateline.publish;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The representations every resource has, with their media types and file suffixes. */
public enum RdfVariant {
    HTML("text/html", "html", null, null),
    TURTLE("text/turtle", "ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD, RDFFormat.JSONLD11),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, RDFFormat.RDFXML_PRETTY),
    TRIG("application/trig", "trig", Lang.TRIG, RDFFormat.TRIG_PRETTY);

    private final String mediaType;
    private final String suffix;
    private final Lang lang;
    private final RDFFormat format;

    RdfVariant(String mediaType, String suffix, Lang lang, RDFFormat format) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.lang = lang;
        this.format = format;
    }

    public String mediaType() {
        return mediaType;
    }

    public String suffix() {
        return suffix;
    }

    public Lang lang() {
        return lang;
    }

    public RDFFormat format() {
        return format;
    }

    /** The content type header, with the charset for the text formats. */
    public String contentType() {
        return this == RDFXML || this == JSONLD ? mediaType : mediaType + "; charset=utf-8";
    }

    /** TriG keeps named graphs; the others flatten them into one graph. */
    public boolean keepsGraphs() {
        return this == TRIG;
    }

    public static RdfVariant bySuffix(String suffix) {
        for (RdfVariant v : values()) {
            if (v.suffix.equals(suffix)) {
                return v;
            }
        }
        return null;
    }
}
