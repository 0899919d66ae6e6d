package org.dateline.map;

import java.time.Clock;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dateline.link.Link;
import org.dateline.link.ReportLinks;
import org.dateline.read.Dateline;
import org.dateline.read.PartialDate;
import org.dateline.read.ReportDoc;
import org.dateline.understand.Understanding;

/**
 * The map stage: a {@link ReportDoc} and what the understand stage made of it become the report's
 * graph and its entities' descriptions. This class maps the report row; one mapper per further row
 * (mentions and entities, roles, quotations, time expressions, events) maps the understanding.
 */
public final class ReportMapper {

    private final IriScheme iris;
    private final Clock clock;
    private final String softwareVersion;
    private final MentionMapper mentions;
    private final RoleMapper roles;
    private final QuotationMapper quotations;
    private final TimeExpressionMapper times;
    private final EntityDescriber describer;
    private final EventMapper events;

    public ReportMapper(IriScheme iris, Clock clock, String softwareVersion) {
        this.iris = iris;
        this.clock = clock;
        this.softwareVersion = softwareVersion;
        this.describer = new EntityDescriber(iris);
        this.mentions = new MentionMapper(iris, describer);
        this.roles = new RoleMapper(iris);
        this.quotations = new QuotationMapper(iris);
        this.times = new TimeExpressionMapper(iris);
        this.events = new EventMapper(iris);
    }

    /** The report's metadata only, as when the text is neither understood nor linked. */
    public MappedReport map(ReportDoc doc) {
        return map(doc, Understanding.EMPTY, ReportLinks.NONE);
    }

    /**
     * Maps a report and what was understood of it; the entities the link stage linked are named by
     * their Wikidata items, the others by slugs of their names.
     */
    public MappedReport map(ReportDoc doc, Understanding understanding, ReportLinks links) {
        Model graph = newModel();
        Model entities = newModel();
        String reportIri = iris.report(doc.fingerprint());
        Resource report = graph.createResource(reportIri, Vocab.REPORT);

        if (doc.headline() != null) {
            report.addProperty(Vocab.HEADLINE, doc.headline());
        }
        if (doc.published() != null) {
            report.addLiteral(Vocab.DATE_PUBLISHED, dateLiteral(graph, doc.published().date()));
        }
        report.addLiteral(Vocab.DATE_INFERRED, doc.published() != null && doc.published().inferred());
        if (doc.publisher() != null) {
            report.addProperty(Vocab.PUBLISHER, entity(graph, entities, doc.publisher(), Vocab.ORGANIZATION, links.publisher()));
        }
        Dateline dateline = doc.dateline();
        if (dateline != null) {
            report.addProperty(Vocab.DATELINE, dateline.text());
            if (dateline.place() != null) {
                report.addProperty(Vocab.DATELINE_PLACE, entity(graph, entities, dateline.place(), Vocab.PLACE, links.datelinePlace()));
            }
        }
        if (doc.agencyName() != null) {
            report.addProperty(Vocab.AGENCY, entity(graph, entities, doc.agencyName(), Vocab.ORGANIZATION, links.agency()));
        }
        if (doc.byline() != null) {
            report.addProperty(Vocab.BYLINE, doc.byline());
        }
        doc.captions().forEach(caption -> report.addProperty(Vocab.CAPTION, caption));
        report.addProperty(Vocab.ARTICLE_BODY, doc.body());
        report.addProperty(Vocab.IN_LANGUAGE, doc.language());
        Resource body = bodyContext(graph, reportIri, doc.body());
        report.addProperty(Vocab.BODY_CONTEXT, body);

        report.addProperty(Vocab.WAS_DERIVED_FROM, graph.createResource(doc.source().uri()));
        report.addLiteral(Vocab.SOURCE_POSITION,
                graph.createTypedLiteral(String.valueOf(doc.source().position()), XSDDatatype.XSDpositiveInteger));
        report.addProperty(Vocab.WAS_GENERATED_BY, ingestion(graph, reportIri));

        ReportContext context = new ReportContext(graph, entities, report, body, doc.fingerprint());
        mentions.map(understanding, links, context);
        roles.map(understanding, context);
        quotations.map(understanding, context);
        times.map(understanding, context);
        events.map(understanding, context);
        return new MappedReport(reportIri, doc.source().uri(), doc.source().position(), graph, entities);
    }

    private Resource bodyContext(Model graph, String reportIri, String body) {
        // NIF offsets count Unicode code points, as SPARQL's STRLEN and SUBSTR do, not UTF-16 units.
        int length = body.codePointCount(0, body.length());
        return graph.createResource(iris.bodyContext(reportIri, length))
                .addProperty(RDF.type, Vocab.NIF_CONTEXT)
                .addProperty(RDF.type, Vocab.NIF_STRING)
                .addProperty(Vocab.IS_STRING, body)
                .addLiteral(Vocab.BEGIN_INDEX, ReportContext.nonNegative(graph, 0))
                .addLiteral(Vocab.END_INDEX, ReportContext.nonNegative(graph, length));
    }

    private Resource ingestion(Model graph, String reportIri) {
        Calendar now = GregorianCalendar.from(Instant.now(clock).atZone(TimeZone.getTimeZone("UTC").toZoneId()));
        return graph.createResource(iris.ingestion(reportIri), Vocab.ACTIVITY)
                .addLiteral(Vocab.ENDED_AT_TIME, graph.createTypedLiteral(new XSDDateTime(now)))
                .addProperty(Vocab.SOFTWARE_VERSION, softwareVersion);
    }

    /**
     * The entity a name refers to: the report graph gets the reference, the entities model the
     * entity's type and names (the canonical description lives in the shared entities graph).
     */
    private Resource entity(Model graph, Model entities, String name, Resource type, Link link) {
        return describer.describe(graph, entities, name, type, link);
    }

    private static Literal dateLiteral(Model model, PartialDate date) {
        String datatype = org.apache.jena.vocabulary.XSD.NS + date.xsdType();
        return model.createTypedLiteral(date.lexical(), TypeMapper.getInstance().getSafeTypeByName(datatype));
    }

    private static Model newModel() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("dl", Vocab.DL);
        model.setNsPrefix("schema", Vocab.SCHEMA);
        model.setNsPrefix("prov", Vocab.PROV);
        model.setNsPrefix("nif", Vocab.NIF);
        model.setNsPrefix("itsrdf", Vocab.ITSRDF);
        model.setNsPrefix("skos", Vocab.SKOS);
        model.setNsPrefix("rdfs", RDFS.getURI());
        model.setNsPrefix("xsd", org.apache.jena.vocabulary.XSD.NS);
        model.setNsPrefix("owl", org.apache.jena.vocabulary.OWL.NS);
        model.setNsPrefix("wd", Vocab.WD);
        return model;
    }
}
