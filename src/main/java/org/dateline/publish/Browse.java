package org.dateline.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dateline.map.Vocab;
import org.dateline.store.ReportIndex;

/**
 * The browse pages, {@code /browse/people} … {@code /browse/reports}: every resource of one kind,
 * {@value #PAGE_SIZE} a page, sorted by date or by the number of reports that refer to it, with the
 * events narrowed by PLOVER category and year. Each page is one query for its members (asking for
 * one more than a page tells whether a next page exists) and one count; the same rows make the HTML
 * and the data, where the page is a {@code hydra:PartialCollectionView} of a {@code hydra:Collection}.
 */
final class Browse {

    static final int PAGE_SIZE = 50;
    /** Deep pages cost a walk over the sorted rows up to them; no real listing is this long. */
    static final int MAX_PAGE = 2_000;
    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z_]{1,40}");
    private static final Pattern YEAR = Pattern.compile("-?\\d{4}");

    /** A kind of resource listed, with the sorts it offers (the first is the default). */
    enum Kind {
        PEOPLE("people", "People", "Person", List.of("reports", "date", "name")),
        ORGANISATIONS("organisations", "Organisations", "Organization", List.of("reports", "date", "name")),
        COUNTRIES("countries", "Countries", "Country", List.of("reports", "date", "name")),
        PLACES("places", "Places", "Place", List.of("reports", "date", "name")),
        EVENTS("events", "Events", "Event", List.of("date", "oldest")),
        QUOTATIONS("quotations", "Quotations", "Quotation", List.of("date", "oldest")),
        REPORTS("reports", "Reports", "Report", List.of("date", "oldest", "entities"));

        final String slug;
        final String title;
        final String type;
        final List<String> sorts;

        Kind(String slug, String title, String type, List<String> sorts) {
            this.slug = slug;
            this.title = title;
            this.type = type;
            this.sorts = sorts;
        }

        boolean isEntity() {
            return sorts.contains("name");
        }

        static Kind bySlug(String slug) {
            for (Kind k : values()) {
                if (k.slug.equals(slug)) {
                    return k;
                }
            }
            return null;
        }

        static Kind byType(String type) {
            for (Kind k : values()) {
                if (k.type.equals(type)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** What a request asks for, read leniently: an unknown sort is the default, a bad page the first. */
    record Request(Kind kind, String sort, int page, String category, String year) {

        static Request of(Kind kind, String sort, String page, String category, String year) {
            String s = sort != null && kind.sorts.contains(sort) ? sort : kind.sorts.get(0);
            int p;
            try {
                p = Math.min(MAX_PAGE, Math.max(1, Integer.parseInt(page)));
            } catch (NumberFormatException e) {
                p = 1;
            }
            boolean events = kind == Kind.EVENTS;
            return new Request(kind, s, p, events && category != null && CATEGORY.matcher(category).matches() ? category : null,
                    events && year != null && YEAR.matcher(year).matches() ? year : null);
        }

        /** The local path of this listing at another page ("/browse/events?sort=date&category=PROTEST&page=2"). */
        String path(int atPage) {
            return "/browse/" + kind.slug + query(sort, atPage);
        }

        /** The collection the listing pages through, whatever the sort: "/browse/events?category=PROTEST". */
        String collectionPath() {
            String filters = query(sort, 1).replaceFirst("^\\?sort=[a-z]+", "").replaceFirst("^&", "?");
            return "/browse/" + kind.slug + filters;
        }

        String query(String withSort, int atPage) {
            StringBuilder q = new StringBuilder("?sort=").append(withSort);
            if (category != null) {
                q.append("&category=").append(category);
            }
            if (year != null) {
                q.append("&year=").append(year);
            }
            return atPage > 1 ? q.append("&page=").append(atPage).toString() : q.toString();
        }
    }

    /** One listed resource: its IRI, label, date (maybe "") and number of reports (entities) or entities (reports). */
    record Item(Node node, String label, String date, int count, Map<String, Node> row, EventRow event) {

        Item(Node node, String label, String date, int count, Map<String, Node> row) {
            this(node, label, date, count, row, null);
        }
    }

    record Listing(Request request, List<Item> items, boolean hasNext, int total) {
    }

    // MAX over the reports' dates, an undated report counted as "" (below any date): ARQ's MAX is an
    // error - no date at all - as soon as one report has none; "" is then made unbound again.
    private static final String ENTITIES = """
            SELECT ?e ?n ?date ?label WHERE {
              { SELECT ?e (COUNT(DISTINCT ?r) AS ?n) (MAX(COALESCE(?d, "")) AS ?newest) WHERE {
                  ?e a ?class OPTIONAL { %s OPTIONAL { ?r schema:datePublished ?d } } }
                GROUP BY ?e }
              BIND(IF(STR(?newest) != "", ?newest, ?undated) AS ?date)
              OPTIONAL { ?e rdfs:label ?label }
            } ORDER BY %%s LIMIT %d OFFSET %%d""".formatted(EntityPage.REFERS, PAGE_SIZE + 1);
    private static final String ENTITIES_BY_NAME = """
            SELECT ?e ?label WHERE {
              { SELECT ?e (SAMPLE(?l) AS ?label) WHERE { ?e a ?class OPTIONAL { ?e rdfs:label ?l } } GROUP BY ?e }
            } ORDER BY LCASE(STR(?label)) ?e LIMIT %d OFFSET %%d""".formatted(PAGE_SIZE + 1);
    private static final String ENTITIES_OF_CLASS = """
            SELECT ?e (SAMPLE(?l) AS ?label) WHERE { ?e a ?class OPTIONAL { ?e rdfs:label ?l } } GROUP BY ?e""";
    private static final String ENTITY_REPORTS = "SELECT ?n ?date { { SELECT (COUNT(DISTINCT ?r) AS ?n) (MAX(COALESCE(?d, \"\")) AS ?newest) "
            + "WHERE { " + EntityPage.REFERS + " OPTIONAL { ?r schema:datePublished ?d } } } "
            + "BIND(IF(STR(?newest) != \"\", ?newest, ?undated) AS ?date) }";
    private static final String REPORTS = """
            SELECT ?r ?date WHERE { ?r a dl:Report OPTIONAL { ?r schema:datePublished ?date } }
            ORDER BY %%s LIMIT %d OFFSET %%d""".formatted(PAGE_SIZE + 1);
    private static final String REPORTS_BY_ENTITIES = """
            SELECT ?r ?date ?n WHERE {
              { SELECT ?r (COUNT(DISTINCT ?e) AS ?n) WHERE { ?r a dl:Report OPTIONAL { ?r schema:mentions ?e } } GROUP BY ?r }
              OPTIONAL { ?r schema:datePublished ?date }
            } ORDER BY DESC(?n) DESC(?date) ?r LIMIT %d OFFSET %%d""".formatted(PAGE_SIZE + 1);
    private static final String EVENTS = """
            SELECT ?ev ?date WHERE { ?ev a dl:Event OPTIONAL { ?ev dl:eventType ?t } OPTIONAL { ?ev dl:date ?date }
              FILTER(!BOUND(?category) || ?t = ?category) FILTER(!BOUND(?year) || STRSTARTS(STR(?date), ?year)) }
            ORDER BY %%s LIMIT %d OFFSET %%d""".formatted(PAGE_SIZE + 1);
    private static final String EVENT_DETAILS = """
            SELECT ?ev ?type ?date ?modality ?trigger ?role ?who ?whoName WHERE {
              OPTIONAL { ?ev dl:eventType ?type } OPTIONAL { ?ev dl:date ?date }
              OPTIONAL { ?ev dl:modality ?modality } OPTIONAL { ?ev dl:trigger ?trigger }
              OPTIONAL { { ?ev dl:actor ?who BIND("actor" AS ?role) } UNION { ?ev dl:target ?who BIND("target" AS ?role) }
                         OPTIONAL { ?who rdfs:label ?whoName } }
            }""";
    private static final String CATEGORIES = """
            SELECT ?t (COUNT(DISTINCT ?ev) AS ?n) WHERE { ?ev a dl:Event ; dl:eventType ?t } GROUP BY ?t ORDER BY DESC(?n) ?t""";
    private static final String QUOTATIONS = """
            SELECT ?q ?date WHERE { ?q a dl:Quotation OPTIONAL { ?q dl:inReport ?r . ?r schema:datePublished ?date } }
            ORDER BY %%s LIMIT %d OFFSET %%d""".formatted(PAGE_SIZE + 1);
    private static final String QUOTATION_DETAILS = """
            SELECT ?text ?speaker ?speakerName ?kind ?r WHERE {
              OPTIONAL { ?q schema:text ?text } OPTIONAL { ?q dl:speaker ?speaker OPTIONAL { ?speaker rdfs:label ?speakerName } }
              OPTIONAL { ?q dl:quoteKind ?kind } OPTIONAL { ?q dl:inReport ?r }
            } LIMIT 1""";
    private static final String COUNT = """
            SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?class OPTIONAL { ?x dl:eventType ?t } OPTIONAL { ?x dl:date ?date }
              FILTER(!BOUND(?category) || ?t = ?category) FILTER(!BOUND(?year) || STRSTARTS(STR(?date), ?year)) }""";

    private final Site site;

    Browse(Site site) {
        this.site = site;
    }

    Listing list(Request req) {
        ReportIndex index = ReportIndex.of(site.dataset());
        if (index != null && (req.kind() == Kind.REPORTS || req.kind().isEntity())) {
            return listFromIndex(req, index);
        }
        int offset = (req.page() - 1) * PAGE_SIZE;
        Node cls = NodeFactory.createURI(Vocab.DL + req.kind().type);
        List<Item> items = new ArrayList<>();
        switch (req.kind()) {
            case REPORTS -> {
                List<Map<String, Node>> rows = "entities".equals(req.sort())
                        ? site.sparql().select(REPORTS_BY_ENTITIES.formatted(offset))
                        : site.sparql().select(REPORTS.formatted(order(req.sort(), "?date", "?r"), offset));
                for (Map<String, Node> row : rows) {
                    Map<String, Node> full = EntityPage.withHeadline(site, row);
                    items.add(new Item(row.get("r"), Site.str(full, "h"), Site.str(row, "date"), intOf(row, "n"), full));
                }
            }
            case EVENTS -> {
                List<Map<String, Node>> rows = site.sparql().select(EVENTS.formatted(order(req.sort(), "?date", "?ev"), offset),
                        filters(req));
                for (Map<String, Node> row : rows) {
                    Map<String, EventRow> ev = EventRow.group(site, site.sparql().select(EVENT_DETAILS, "ev", row.get("ev")));
                    EventRow e = ev.values().iterator().next();
                    items.add(new Item(row.get("ev"), e.typeLabel(), e.date(), 0, Map.of(), e));
                }
            }
            case QUOTATIONS -> {
                for (Map<String, Node> row : site.sparql().select(QUOTATIONS.formatted(order(req.sort(), "?date", "?q"), offset))) {
                    List<Map<String, Node>> details = site.sparql().select(QUOTATION_DETAILS, "q", row.get("q"));
                    Map<String, Node> q = new java.util.HashMap<>(details.isEmpty() ? Map.of() : details.get(0));
                    q.put("q", row.get("q"));
                    if (q.containsKey("r")) {
                        q.putAll(EntityPage.withHeadline(site, Map.of("r", q.get("r"))));
                    }
                    items.add(new Item(row.get("q"), Site.str(q, "text"), Site.str(row, "date"), 0, q));
                }
            }
            default -> {
                if ("name".equals(req.sort())) {
                    for (Map<String, Node> row : site.sparql().select(ENTITIES_BY_NAME.formatted(offset), "class", cls)) {
                        List<Map<String, Node>> n = site.sparql().select(ENTITY_REPORTS, "e", row.get("e"));
                        Map<String, Node> counts = n.isEmpty() ? Map.of() : n.get(0);
                        items.add(new Item(row.get("e"), site.label(row, "e", "label"), Site.str(counts, "date"), intOf(counts, "n"), row));
                    }
                } else {
                    String order = "date".equals(req.sort()) ? "DESC(?date) DESC(?n) ?e" : "DESC(?n) DESC(?date) ?e";
                    Map<Node, Item> byNode = new LinkedHashMap<>();
                    for (Map<String, Node> row : site.sparql().select(ENTITIES.formatted(order, offset), "class", cls)) {
                        byNode.putIfAbsent(row.get("e"), new Item(row.get("e"), site.label(row, "e", "label"),
                                Site.str(row, "date"), intOf(row, "n"), row));
                    }
                    items.addAll(byNode.values());
                }
            }
        }
        boolean hasNext = items.size() > PAGE_SIZE;
        if (hasNext) {
            items = items.subList(0, PAGE_SIZE);
        }
        Object[] bindings = new Object[] {"class", cls};
        if (req.kind() == Kind.EVENTS) {
            List<Object> all = new ArrayList<>(List.of(bindings));
            all.addAll(List.of(filters(req)));
            bindings = all.toArray();
        }
        int total = intOf(site.sparql().select(COUNT, bindings).get(0), "n");
        return new Listing(req, items, hasNext, total);
    }

    /**
     * Reports, and entities with their counts, from the store's report index: the SPARQL above
     * reads every report to count or sort them (10.9 s for the countries at 100,000 reports).
     * The orders are the same: reports newest or oldest first or by entities, undated last, then by
     * IRI; entities by their reports or newest report, then the other, then by IRI; or by name.
     */
    private Listing listFromIndex(Request req, ReportIndex index) {
        int offset = (req.page() - 1) * PAGE_SIZE;
        List<Item> items = new ArrayList<>();
        int total;
        if (req.kind() == Kind.REPORTS) {
            ReportIndex.ReportOrder order = switch (req.sort()) {
                case "oldest" -> ReportIndex.ReportOrder.OLDEST;
                case "entities" -> ReportIndex.ReportOrder.MOST_ENTITIES;
                default -> ReportIndex.ReportOrder.NEWEST;
            };
            ReportIndex.Page page = index.reports(order, offset, PAGE_SIZE + 1);
            for (ReportIndex.Hit hit : page.hits()) {
                Map<String, Node> row = new java.util.HashMap<>(EntityPage.row(hit));
                if (order == ReportIndex.ReportOrder.MOST_ENTITIES) {
                    row.put("n", NodeFactory.createLiteralDT(String.valueOf(hit.entities()), XSDDatatype.XSDinteger));
                }
                items.add(new Item(row.get("r"), hit.headline(), hit.date(), row.containsKey("n") ? hit.entities() : 0, row));
            }
            total = page.total();
        } else {
            Map<String, ReportIndex.Referrers> referrers = index.referrers();
            List<Item> all = new ArrayList<>();
            for (Map<String, Node> row : site.sparql().select(ENTITIES_OF_CLASS, "class", NodeFactory.createURI(Vocab.DL + req.kind().type))) {
                ReportIndex.Referrers r = referrers.getOrDefault(Site.str(row, "e"), new ReportIndex.Referrers(0, ""));
                all.add(new Item(row.get("e"), site.label(row, "e", "label"), r.newest(), r.reports(), row));
            }
            Comparator<Item> byReports = Comparator.comparingInt(Item::count).reversed();
            // Undated last: "" sorts before every date, so reversed it comes after them.
            Comparator<Item> byDate = Comparator.comparing(Item::date).reversed();
            Comparator<Item> byIri = Comparator.comparing(i -> i.node().getURI());
            all.sort(switch (req.sort()) {
                case "date" -> byDate.thenComparing(byReports).thenComparing(byIri);
                case "name" -> Comparator.comparing((Item i) -> Site.str(i.row(), "label").toLowerCase(java.util.Locale.ROOT)).thenComparing(byIri);
                default -> byReports.thenComparing(byDate).thenComparing(byIri);
            });
            items.addAll(all.subList(Math.min(offset, all.size()), Math.min(offset + PAGE_SIZE + 1, all.size())));
            total = all.size();
        }
        boolean hasNext = items.size() > PAGE_SIZE;
        return new Listing(req, hasNext ? items.subList(0, PAGE_SIZE) : items, hasNext, total);
    }

    /** Newest first by default, oldest first on request; undated last either way, then by IRI for a stable order. */
    private static String order(String sort, String date, String id) {
        return ("oldest".equals(sort) ? "(!BOUND(" + date + ")) " + date : "DESC(" + date + ")") + " " + id;
    }

    private static Object[] filters(Request req) {
        List<Object> out = new ArrayList<>();
        if (req.category() != null) {
            out.add("category");
            out.add(NodeFactory.createURI(Vocab.PLOVER + req.category()));
        }
        if (req.year() != null) {
            out.add("year");
            out.add(NodeFactory.createLiteralString(req.year()));
        }
        return out.toArray();
    }

    private static int intOf(Map<String, Node> row, String var) {
        Node n = row.get(var);
        return n != null && n.isLiteral() ? ((Number) n.getLiteralValue()).intValue() : 0;
    }

    /** The PLOVER categories of the stored events with how many events each has. */
    List<Map<String, Node>> categories() {
        return site.sparql().select(CATEGORIES);
    }

    /**
     * The listing as data: the collection, its members with their labels and types, and the view
     * (this page) with its first, previous and next pages, all in the default graph.
     */
    DatasetGraph data(Listing listing) {
        String base = site.links().base();
        Request req = listing.request();
        Node collection = NodeFactory.createURI(base + req.collectionPath().substring(1));
        Node view = NodeFactory.createURI(base + req.path(req.page()).substring(1));
        Node g = Quad.defaultGraphIRI;
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        out.add(g, collection, RDF.type.asNode(), hydra("Collection"));
        out.add(g, collection, hydra("totalItems"), NodeFactory.createLiteralDT(String.valueOf(listing.total()), XSDDatatype.XSDinteger));
        out.add(g, collection, hydra("view"), view);
        out.add(g, view, RDF.type.asNode(), hydra("PartialCollectionView"));
        out.add(g, view, hydra("first"), NodeFactory.createURI(base + req.path(1).substring(1)));
        if (req.page() > 1) {
            out.add(g, view, hydra("previous"), NodeFactory.createURI(base + req.path(req.page() - 1).substring(1)));
        }
        if (listing.hasNext()) {
            out.add(g, view, hydra("next"), NodeFactory.createURI(base + req.path(req.page() + 1).substring(1)));
        }
        Node type = NodeFactory.createURI(Vocab.DL + req.kind().type);
        for (Item item : listing.items()) {
            out.add(g, collection, hydra("member"), item.node());
            out.add(g, item.node(), RDF.type.asNode(), type);
            if (!item.label().isEmpty()) {
                Node p = switch (req.kind()) {
                    case REPORTS -> Vocab.HEADLINE.asNode();
                    case QUOTATIONS -> Vocab.TEXT.asNode();
                    default -> RDFS.label.asNode();
                };
                out.add(g, item.node(), p, NodeFactory.createLiteralString(item.label()));
            }
        }
        return out;
    }

    private static Node hydra(String local) {
        return NodeFactory.createURI(Describer.HYDRA + local);
    }
}
