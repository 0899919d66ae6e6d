package org.dateline.map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the vocabulary contract (DESIGN.md section 2) that the mappers write. The terms
 * themselves are declared, labelled and aligned in ontology/dateline.ttl; this class only names them.
 */
public final class Vocab {

    public static final String DL = "https://w3id.org/dateline/ns#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String PLOVER = "https://w3id.org/dateline/plover#";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    /** The namespace of the SHACL shapes (shapes/*.ttl), which warnings kept with a report name. */
    public static final String DLSH = "https://w3id.org/dateline/shapes#";

    // dl: classes
    public static final Resource REPORT = dl("Report");
    public static final Resource PERSON = dl("Person");
    public static final Resource ORGANIZATION = dl("Organization");
    public static final Resource COUNTRY = dl("Country");
    public static final Resource PLACE = dl("Place");
    public static final Resource ROLE = dl("Role");
    public static final Resource QUOTATION = dl("Quotation");
    public static final Resource TIME_EXPRESSION = dl("TimeExpression");
    public static final Resource DIRECT_QUOTE = dl("DirectQuote");
    public static final Resource INDIRECT_QUOTE = dl("IndirectQuote");

    // dl: properties
    public static final Property DATE_INFERRED = dlp("dateInferred");
    public static final Property DATELINE_PLACE = dlp("datelinePlace");
    public static final Property DATELINE = dlp("dateline");
    public static final Property AGENCY = dlp("agency");
    public static final Property CAPTION = dlp("caption");
    public static final Property BYLINE = dlp("byline");
    public static final Property BODY_CONTEXT = dlp("bodyContext");
    public static final Property SOURCE_POSITION = dlp("sourcePosition");
    public static final Property SOFTWARE_VERSION = dlp("softwareVersion");
    public static final Property HAS_ROLE = dlp("hasRole");
    public static final Property ROLE_TITLE = dlp("roleTitle");
    public static final Property ROLE_OF = dlp("roleOf");
    public static final Property STATED_IN = dlp("statedIn");
    public static final Property SPEAKER = dlp("speaker");
    public static final Property QUOTE_KIND = dlp("quoteKind");
    public static final Property IN_REPORT = dlp("inReport");
    public static final Property NORMALIZED_VALUE = dlp("normalizedValue");
    public static final Property LINK_CONFIDENCE = dlp("linkConfidence");
    public static final Resource EVENT = dl("Event");
    public static final Property EVENT_TYPE = dlp("eventType");
    public static final Property ACTOR = dlp("actor");
    public static final Property TARGET = dlp("target");
    public static final Property DATE = dlp("date");
    public static final Property PLACE_OF_EVENT = dlp("place");
    public static final Property TRIGGER = dlp("trigger");
    public static final Property REPORTED_IN = dlp("reportedIn");
    public static final Property EVIDENCE = dlp("evidence");
    public static final Property EVIDENCE_BEGIN_INDEX = dlp("evidenceBeginIndex");
    public static final Property EVIDENCE_END_INDEX = dlp("evidenceEndIndex");
    public static final Property MODALITY = dlp("modality");
    public static final Property VALIDATION_WARNING = dlp("validationWarning");
    public static final Property CAMEO_CODE = dlp("cameoCode");
    public static final Property PLOVER_MODE = dlp("ploverMode");
    public static final Property ACTOR_SECTOR = dlp("actorSector");
    public static final Property TARGET_SECTOR = dlp("targetSector");

    // schema.org
    public static final Property HEADLINE = schema("headline");
    public static final Property DATE_PUBLISHED = schema("datePublished");
    public static final Property PUBLISHER = schema("publisher");
    public static final Property ARTICLE_BODY = schema("articleBody");
    public static final Property IN_LANGUAGE = schema("inLanguage");
    public static final Property MENTIONS = schema("mentions");
    public static final Property NAME = schema("name");
    public static final Property TEXT = schema("text");

    // SKOS
    public static final Property ALT_LABEL = ResourceFactory.createProperty(SKOS, "altLabel");

    // ITS 2.0 (NIF's entity linking)
    public static final Property TA_IDENT_REF = ResourceFactory.createProperty(ITSRDF, "taIdentRef");
    public static final Property TA_CLASS_REF = ResourceFactory.createProperty(ITSRDF, "taClassRef");

    // PROV-O
    public static final Resource ACTIVITY = ResourceFactory.createResource(PROV + "Activity");
    public static final Property WAS_DERIVED_FROM = prov("wasDerivedFrom");
    public static final Property WAS_GENERATED_BY = prov("wasGeneratedBy");
    public static final Property ENDED_AT_TIME = prov("endedAtTime");

    // NIF
    public static final Resource NIF_CONTEXT = ResourceFactory.createResource(NIF + "Context");
    public static final Resource NIF_STRING = ResourceFactory.createResource(NIF + "String");
    public static final Property IS_STRING = nif("isString");
    public static final Property BEGIN_INDEX = nif("beginIndex");
    public static final Property END_INDEX = nif("endIndex");
    public static final Resource NIF_PHRASE = ResourceFactory.createResource(NIF + "Phrase");
    public static final Property REFERENCE_CONTEXT = nif("referenceContext");
    public static final Property ANCHOR_OF = nif("anchorOf");

    private Vocab() {
    }

    /** The contract's class for a kind of linked item. */
    public static Resource classOf(org.dateline.link.EntityType type) {
        return switch (type) {
            case COUNTRY -> COUNTRY;
            case PLACE -> PLACE;
            case ORGANIZATION -> ORGANIZATION;
            case PERSON -> PERSON;
        };
    }

    private static Resource dl(String local) {
        return ResourceFactory.createResource(DL + local);
    }

    private static Property dlp(String local) {
        return ResourceFactory.createProperty(DL, local);
    }

    private static Property schema(String local) {
        return ResourceFactory.createProperty(SCHEMA, local);
    }

    private static Property prov(String local) {
        return ResourceFactory.createProperty(PROV, local);
    }

    private static Property nif(String local) {
        return ResourceFactory.createProperty(NIF, local);
    }
}
