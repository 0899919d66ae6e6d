package org.dateline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.ReportLinker;
import org.dateline.map.IriScheme;
import org.dateline.map.ReportMapper;
import org.dateline.link.ReportLinks;
import org.dateline.map.MappedReport;
import org.dateline.read.ReportDoc;
import org.dateline.read.SourceReader;
import org.dateline.read.UnreadableSourceException;
import org.dateline.understand.AnnotatedText;
import org.dateline.understand.CoreNlpEngine;
import org.dateline.understand.LanguageEngine;
import org.dateline.understand.RuleBasedUnderstander;
import org.dateline.understand.Understander;
import org.dateline.understand.Understanding;
import org.dateline.validate.ShapeValidator;
import org.dateline.validate.ValidationOutcome;

/**
 * Puts one very long report of each kind through read -> understand -> link -> map -> validate and
 * prints what became of it, the wall time and the peak heap. Each kind runs in a JVM of its own
 * (started with the heap limit given), so that one kind's garbage or failure does not weigh on the
 * next, and is stopped when it overruns the time limit.
 *
 * <pre>java -cp target/dateline.jar org.dateline.bench.LongReportBenchmark [--chars N] [--xmx 3g] [--timeout S] [kind ...]</pre>
 *
 * Kinds: {@code prose} (paragraphs of news sentences), {@code one-line} (a short lead, then one
 * line of words without any punctuation), {@code repeated} (one sentence on line after line, which
 * the reader joins into one paragraph) and {@code list} (a short lead, then a bulleted list without
 * punctuation). Default: all four at 2,000,000 characters, 3 GB of heap, 180 s.
 */
public final class LongReportBenchmark {

    private static final List<String> KINDS = List.of("prose", "one-line", "repeated", "list");
    private static final String RESULT = "RESULT\t";

    private LongReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        int chars = intOption(arguments, "--chars", 2_000_000);
        int timeout = intOption(arguments, "--timeout", 180);
        String xmx = stringOption(arguments, "--xmx", "3g");
        String child = stringOption(arguments, "--child", null);
        if (child != null) {
            runOne(child, chars);
            return;
        }
        List<String> kinds = arguments.isEmpty() ? KINDS : arguments;
        System.out.printf("%d characters per report, -Xmx%s, stopped after %d s%n", chars, xmx, timeout);
        System.out.printf("%-9s  %6s  %8s  %7s  %s%n", "kind", "load s", "report s", "peak MB", "outcome");
        for (String kind : kinds) {
            System.out.println(runInFreshJvm(kind, chars, xmx, timeout));
        }
    }

    /** Runs one kind in a JVM of its own and gives its row of the table. */
    private static String runInFreshJvm(String kind, int chars, String xmx, int timeout)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = Files.createTempFile("dateline-long-" + kind, ".log");
        Process process = new ProcessBuilder(java.toString(), "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"),
                LongReportBenchmark.class.getName(), "--child", kind, "--chars", Integer.toString(chars))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long start = System.nanoTime();
        boolean finished = process.waitFor(timeout, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String result = null;
        String last = "";
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Files.newInputStream(log),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(RESULT)) {
                    result = line.substring(RESULT.length());
                } else if (!line.isBlank()) {
                    last = line.strip();
                }
            }
        }
        Files.delete(log);
        if (result != null) {
            return result;
        }
        String why = finished ? "failed (exit " + process.exitValue() + "): " + last
                : String.format(Locale.ROOT, "did not finish: stopped after %.0f s", (System.nanoTime() - start) / 1e9);
        return String.format(Locale.ROOT, "%-9s  %6s  %8s  %7s  %s", kind, "-", "-", "-", why);
    }

    /** Runs one kind in this JVM and prints its row, marked for the parent to find. */
    private static void runOne(String kind, int chars) throws IOException {
        Path folder = Files.createTempDirectory("dateline-long");
        Path file = folder.resolve(kind + ".txt");
        Files.writeString(file, LongReports.of(kind, chars), StandardCharsets.UTF_8);
        long loadStart = System.nanoTime();
        CoreNlpEngine engine = CoreNlpEngine.shared();
        SourceReader reader = new SourceReader();
        ReportLinker linker = new ReportLinker(new GazetteerLinker(Gazetteer.bundled()));
        ReportMapper mapper = new ReportMapper(new IriScheme(IriScheme.DEFAULT_BASE), Clock.systemUTC(), "bench");
        ShapeValidator validator = ShapeValidator.bundled();
        double load = (System.nanoTime() - loadStart) / 1e9;

        // Thread CPU time by stage: wall time on a shared machine says more about the neighbours.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] engineCpu = {0};
        Understander understander = new RuleBasedUnderstander(new LanguageEngine() {
            @Override
            public AnnotatedText annotate(String text, LocalDate documentDate) {
                long t = threads.getCurrentThreadCpuTime();
                AnnotatedText annotated = engine.annotate(text, documentDate);
                engineCpu[0] += threads.getCurrentThreadCpuTime() - t;
                return annotated;
            }

            @Override
            public int characterLimit() {
                return engine.characterLimit();
            }
        });
        long[] cpu = new long[5];
        long start = System.nanoTime();
        String outcome;
        try {
            long t = threads.getCurrentThreadCpuTime();
            List<ReportDoc> docs = reader.read(file);
            cpu[0] = threads.getCurrentThreadCpuTime() - t;
            ReportDoc doc = docs.get(0);
            t = threads.getCurrentThreadCpuTime();
            Understanding understanding = understander.understand(doc);
            cpu[1] = threads.getCurrentThreadCpuTime() - t;
            t = threads.getCurrentThreadCpuTime();
            ReportLinks links = linker.link(doc, understanding);
            cpu[2] = threads.getCurrentThreadCpuTime() - t;
            t = threads.getCurrentThreadCpuTime();
            MappedReport mapped = mapper.map(doc, understanding, links);
            cpu[3] = threads.getCurrentThreadCpuTime() - t;
            t = threads.getCurrentThreadCpuTime();
            ValidationOutcome validation = validator.validate(mapped);
            cpu[4] = threads.getCurrentThreadCpuTime() - t;
            outcome = String.format(Locale.ROOT, "%s, body %,d chars, %,d mentions, %,d triples",
                    validation.conforms() ? "conforms" : "does not conform", doc.body().length(),
                    understanding.mentions().size(), mapped.graph().size())
                    + understanding.notes().stream().map(note -> "; " + note).collect(Collectors.joining());
        } catch (UnreadableSourceException e) {
            outcome = "set aside: " + e.reason();
        } catch (OutOfMemoryError e) {
            outcome = "out of memory";
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String stages = String.format(Locale.ROOT, "read %.1f engine %.1f rules %.1f link %.1f map %.1f validate %.1f",
                cpu[0] / 1e9, engineCpu[0] / 1e9, (cpu[1] - engineCpu[0]) / 1e9, cpu[2] / 1e9, cpu[3] / 1e9, cpu[4] / 1e9);
        System.out.printf(Locale.ROOT, "%s%-9s  %6.1f  %8.1f  %7.0f  %s [cpu s: %s]%n", RESULT, kind, load, seconds,
                peakHeapBytes() / 1e6, outcome, stages);
        Files.delete(file);
        Files.delete(folder);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap ever in use. */
    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static int intOption(List<String> arguments, String name, int otherwise) {
        String value = stringOption(arguments, name, null);
        return value == null ? otherwise : Integer.parseInt(value.replace("_", "").replace(",", ""));
    }

    private static String stringOption(List<String> arguments, String name, String otherwise) {
        int at = arguments.indexOf(name);
        if (at < 0 || at + 1 >= arguments.size()) {
            return otherwise;
        }
        String value = arguments.get(at + 1);
        arguments.remove(at + 1);
        arguments.remove(at);
        return value;
    }
}
