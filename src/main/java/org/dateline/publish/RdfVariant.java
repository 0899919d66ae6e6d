package org.dateline.publish;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The representations every resource has, with their media types and file suffixes. */
public enum RdfVariant {
    HTML("HTML", "text/html", "html", null, null),
    TURTLE("Turtle", "text/turtle", "ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    JSONLD("JSON-LD", "application/ld+json", "jsonld", Lang.JSONLD, RDFFormat.JSONLD11),
    NTRIPLES("N-Triples", "application/n-triples", "nt", Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8),
    RDFXML("RDF/XML", "application/rdf+xml", "rdf", Lang.RDFXML, RDFFormat.RDFXML_PRETTY),
    TRIG("TriG", "application/trig", "trig", Lang.TRIG, RDFFormat.TRIG_PRETTY);

    private final String label;
    private final String mediaType;
    private final String suffix;
    private final Lang lang;
    private final RDFFormat format;

    RdfVariant(String label, String mediaType, String suffix, Lang lang, RDFFormat format) {
        this.label = label;
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.lang = lang;
        this.format = format;
    }

    /** The format's name for people: "Turtle", "JSON-LD". */
    public String label() {
        return label;
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
