package org.dateline.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/** The HTML of a browse listing: the sorts, the event categories, the items, and the pager. */
final class BrowsePage {

    private static final Map<String, String> SORT_LABELS = Map.of("reports", "most reports", "date", "newest",
            "name", "name", "oldest", "oldest", "entities", "most entities");

    private final Site site;

    BrowsePage(Site site) {
        this.site = site;
    }

    String render(Browse.Listing listing) {
        Browse.Request req = listing.request();
        Browse.Kind kind = req.kind();
        StringBuilder sorts = new StringBuilder("<nav class=\"sorts\" aria-label=\"Sort\"><span>Sort by:</span>");
        for (String sort : kind.sorts) {
            String label = Html.text(SORT_LABELS.get(sort));
            sorts.append(' ').append(sort.equals(req.sort()) ? "<strong aria-current=\"true\">" + label + "</strong>"
                    : "<a href=\"" + Html.text("/browse/" + kind.slug + req.query(sort, 1)) + "\">" + label + "</a>");
        }
        sorts.append("</nav>");
        if (kind == Browse.Kind.EVENTS) {
            sorts.append(categories(req));
        }

        int first = (req.page() - 1) * Browse.PAGE_SIZE + 1;
        StringBuilder items = new StringBuilder();
        if (listing.items().isEmpty()) {
            items.append("<p>").append(req.page() == 1 ? "Nothing of this kind is stored yet." : "No further items.").append("</p>");
        } else {
            items.append("<p class=\"range\">").append(first).append('–').append(first + listing.items().size() - 1)
                    .append(" of ").append(listing.total()).append("</p>");
            items.append("<ol class=\"browse ").append(kind.slug).append("\" start=\"").append(first).append("\">");
            for (Browse.Item item : listing.items()) {
                items.append("<li>").append(item(kind, item)).append("</li>");
            }
            items.append("</ol>");
        }

        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("title", Html.text(title(req)));
        slots.put("sorts", sorts.toString());
        slots.put("items", items.toString());
        slots.put("pager", pager(req, listing.hasNext()));
        slots.put("formats", formats(req));
        String head = alternates(req) + (req.page() > 1 ? "<link rel=\"prev\" href=\"" + Html.text(req.path(req.page() - 1)) + "\">\n" : "")
                + (listing.hasNext() ? "<link rel=\"next\" href=\"" + Html.text(req.path(req.page() + 1)) + "\">\n" : "");
        String title = title(req) + (req.page() > 1 ? " (page " + req.page() + ")" : "");
        return HtmlTemplates.page(title, HtmlTemplates.fill("browse.html", slots), head);
    }

    private static String title(Browse.Request req) {
        StringBuilder t = new StringBuilder(req.kind().title);
        if (req.category() != null) {
            t.append(": ").append(req.category());
        }
        if (req.year() != null) {
            t.append(" in ").append(req.year());
        }
        return t.toString();
    }

    private String item(Browse.Kind kind, Browse.Item item) {
        return switch (kind) {
            case REPORTS -> EntityPage.reportItem(site, item.row())
                    + (item.row().containsKey("n") ? " (" + item.count() + (item.count() == 1 ? " entity)" : " entities)") : "");
            case EVENTS -> item.event().summary();
            case QUOTATIONS -> ReportPage.quote(site, item.row()) + (item.row().containsKey("r")
                    ? "<p>In " + site.links().link(item.row().get("r"), Site.str(item.row(), "h").isEmpty() ? "a report" : Site.str(item.row(), "h"))
                            + (item.date().isEmpty() ? "" : ", <time datetime=\"" + Html.text(item.date()) + "\">" + Html.text(item.date()) + "</time>")
                            + "</p>" : "");
            default -> site.links().link(item.node(), item.label()) + " (" + Html.count(String.valueOf(item.count()), "report")
                    + (item.date().isEmpty() ? "" : ", latest <time datetime=\"" + Html.text(item.date()) + "\">" + Html.text(item.date()) + "</time>")
                    + ")";
        };
    }

    private String categories(Browse.Request req) {
        List<Map<String, Node>> rows = new Browse(site).categories();
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<nav class=\"categories\" aria-label=\"PLOVER categories\"><span>Category:</span> ");
        String all = "/browse/events" + new Browse.Request(req.kind(), req.sort(), 1, null, req.year()).query(req.sort(), 1);
        out.append(req.category() == null ? "<strong aria-current=\"true\">all</strong>" : Html.link(all, "all"));
        for (Map<String, Node> row : rows) {
            String iri = Site.str(row, "t");
            String name = iri.substring(iri.lastIndexOf('#') + 1);
            String label = site.vocabularies().label(row.get("t")) + " (" + Site.str(row, "n") + ")";
            out.append(", ");
            if (name.equals(req.category())) {
                out.append("<strong aria-current=\"true\">").append(Html.text(label)).append("</strong>");
            } else {
                String href = "/browse/events" + new Browse.Request(req.kind(), req.sort(), 1, name, req.year()).query(req.sort(), 1);
                out.append(Html.link(href, label));
            }
        }
        return out.append("</nav>").toString();
    }

    private static String pager(Browse.Request req, boolean hasNext) {
        if (req.page() == 1 && !hasNext) {
            return "";
        }
        StringBuilder out = new StringBuilder("<nav class=\"pager\" aria-label=\"Pages\"><p>Page ").append(req.page())
                .append(", ").append(Browse.PAGE_SIZE).append(" a page.</p>");
        if (req.page() > 1) {
            out.append("<a rel=\"prev\" href=\"").append(Html.text(req.path(req.page() - 1))).append("\">Previous page</a> ");
        }
        if (hasNext) {
            out.append("<a rel=\"next\" href=\"").append(Html.text(req.path(req.page() + 1))).append("\">Next page</a>");
        }
        return out.append("</nav>").toString();
    }

    /** The data of this very page (same sort, filters and page) in each format. */
    private static String formats(Browse.Request req) {
        StringBuilder out = new StringBuilder("<p class=\"formats\">Data: ");
        for (RdfVariant v : RdfVariant.values()) {
            if (v != RdfVariant.HTML) {
                out.append(Html.link(suffixed(req, v), v.label())).append(' ');
            }
        }
        return out.append("</p>").toString();
    }

    private static String alternates(Browse.Request req) {
        StringBuilder out = new StringBuilder();
        for (RdfVariant v : RdfVariant.values()) {
            if (v != RdfVariant.HTML) {
                out.append("<link rel=\"alternate\" type=\"").append(v.mediaType()).append("\" href=\"")
                        .append(Html.text(suffixed(req, v))).append("\">\n");
            }
        }
        return out.toString();
    }

    static String suffixed(Browse.Request req, RdfVariant v) {
        return "/browse/" + req.kind().slug + "." + v.suffix() + req.query(req.sort(), req.page());
    }
}
