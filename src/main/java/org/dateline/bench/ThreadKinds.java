package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of the JVM's own threads (the JIT compilers, the garbage collector), read from Linux's
 * /proc: they are invisible to {@code ThreadMXBean}, yet on a short run they take a large share of
 * the process's CPU, the part that per-stage timings cannot account for. Empty where there is no /proc.
 */
final class ThreadKinds {

    private static final Path TASKS = Path.of("/proc/self/task");
    /** Kinds by the start of the thread's name (Linux keeps its first 15 characters). */
    private static final Map<String, String> KINDS = kinds();

    private ThreadKinds() {
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("C2 CompilerThre", "JIT compiler");
        kinds.put("C1 CompilerThre", "JIT compiler");
        kinds.put("GC Thread", "GC");
        kinds.put("G1 ", "GC");
        return kinds;
    }

    /** CPU nanoseconds so far of each live thread, keyed by its id and name (so that a later reading can subtract). */
    static Map<String, Long> cpuNanos() {
        Map<String, Long> byThread = new TreeMap<>();
        if (!Files.isDirectory(TASKS)) {
            return byThread;
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    // schedstat's first field: nanoseconds on a CPU.
                    long nanos = Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]);
                    byThread.put(task.getFileName() + " " + name, nanos);
                } catch (IOException | RuntimeException e) {
                    // The thread ended while we looked, or the kernel keeps no schedstat: leave it out.
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return byThread;
    }

    /** CPU time of the JIT compilers and of the GC since {@code start} (a reading of {@link #cpuNanos}). */
    static Map<String, Long> since(Map<String, Long> start) {
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (String kind : List.of("JIT compiler", "GC")) {
            kinds.put(kind, 0L);
        }
        for (Map.Entry<String, Long> thread : cpuNanos().entrySet()) {
            String name = thread.getKey().substring(thread.getKey().indexOf(' ') + 1);
            KINDS.entrySet().stream().filter(k -> name.startsWith(k.getKey())).map(Map.Entry::getValue).findFirst()
                    .ifPresent(kind -> kinds.merge(kind, thread.getValue() - start.getOrDefault(thread.getKey(), 0L), Long::sum));
        }
        return kinds;
    }
}
