package org.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.dateline.bench.ReportGenerator;
import org.dateline.map.IriScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports per second of the job with local[1] and local[2], and the ratio. Runs only when asked:
 * {@code mvn -B verify -f spark/pom.xml -Dtest=JobBenchmark -Ddateline.bench.reports=200}.
 */
class JobBenchmark {

    @TempDir
    Path dir;

    @Test
    void reportsPerSecondWithOneAndTwoCores() throws IOException {
        String asked = System.getProperty("dateline.bench.reports");
        assumeTrue(asked != null, "benchmark: set -Ddateline.bench.reports=N to run it");
        int count = Integer.parseInt(asked);
        List<String> paths = List.of(new ReportGenerator(7).write(dir.resolve("reports"), count).get(0).getParent().toString());
        JobOptions options = new JobOptions(IriScheme.DEFAULT_BASE, true, List.of(), Instant.now().toString());
        // The language engine is loaded once in this JVM, by a warm-up run, as an executor keeps it.
        try (JavaSparkContext spark = SparkJobTest.local(1)) {
            List<String> one = List.of(new ReportGenerator(8).write(dir.resolve("warm"), 4).get(0).toString());
            DatelineJob.run(spark, one, dir.resolve("out-warm").toString(), options, 1);
        }
        double[] rates = new double[3];
        for (int cores : new int[] {1, 2}) {
            try (JavaSparkContext spark = SparkJobTest.local(cores); LiveHeap heap = new LiveHeap()) {
                DatelineJob.Summary summary = DatelineJob.run(spark, paths, dir.resolve("out-" + cores).toString(), options, 0);
                assertEquals(count, summary.reports());
                rates[cores] = summary.reportsPerSecond();
                System.out.printf("local[%d]: %d reports in %.1f s, %.2f reports/s, peak live heap %d MB (max %d MB)%n",
                        cores, summary.reports(), summary.seconds(), summary.reportsPerSecond(), heap.peakMegabytes(),
                        Runtime.getRuntime().maxMemory() >> 20);
            }
        }
        System.out.printf("local[2] / local[1]: %.2f%n", rates[2] / rates[1]);
    }
}
