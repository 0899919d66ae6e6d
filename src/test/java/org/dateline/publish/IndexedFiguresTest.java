package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dateline.TestReports;
import org.dateline.read.ReportDoc;
import org.dateline.store.ReportIndex;
import org.dateline.store.StoreFigures;
import org.dateline.store.ReportStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the pages read from the report index (entity pages, browse listings, the home page, the
 * VoID counts) is what the SPARQL over the whole store answers, after each kind of write: reports
 * added, a report replaced by a new version from the same source, one deleted, one removed with
 * its source, the newest ones gone; and after the index is rebuilt from the store. Both are asked
 * of the same real TDB2 store, the SPARQL by hiding the index from the pages for a moment.
 */
class IndexedFiguresTest {

    @TempDir
    Path dir;

    @Test
    void theIndexAnswersAsTheWholeStoreDoesAfterEveryKindOfWrite() {
        try (ReportStore store = ReportStore.open(dir.resolve("db"), TestReports.IRIS)) {
            Site site = new Site(store.dataset(), TestReports.IRIS);
            for (int i = 1; i <= 6; i++) {
                store.put(EntityPagingTest.sanctionReport(i));
            }
            check(site, "six reports");
            store.put(TestReports.MAPPER.map(undated(TestReports.doc("u.txt", 1, "Sanctions talks go on",
                    "Mali and Niger met in Niamey on the sanctions, officials said.", "Niamey", "Sahel Dispatch"))));
            check(site, "an undated report after dated ones");
            String replaced = EntityPagingTest.sanctionReport(1).reportIri();
            store.put(TestReports.MAPPER.map(TestReports.doc("r1.txt", 1, "Report 1, corrected",
                    "Mali and Niger agreed on Friday to lift the sanctions, officials in Niamey said.", "Niamey", "Sahel Dispatch")));
            assertFalse(store.contains(replaced), "replaced");
            check(site, "a report replaced");
            assertTrue(store.delete(EntityPagingTest.sanctionReport(2).reportIri()));
            check(site, "a report deleted");
            assertEquals(1, store.deleteFromSource("file:///reports/r3.txt", 1).size());
            check(site, "a source removed");
            assertTrue(store.delete(EntityPagingTest.sanctionReport(6).reportIri()));
            assertEquals(1, store.deleteFromSource("file:///reports/r1.txt", 1).size());
            check(site, "the newest reports of each entity deleted");
        }
        deleteFolder(dir.resolve("db").resolve(ReportIndex.FOLDER));
        try (ReportStore store = ReportStore.open(dir.resolve("db"), TestReports.IRIS)) {
            check(new Site(store.dataset(), TestReports.IRIS), "the index rebuilt from the store");
        }
    }

    /** The same report without a publication date (stored with a warning). */
    private static ReportDoc undated(ReportDoc doc) {
        return new ReportDoc(doc.source(), doc.fingerprint(), doc.headline(), doc.body(), doc.captions(), doc.byline(),
                doc.dateline(), null, doc.publisher(), doc.agencyName(), doc.language());
    }

    private static void deleteFolder(Path folder) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void check(Site site, String after) {
        DatasetGraph dataset = site.dataset();
        ReportIndex index = ReportIndex.of(dataset);
        assertNotNull(index, "a store's dataset carries its index");
        StoreFigures kept = index.statistics();
        List<String> pages = new ArrayList<>();
        List<Supplier<String>> renderings = pages(site);
        renderings.forEach(r -> pages.add(r.get()));
        dataset.getContext().remove(ReportIndex.SYMBOL);
        try {
            assertEquals(quads(dataset), kept.quads(), "quads after " + after);
            assertEquals(classes(site), new TreeMap<>(kept.classes()), "resources per class after " + after);
            for (int i = 0; i < renderings.size(); i++) {
                assertEquals(renderings.get(i).get(), pages.get(i), "page " + i + " after " + after);
            }
        } finally {
            dataset.getContext().set(ReportIndex.SYMBOL, index);
        }
    }

    /** The pages whose figures come from the index when there is one: as text, to compare. */
    private static List<Supplier<String>> pages(Site site) {
        List<Supplier<String>> pages = new ArrayList<>();
        for (String entity : List.of("niger", "mali", "niamey", "sahel-dispatch")) {
            pages.add(() -> new EntityPage(site).render(TestReports.IRIS.base() + "entity/" + entity, 1, false));
        }
        pages.add(() -> new HomePage(site).render());
        for (Browse.Kind kind : List.of(Browse.Kind.REPORTS, Browse.Kind.COUNTRIES, Browse.Kind.PLACES, Browse.Kind.PEOPLE,
                Browse.Kind.ORGANISATIONS)) {
            for (String sort : kind.sorts) {
                pages.add(() -> {
                    Browse.Listing listing = new Browse(site).list(Browse.Request.of(kind, sort, "1", null, null));
                    StringBuilder out = new StringBuilder(kind + " " + sort + ": " + listing.total() + " in all, next " + listing.hasNext());
                    listing.items().forEach(item -> out.append('\n').append(item.node()).append(" | ").append(item.label())
                            .append(" | ").append(item.date()).append(" | ").append(item.count()));
                    return out.toString();
                });
            }
        }
        return pages;
    }

    private static long quads(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (var it = dataset.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    private static Map<String, Long> classes(Site site) {
        Map<String, Long> counts = new TreeMap<>();
        for (Map<String, Node> row : site.sparql().select("SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c } GROUP BY ?c")) {
            counts.put(Site.str(row, "c"), Long.parseLong(Site.str(row, "n")));
        }
        return counts;
    }
}
