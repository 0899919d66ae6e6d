package org.dateline.spark;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.dateline.map.IriScheme;
import org.dateline.pipeline.ProcessedReport;
import org.dateline.pipeline.ReportQuads;
import org.dateline.pipeline.ReportResult;
import org.dateline.pipeline.SourceResult;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * The Dateline pipeline as a Spark job: report files in, N-Quads shards out, for
 * {@code dateline load} to build a store from. Each source goes through the same function as in
 * {@code ingest} ({@link SourceResult}); what the store does across reports (an entity's one
 * label, its highest link confidence, one copy of a report found twice) is done over the whole
 * output afterwards, in {@code ingest}'s order, and so is what the link stage's memory of unlinked
 * people does across reports ({@link PeopleReplay}).
 *
 * <p>Writes under {@code OUT}: {@code reports/} (report graphs, gzipped N-Quads), {@code entities/}
 * (the shared entities graph), {@code rejects/} (a line per report or file set aside, with the reason).
 */
@Command(name = "dateline-spark", mixinStandardHelpOptions = true,
        description = "Run the Dateline pipeline over report files and folders (local or any Hadoop file system) "
                + "and write the graphs as N-Quads shards for dateline load.")
public final class DatelineJob implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report files or folders (paths or URIs).")
    List<String> paths;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (must not exist).")
    String out;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base of the IRIs minted (default: ${DEFAULT-VALUE}); dateline load --base takes the same.")
    String base;

    @Option(names = "--no-nlp", description = "Map each report's metadata only: skip the language engine.")
    boolean noNlp;

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "Your own gazetteer file (as ingest --gazetteer), at the same path on every executor.")
    List<String> gazetteers = new ArrayList<>();

    @Option(names = "--generated-at", paramLabel = "INSTANT",
            description = "The ingestion time recorded in every report (default: when the job starts); give the same to get the same bytes.")
    String generatedAt;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions of the source list (default: 4 per core the cluster offers).")
    int partitions;

    /**
     * What a run did.
     *
     * @param redone files taken through the pipeline a second time, for a person one machine
     *               would have matched with one of an earlier file ({@link PeopleReplay})
     */
    public record Summary(long files, long reports, long setAside, long redone, double seconds) {

        public double reportsPerSecond() {
            return reports / seconds;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new DatelineJob()).execute(args));
    }

    @Override
    public Integer call() {
        SparkConf conf = new SparkConf().setAppName("dateline");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            Summary summary = run(spark, paths, out, options(), partitions);
            System.out.printf("%d reports from %d files in %.1f s (%.2f reports/s), %d set aside (see %s/rejects), "
                    + "%d files done again for people of earlier files%n", summary.reports(), summary.files(),
                    summary.seconds(), summary.reportsPerSecond(), summary.setAside(), out, summary.redone());
            return summary.setAside() == 0 ? 0 : 1;
        }
    }

    JobOptions options() {
        String at = generatedAt != null ? Instant.parse(generatedAt).toString()
                : Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        return new JobOptions(base, !noNlp, gazetteers, at);
    }

    /**
     * Runs the job: sources listed on the driver in {@code ingest}'s order, processed in
     * partitions, written under {@code out}.
     *
     * @param partitions how many partitions the source list is cut into (0: 4 per core)
     */
    public static Summary run(JavaSparkContext spark, List<String> paths, String out, JobOptions options, int partitions) {
        long start = System.nanoTime();
        SourceList.Listing listing = SourceList.expand(paths, spark.hadoopConfiguration());
        List<Tuple2<String, Long>> indexed = new ArrayList<>();
        for (int i = 0; i < listing.files().size(); i++) {
            indexed.add(new Tuple2<>(listing.files().get(i), (long) i));
        }
        int slices = partitions > 0 ? partitions : Math.max(1, 4 * spark.defaultParallelism());
        slices = Math.max(1, Math.min(slices, indexed.size()));

        // The expensive part, done once: kept on the executors (spilling to disk) for the passes below.
        JavaRDD<SourceOutput> firstPass = spark.parallelize(indexed, slices)
                .mapPartitions(files -> process(files, options, Map.of()))
                .persist(StorageLevel.MEMORY_AND_DISK());

        // Cross-report identity: the people each file's memory met, replayed in file order on the
        // driver; the few files one machine would have given another node are done again.
        Map<Long, List<MetPerson>> met = new HashMap<>(firstPass.filter(s -> !s.met().isEmpty())
                .mapToPair(s -> new Tuple2<>(s.fileIndex(), s.met())).collectAsMap());
        Map<Long, List<MetPerson>> redo = PeopleReplay.filesToRedo(met);
        JavaRDD<SourceOutput> sources = firstPass;
        if (!redo.isEmpty()) {
            Broadcast<Map<Long, List<MetPerson>>> earlier = spark.broadcast(redo);
            List<Tuple2<String, Long>> again = indexed.stream().filter(file -> redo.containsKey(file._2())).toList();
            JavaRDD<SourceOutput> redone = spark.parallelize(again, Math.min(slices, again.size()))
                    .mapPartitions(files -> process(files, options, earlier.value()));
            sources = firstPass.filter(s -> !earlier.value().containsKey(s.fileIndex())).union(redone)
                    .persist(StorageLevel.MEMORY_AND_DISK());
        }

        String entitiesGraph = new IriScheme(options.base()).entitiesGraph();
        JavaRDD<ReportOutput> reports = firstOfEachReport(spark, sources.flatMap(s -> s.reports().iterator()));
        EntityMerge.Merged merged = EntityMerge.merge(reports, entitiesGraph);

        reports.flatMap(r -> r.quads().iterator()).union(merged.altLabels())
                .saveAsTextFile(out + "/reports", GzipCodec.class);
        merged.entities().saveAsTextFile(out + "/entities", GzipCodec.class);
        JavaRDD<String> setAside = sources.flatMap(s -> s.setAside().iterator())
                .union(spark.parallelize(listing.missing().stream().map(ReportResult::line).toList(), 1));
        setAside.coalesce(1).saveAsTextFile(out + "/rejects");

        long reportCount = reports.count();
        long setAsideCount = setAside.count();
        sources.unpersist();
        if (sources != firstPass) {
            firstPass.unpersist();
        }
        return new Summary(listing.files().size(), reportCount, setAsideCount, redo.size(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * The function per source, the stages set up once per executor JVM.
     *
     * @param earlier for a file done again, the people of earlier files its memory starts with
     */
    private static Iterator<SourceOutput> process(Iterator<Tuple2<String, Long>> files, JobOptions options,
            Map<Long, List<MetPerson>> earlier) {
        ExecutorStages stages = ExecutorStages.get(options);
        List<SourceOutput> outputs = new ArrayList<>();
        String entitiesGraph = new IriScheme(options.base()).entitiesGraph();
        while (files.hasNext()) {
            Tuple2<String, Long> file = files.next();
            ExecutorStages.Processed processed = stages.process(file._1(), earlier.getOrDefault(file._2(), List.of()));
            SourceResult result = processed.result();
            List<ReportOutput> reports = new ArrayList<>();
            for (ProcessedReport report : result.conforming()) {
                reports.add(new ReportOutput(ReportOutput.order(file._2(), report.doc().source().position()),
                        report.mapped().reportIri(), ReportQuads.reportGraph(report.mapped()),
                        ReportQuads.entities(report.mapped(), entitiesGraph)));
            }
            outputs.add(new SourceOutput(file._2(), reports, result.setAside().stream().map(ReportResult::line).toList(),
                    processed.met()));
        }
        return outputs.iterator();
    }

    /**
     * One copy of each report: two files with the same report give one IRI, and the store keeps
     * the first ({@code unchanged} for the second). Such repeats are few, so only they reach the driver.
     */
    private static JavaRDD<ReportOutput> firstOfEachReport(JavaSparkContext spark, JavaRDD<ReportOutput> reports) {
        JavaPairRDD<String, Long> orders = reports.mapToPair(r -> new Tuple2<>(r.iri(), r.order()));
        Map<String, Long> repeated = orders.mapValues(order -> new Tuple2<>(order, 1))
                .reduceByKey((a, b) -> new Tuple2<>(Math.min(a._1(), b._1()), a._2() + b._2()))
                .filter(pair -> pair._2()._2() > 1)
                .mapValues(Tuple2::_1)
                .collectAsMap();
        if (repeated.isEmpty()) {
            return reports;
        }
        Broadcast<Map<String, Long>> first = spark.broadcast(new java.util.HashMap<>(repeated));
        return reports.filter(r -> first.value().getOrDefault(r.iri(), r.order()) == r.order());
    }
}
