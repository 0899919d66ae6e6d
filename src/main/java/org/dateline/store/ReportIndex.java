package org.dateline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;


import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.dateline.map.Vocab;

/**
 * A Lucene index of the stored reports, derived from the store and kept in a folder inside it:
 * their words (headline, body, the labels of the entities they mention) for search, and what the
 * pages need from all reports at once, which TDB2 can only answer by reading every one of them:
 * the reports referring to an entity, newest first, and how many; the entities mentioned with
 * it; the reports by date or by their number of entities; the number of reports and the
 * newest date per entity. Each is a read of Lucene's postings or column values (milliseconds at
 * 100,000 reports, where the SPARQL took seconds after every commit). With its commits it keeps
 * the VoID figures ({@link StoreFigures}), which the writer counts as it goes. {@link ReportStore} tells it
 * of every report added or dropped, after the store's commit; it is rebuilt from the store when it
 * is missing, unreadable, or does not hold the reports the store holds. Which reports it holds is
 * recorded with each Lucene commit as a fingerprint (their count and the sum of hashes of their
 * IRIs, kept up to date by addition), compared with the store's on opening: a process killed
 * between the two commits, or a store written by a version without the index, is caught there.
 *
 * <p>Pages find it in the dataset's context under {@link #SYMBOL}.
 */
public final class ReportIndex implements AutoCloseable {

    /** The index's folder, inside the store's. */
    public static final String FOLDER = "report-index";
    /** Where the index of a store's dataset is found in the dataset's context. */
    public static final Symbol SYMBOL = Symbol.create("https://w3id.org/dateline/ns#reportIndex");
    /** Words of a query beyond this many are ignored: no query runs without bound. */
    static final int MAX_WORDS = 16;

    private static final String IRI = "iri";
    private static final String HEADLINE = "headline";
    private static final String BODY = "body";
    private static final String LABELS = "labels";
    private static final String DATE = "date";
    /** The entities a report refers to (mentions, publisher, agency, dateline), indexed and as column values. */
    private static final String REFERS = "refers";
    /** The entities a report mentions (schema:mentions), as column values: the co-mention counts. */
    private static final String MENTIONS = "mentions";
    /** The same, indexed (a field name holds either column values or terms of one kind, so another name). */
    private static final String MENTIONS_TERM = "mentioned";
    /** The number of distinct entities a report mentions. */
    private static final String ENTITY_COUNT = "entityCount";
    private static final List<Node> REFERRING = List.of(Vocab.MENTIONS.asNode(), Vocab.PUBLISHER.asNode(),
            Vocab.AGENCY.asNode(), Vocab.DATELINE_PLACE.asNode());
    private static final String FINGERPRINT = "dateline.reports";
    /** What the documents hold: an index made for another layout is rebuilt. */
    private static final String LAYOUT = "dateline.layout";
    private static final String LAYOUT_VERSION = "2";
    private static final String STATISTICS = "dateline.statistics";
    /** A headline word counts three times a body word; an entity's name twice. */
    private static final Map<String, Float> FIELDS = Map.of(HEADLINE, 3f, BODY, 1f, LABELS, 2f);

    /** One report found ("" for a missing headline or date; its body only from a search), with its number of entities. */
    public record Hit(String iri, String headline, String date, String body, int entities) {
    }

    /** How many reports refer to an entity, and the newest date among them ("" when none is dated). */
    public record Referrers(int reports, String newest) {
    }

    /** An entity and a number of reports. */
    public record EntityCount(String iri, int reports) {
    }

    /** A page of reports, and how many there are in all. */
    public record Page(List<Hit> hits, int total) {
    }

    /** The orders of the listing of reports. */
    public enum ReportOrder {
        NEWEST, OLDEST, MOST_ENTITIES
    }

    /** The best {@code hits}, and whether more reports matched. */
    public record Results(List<Hit> hits, boolean more) {
    }

    private final Analyzer analyzer = new StandardAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Node entitiesGraph;
    /** Guarded by this. */
    private Fingerprint fingerprint;
    /**
     * Guarded by this: the number of reports and newest date per entity, counted from the index
     * when first asked for, then kept up to date with each change (null until then).
     */
    private Map<String, Referrers> referrers;
    /** Guarded by this. */
    private StoreFigures statistics = new StoreFigures(0, Map.of());
    /** Updates applied: the pages' cache ties what it keeps to this as well as to the store's version. */
    private volatile long generation;
    /** How long a change may wait for its commit to disk (it is searchable at once). */
    static final Duration COMMIT_DELAY = Duration.ofSeconds(1);
    private final ScheduledThreadPoolExecutor committer = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "report-index-commit");
        thread.setDaemon(true);
        return thread;
    });
    /** Guarded by this: changes applied and not yet committed. */
    private boolean commitPending;
    /** Set when an update failed: later commits then record a fingerprint no store has, so the next open rebuilds. */
    private boolean stale;

    private ReportIndex(Directory directory, Node entitiesGraph) throws IOException {
        this.directory = directory;
        this.entitiesGraph = entitiesGraph;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setCommitOnClose(false));
        this.searchers = new SearcherManager(writer, null);
        // Closing never interrupts a commit (an interrupt closes Lucene's file channels and with them
        // the index's lock); a commit still waiting is made by close() itself.
        committer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * Opens the index in {@code folder} (created when absent) for the store's {@code dataset},
     * rebuilding it from the store when it does not hold the store's reports; says so on {@code console}.
     */
    static ReportIndex open(Path folder, DatasetGraph dataset, Node entitiesGraph, Consumer<String> console) {
        try {
            ReportIndex index;
            try {
                index = new ReportIndex(FSDirectory.open(folder), entitiesGraph);
            } catch (LockObtainFailedException held) {
                throw new IllegalStateException("the report index in " + folder + " is already open in this process", held);
            } catch (IOException | RuntimeException unreadable) {
                // Derived data only: an index Lucene cannot read is made again, never a reason to refuse the store.
                console.accept("Search index in " + folder + " unreadable (" + unreadable.getMessage() + "): making it anew");
                Directory directory = FSDirectory.open(folder);
                new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)).close();
                index = new ReportIndex(directory, entitiesGraph);
            }
            index.catchUp(dataset, folder.toString(), console);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** An index in memory, for a store in memory. */
    static ReportIndex inMemory(Node entitiesGraph) {
        try {
            ReportIndex index = new ReportIndex(new ByteBuffersDirectory(), entitiesGraph);
            index.fingerprint = new Fingerprint(0, 0);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of a store's dataset, or null for a dataset that no {@link ReportStore} opened. */
    public static ReportIndex of(DatasetGraph dataset) {
        return dataset.getContext().get(SYMBOL);
    }

    private void catchUp(DatasetGraph dataset, String where, Consumer<String> console) throws IOException {
        Fingerprint held = LAYOUT_VERSION.equals(commitValue(LAYOUT)) ? Fingerprint.parse(writer.getLiveCommitData()) : null;
        Txn.executeRead(dataset, () -> {
            Fingerprint store = fingerprintOf(dataset);
            StoreFigures kept = StoreFigures.decode(commitValue(STATISTICS));
            if (store.equals(held) && kept != null) {
                fingerprint = store;
                statistics = kept;
                return;
            }
            long start = System.nanoTime();
            String reason = commitValue(FINGERPRINT) == null ? "missing" : "out of date";
            try {
                writer.deleteAll();
                for (Iterator<Node> it = reports(dataset); it.hasNext(); ) {
                    writer.addDocument(document(dataset, it.next()));
                }
                fingerprint = store;
                statistics = StoreFigures.of(dataset);
                commit();
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (store.count() > 0) {
                console.accept(String.format("Report index in %s %s: rebuilt from the store's %,d reports in %.1f s", where,
                        reason, store.count(), (System.nanoTime() - start) / 1e9));
            }
        });
    }

    /** The reports a write transaction added and dropped, gathered inside it and applied to the index after its commit. */
    public final class Changes {
        private final Set<Node> added = new LinkedHashSet<>();
        private final Set<Node> dropped = new LinkedHashSet<>();
        private final List<Document> documents = new ArrayList<>();
        private long quads;
        private final Map<String, Long> classes = new HashMap<>();

        /** Quads added (positive) or removed (negative). */
        void quads(long delta) {
            quads += delta;
        }

        /** A resource newly of class {@code iri} (+1), or no longer (-1). */
        void typed(String iri, int delta) {
            classes.merge(iri, (long) delta, Long::sum);
        }

        void added(Node graph) {
            added.add(graph);
        }

        void dropped(Node graph) {
            if (!added.remove(graph)) {
                dropped.add(graph);
            }
        }

        /** Reads the added reports' text, inside the write transaction that added them (so, as committed). */
        void describe(DatasetGraph dataset) {
            added.forEach(graph -> documents.add(document(dataset, graph)));
        }
    }

    Changes changes() {
        return new Changes();
    }

    /**
     * Applies a committed transaction's changes and commits them. Called in commit order. A failure
     * is one line on standard error, never the writer's: the report is stored, and the index is
     * rebuilt the next time the store is opened.
     */
    synchronized void apply(Changes changes) {
        if (changes.added.isEmpty() && changes.dropped.isEmpty() && changes.quads == 0 && changes.classes.isEmpty()) {
            return;
        }
        try {
            Set<String> newestGone = new LinkedHashSet<>();
            for (Node graph : changes.dropped) {
                if (referrers != null) {
                    newestGone.addAll(countOut(graph.getURI()));
                }
                writer.deleteDocuments(new Term(IRI, graph.getURI()));
                fingerprint = fingerprint.without(graph.getURI());
            }
            for (Document document : changes.documents) {
                writer.addDocument(document);
                fingerprint = fingerprint.with(document.get(IRI));
                if (referrers != null) {
                    countIn(document);
                }
            }
            statistics = statistics.plus(changes.quads, changes.classes);
            // Readers see the change now; it reaches the disk with the next commit, at most COMMIT_DELAY later.
            searchers.maybeRefreshBlocking();
            for (String entity : newestGone) {
                Referrers r = referrers.get(entity);
                if (r != null) {
                    List<Hit> newest = referring(entity, 0, 1);
                    referrers.put(entity, new Referrers(r.reports(), newest.isEmpty() ? "" : newest.get(0).date()));
                }
            }
            generation++;
            if (!commitPending) {
                commitPending = true;
                committer.schedule(this::commitPending, COMMIT_DELAY.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (IOException | RuntimeException e) {
            stale = true;
            System.err.println("Report index not updated (" + e.getMessage() + "): it is rebuilt when the store is next opened");
        }
    }

    /**
     * Commits what the writes since the last commit changed: one Lucene commit (a few disk syncs)
     * for all the store's commits of a second, which a busy ingest makes many of. A process killed
     * before it leaves an index whose fingerprint is not the store's, rebuilt when the store is next opened.
     */
    private synchronized void commitPending() {
        if (!commitPending || !writer.isOpen()) {
            return;
        }
        commitPending = false;
        try {
            commit();
        } catch (IOException | RuntimeException e) {
            stale = true;
            System.err.println("Report index not saved (" + e.getMessage() + "): it is rebuilt when the store is next opened");
        }
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(FINGERPRINT, stale ? "stale" : fingerprint.toString(), LAYOUT, LAYOUT_VERSION,
                STATISTICS, statistics.encode()).entrySet());
        writer.commit();
    }

    private String commitValue(String key) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(key)) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    /** A read of the index as of its last update. */
    private interface Read<T> {
        T from(IndexSearcher searcher) throws IOException;
    }

    private <T> T read(Read<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.from(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many updates the index has had. It follows the store's commits closely but not at once:
     * a value computed from both is current when neither has moved on.
     */
    public long generation() {
        return generation;
    }

    /** The store's size and classes as of the index's last update: what the VoID description tells. */
    public synchronized StoreFigures statistics() {
        return statistics;
    }

    /** The number of reports that refer to the entity {@code iri}. */
    public int referringCount(String iri) {
        return read(searcher -> searcher.count(new TermQuery(new Term(REFERS, iri))));
    }

    /** The reports that refer to the entity {@code iri}, newest first (undated last, then by IRI), from {@code offset}. */
    public List<Hit> referring(String iri, int offset, int limit) {
        return page(new TermQuery(new Term(REFERS, iri)), sort(ReportOrder.NEWEST), offset, limit).hits();
    }

    /** The stored reports in {@code order}, from {@code offset}, with their number. */
    public Page reports(ReportOrder order, int offset, int limit) {
        return page(new MatchAllDocsQuery(), sort(order), offset, limit);
    }

    private Page page(Query query, Sort sort, int offset, int limit) {
        return read(searcher -> {
            TopDocs top = searcher.search(query, Math.max(1, offset + limit), sort);
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                Document d = stored.document(top.scoreDocs[i].doc, Set.of(IRI, HEADLINE, DATE, ENTITY_COUNT));
                hits.add(new Hit(d.get(IRI), d.get(HEADLINE), dateOf(d), "", entities(d)));
            }
            return new Page(hits, searcher.count(query));
        });
    }

    /** SPARQL's orders: DESC(?date) puts undated reports last, as does (!BOUND(?date)) ?date; ties by IRI. */
    private static Sort sort(ReportOrder order) {
        SortField newest = new SortField(DATE, SortField.Type.STRING, true);
        newest.setMissingValue(SortField.STRING_FIRST);
        SortField byIri = new SortField(IRI, SortField.Type.STRING);
        return switch (order) {
            case NEWEST -> new Sort(newest, byIri);
            case OLDEST -> {
                SortField oldest = new SortField(DATE, SortField.Type.STRING, false);
                oldest.setMissingValue(SortField.STRING_LAST);
                yield new Sort(oldest, byIri);
            }
            case MOST_ENTITIES -> new Sort(new SortField(ENTITY_COUNT, SortField.Type.INT, true), newest, byIri);
        };
    }

    /**
     * The entities most often mentioned in the reports that mention {@code iri}, with in how many,
     * most first (then by IRI): a count over the column of mentions of those reports.
     */
    public List<EntityCount> coMentioned(String iri, int limit) {
        return read(searcher -> {
            Map<String, Integer> counts = new HashMap<>();
            Weight weight = searcher.createWeight(searcher.rewrite(new TermQuery(new Term(MENTIONS_TERM, iri))),
                    ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                SortedSetDocValues mentions = DocValues.getSortedSet(leaf.reader(), MENTIONS);
                if (scorer == null) {
                    continue;
                }
                int[] perOrd = new int[(int) Math.min(Integer.MAX_VALUE, mentions.getValueCount())];
                DocIdSetIterator docs = scorer.iterator();
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if ((live == null || live.get(doc)) && mentions.advanceExact(doc)) {
                        for (int i = 0; i < mentions.docValueCount(); i++) {
                            perOrd[(int) mentions.nextOrd()]++;
                        }
                    }
                }
                for (int ord = 0; ord < perOrd.length; ord++) {
                    if (perOrd[ord] > 0) {
                        counts.merge(mentions.lookupOrd(ord).utf8ToString(), perOrd[ord], Integer::sum);
                    }
                }
            }
            counts.remove(iri);
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit).map(e -> new EntityCount(e.getKey(), e.getValue())).toList();
        });
    }

    /** For every entity some report refers to: how many do, and the newest date among them. One pass over the columns. */
    public synchronized Map<String, Referrers> referrers() {
        if (referrers == null) {
            referrers = new HashMap<>(countReferrers());
        }
        return Map.copyOf(referrers);
    }

    /** Counts a report added into {@link #referrers}. */
    private void countIn(Document document) {
        String date = dateOf(document);
        for (IndexableField field : document.getFields(REFERS)) {
            if (field.stringValue() != null) {
                referrers.merge(field.stringValue(), new Referrers(1, date),
                        (a, b) -> new Referrers(a.reports() + 1, a.newest().compareTo(b.newest()) >= 0 ? a.newest() : b.newest()));
            }
        }
    }

    /**
     * Counts a report about to be dropped out of {@link #referrers}, read from the index as it
     * still is; returns the entities whose newest report it was, whose newest date is looked up again after.
     */
    private Set<String> countOut(String iri) {
        return read(searcher -> {
            Set<String> again = new LinkedHashSet<>();
            TopDocs top = searcher.search(new TermQuery(new Term(IRI, iri)), 1);
            if (top.scoreDocs.length == 0) {
                return again;
            }
            int doc = top.scoreDocs[0].doc;
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            int local = doc - leaf.docBase;
            SortedDocValues dates = DocValues.getSorted(leaf.reader(), DATE);
            String date = dates.advanceExact(local) ? dates.lookupOrd(dates.ordValue()).utf8ToString() : "";
            SortedSetDocValues refers = DocValues.getSortedSet(leaf.reader(), REFERS);
            if (refers.advanceExact(local)) {
                for (int i = 0; i < refers.docValueCount(); i++) {
                    String entity = refers.lookupOrd(refers.nextOrd()).utf8ToString();
                    Referrers r = referrers.get(entity);
                    if (r == null) {
                        continue;
                    }
                    if (r.reports() <= 1) {
                        referrers.remove(entity);
                    } else {
                        referrers.put(entity, new Referrers(r.reports() - 1, r.newest()));
                        if (!date.isEmpty() && date.equals(r.newest())) {
                            again.add(entity);
                        }
                    }
                }
            }
            return again;
        });
    }

    /** {@link #referrers()} counted from the index: one pass over the columns of every report. */
    private Map<String, Referrers> countReferrers() {
        return read(searcher -> {
            Map<String, int[]> counts = new HashMap<>();
            Map<String, String> newest = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedSetDocValues refers = DocValues.getSortedSet(leaf.reader(), REFERS);
                SortedDocValues dates = DocValues.getSorted(leaf.reader(), DATE);
                int values = (int) Math.min(Integer.MAX_VALUE, refers.getValueCount());
                int[] perOrd = new int[values];
                int[] newestDateOrd = new int[values];
                java.util.Arrays.fill(newestDateOrd, -1);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = refers.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = refers.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    int date = dates.advanceExact(doc) ? dates.ordValue() : -1;
                    for (int i = 0; i < refers.docValueCount(); i++) {
                        int ord = (int) refers.nextOrd();
                        perOrd[ord]++;
                        newestDateOrd[ord] = Math.max(newestDateOrd[ord], date);
                    }
                }
                for (int ord = 0; ord < values; ord++) {
                    if (perOrd[ord] > 0) {
                        String entity = refers.lookupOrd(ord).utf8ToString();
                        counts.computeIfAbsent(entity, k -> new int[1])[0] += perOrd[ord];
                        if (newestDateOrd[ord] >= 0) {
                            String date = dates.lookupOrd(newestDateOrd[ord]).utf8ToString();
                            newest.merge(entity, date, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                        }
                    }
                }
            }
            Map<String, Referrers> out = new HashMap<>();
            counts.forEach((entity, n) -> out.put(entity, new Referrers(n[0], newest.getOrDefault(entity, ""))));
            return out;
        });
    }

    /**
     * The reports matching every word of {@code text} (a word ending in {@code *}: any word it
     * begins), best first: words in the headline count more than in the body, the words together
     * as a phrase more than apart.
     */
    public Results search(String text, int limit) {
        Query query = query(text);
        if (query == null) {
            return new Results(List.of(), false);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query, limit + 1);
                StoredFields stored = searcher.storedFields();
                List<Hit> hits = new ArrayList<>();
                for (ScoreDoc doc : top.scoreDocs) {
                    if (hits.size() == limit) {
                        break;
                    }
                    Document d = stored.document(doc.doc);
                    hits.add(new Hit(d.get(IRI), d.get(HEADLINE), dateOf(d), d.get(BODY), entities(d)));
                }
                return new Results(hits, top.scoreDocs.length > limit);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Lucene query for the words of {@code text}, or null when it has none. */
    private Query query(String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<String> phrase = new ArrayList<>();
        int words = 0;
        for (String chunk : text.strip().split("\\s+")) {
            boolean prefix = chunk.length() > 1 && chunk.endsWith("*");
            List<String> tokens = tokens(prefix ? chunk.substring(0, chunk.length() - 1) : chunk);
            for (int i = 0; i < tokens.size() && words < MAX_WORDS; i++, words++) {
                String token = tokens.get(i);
                boolean isPrefix = prefix && i == tokens.size() - 1;
                BooleanQuery.Builder anyField = new BooleanQuery.Builder();
                FIELDS.forEach((field, boost) -> {
                    Query one = isPrefix ? new PrefixQuery(new Term(field, token)) : new TermQuery(new Term(field, token));
                    anyField.add(new BoostQuery(one, boost), Occur.SHOULD);
                });
                all.add(anyField.build(), Occur.MUST);
                if (!isPrefix) {
                    phrase.add(token);
                }
            }
        }
        if (words == 0) {
            return null;
        }
        if (phrase.size() > 1) {
            for (String field : List.of(HEADLINE, BODY)) {
                all.add(new BoostQuery(new PhraseQuery(field, phrase.toArray(String[]::new)), 2f * FIELDS.get(field)), Occur.SHOULD);
            }
        }
        return all.build();
    }

    /** The words of {@code text} as the index holds them (lower-cased, split as Lucene's standard analyzer splits). */
    private List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The stored reports: the named graphs that are a dl:Report. */
    private static Iterator<Node> reports(DatasetGraph dataset) {
        Iterator<Quad> typed = dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), Vocab.REPORT.asNode());
        return new Iterator<>() {
            private Node next = advance();

            private Node advance() {
                while (typed.hasNext()) {
                    Quad quad = typed.next();
                    if (quad.getGraph().isURI() && quad.getGraph().equals(quad.getSubject())) {
                        return quad.getGraph();
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Node next() {
                Node current = next;
                next = advance();
                return current;
            }
        };
    }

    private static Fingerprint fingerprintOf(DatasetGraph dataset) {
        Fingerprint fingerprint = new Fingerprint(0, 0);
        for (Iterator<Node> it = reports(dataset); it.hasNext(); ) {
            fingerprint = fingerprint.with(it.next().getURI());
        }
        return fingerprint;
    }

    private Document document(DatasetGraph dataset, Node graph) {
        Document doc = new Document();
        doc.add(new StringField(IRI, graph.getURI(), Field.Store.YES));
        doc.add(new SortedDocValuesField(IRI, new BytesRef(graph.getURI())));
        doc.add(new TextField(HEADLINE, literal(dataset, graph, Vocab.HEADLINE.asNode()), Field.Store.YES));
        doc.add(new TextField(BODY, literal(dataset, graph, Vocab.ARTICLE_BODY.asNode()), Field.Store.YES));
        String date = literal(dataset, graph, Vocab.DATE_PUBLISHED.asNode());
        // Lucene wants a field's parts the same in every document that has it: an undated report
        // has no date field at all (read back as ""), not a stored one without its sort value.
        if (!date.isEmpty()) {
            doc.add(new StoredField(DATE, date));
            doc.add(new SortedDocValuesField(DATE, new BytesRef(date)));
        }
        Set<String> refers = new LinkedHashSet<>();
        for (Node property : REFERRING) {
            dataset.find(graph, graph, property, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isURI()) {
                    refers.add(q.getObject().getURI());
                }
            });
        }
        for (String entity : refers) {
            doc.add(new StringField(REFERS, entity, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(REFERS, new BytesRef(entity)));
        }
        Set<String> mentioned = new LinkedHashSet<>();
        Set<String> labels = new LinkedHashSet<>();
        dataset.find(graph, graph, Vocab.MENTIONS.asNode(), Node.ANY).forEachRemaining(mention -> {
            if (mention.getObject().isURI() && mentioned.add(mention.getObject().getURI())) {
                doc.add(new StringField(MENTIONS_TERM, mention.getObject().getURI(), Field.Store.NO));
                doc.add(new SortedSetDocValuesField(MENTIONS, new BytesRef(mention.getObject().getURI())));
            }
            dataset.find(entitiesGraph, mention.getObject(), RDFS.label.asNode(), Node.ANY)
                    .forEachRemaining(label -> labels.add(label.getObject().isLiteral() ? label.getObject().getLiteralLexicalForm() : ""));
            dataset.find(graph, mention.getObject(), Vocab.ALT_LABEL.asNode(), Node.ANY)
                    .forEachRemaining(label -> labels.add(label.getObject().isLiteral() ? label.getObject().getLiteralLexicalForm() : ""));
        });
        doc.add(new NumericDocValuesField(ENTITY_COUNT, mentioned.size()));
        doc.add(new StoredField(ENTITY_COUNT, mentioned.size()));
        doc.add(new TextField(LABELS, String.join("\n", labels), Field.Store.NO));
        return doc;
    }

    /** The report's date as stored, "" for an undated report. */
    private static String dateOf(Document d) {
        String date = d.get(DATE);
        return date == null ? "" : date;
    }

    private static int entities(Document d) {
        Number n = d.getField(ENTITY_COUNT) != null ? d.getField(ENTITY_COUNT).numericValue() : null;
        return n == null ? 0 : n.intValue();
    }

    /** The first literal value of the report's {@code property}, or "". */
    private static String literal(DatasetGraph dataset, Node graph, Node property) {
        Iterator<Quad> it = dataset.find(graph, graph, property, Node.ANY);
        while (it.hasNext()) {
            Node value = it.next().getObject();
            if (value.isLiteral()) {
                return value.getLiteralLexicalForm();
            }
        }
        return "";
    }

    @Override
    public void close() {
        committer.shutdown();
        try {
            committer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        commitPending();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Which reports an index holds: their number and the sum of 64-bit hashes of their IRIs, kept by addition. */
    private record Fingerprint(long count, long sum) {

        static Fingerprint parse(Iterable<Map.Entry<String, String>> commitData) {
            if (commitData == null) {
                return null;
            }
            for (Map.Entry<String, String> entry : commitData) {
                String[] parts = entry.getKey().equals(FINGERPRINT) ? entry.getValue().split(":") : new String[0];
                if (parts.length == 2) {
                    try {
                        return new Fingerprint(Long.parseLong(parts[0]), Long.parseUnsignedLong(parts[1], 16));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
            }
            return null;
        }

        Fingerprint with(String iri) {
            return new Fingerprint(count + 1, sum + hash(iri));
        }

        Fingerprint without(String iri) {
            return new Fingerprint(count - 1, sum - hash(iri));
        }

        private static long hash(String iri) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(iri.getBytes(StandardCharsets.UTF_8));
                long h = 0;
                for (int i = 0; i < 8; i++) {
                    h = (h << 8) | (digest[i] & 0xff);
                }
                return h;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        @Override
        public String toString() {
            return count + ":" + Long.toHexString(sum);
        }
    }
}
