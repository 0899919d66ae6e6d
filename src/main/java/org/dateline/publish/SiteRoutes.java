package org.dateline.publish;

import org.apache.jena.fuseki.main.FusekiServer;

/** The URL layout of the linked-data site, added to the Fuseki builder beside /dateline. */
final class SiteRoutes {

    private SiteRoutes() {
    }

    static void add(FusekiServer.Builder builder, Site site, DumpWriter dumps) {
        LinkedDataServlet data = new LinkedDataServlet(site);
        for (String prefix : LinkedDataServlet.PREFIXES) {
            builder.addServlet(prefix + "*", data);
        }
        SitePagesServlet pages = new SitePagesServlet(site);
        builder.addServlet("", pages);
        for (String path : new String[] {"/search", "/query", "/context.jsonld", "/ontology", "/ontology/*", "/shapes"}) {
            builder.addServlet(path, pages);
        }
        VoidServlet voidServlet = new VoidServlet(site);
        builder.addServlet("/.well-known/void", voidServlet);
        builder.addServlet("/dateline/service-description", voidServlet);
        builder.addFilter("/dateline/sparql", new ServiceDescriptionFilter(voidServlet));
        for (RdfVariant v : RdfVariant.values()) {
            builder.addServlet("/ontology." + v.suffix(), pages);
            builder.addServlet("/shapes." + v.suffix(), pages);
            builder.addServlet("/.well-known/void." + v.suffix(), voidServlet);
        }
        builder.addServlet("/browse/*", new BrowseServlet(site));
        builder.addServlet("/static/*", new StaticFiles());
        builder.addServlet("/dumps/*", new DumpServlet(dumps));
        builder.addFilter("/*", new NotFoundFilter());
    }
}
