package org.dateline.bench;

import java.nio.file.Path;
import java.util.List;

/** The benchmarks' named options ({@code --store DIR}, {@code --seed N}): each taken out of the arguments, leaving the positional ones. */
final class BenchOptions {

    private BenchOptions() {
    }

    /** The value after {@code option}, removed from the arguments with it; null without it. */
    static String take(List<String> arguments, String option, String needs) {
        int at = arguments.indexOf(option);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= arguments.size()) {
            throw new IllegalArgumentException(option + " needs " + needs);
        }
        String value = arguments.get(at + 1);
        arguments.subList(at, at + 2).clear();
        return value;
    }

    /** The number after {@code option}, taken out of the arguments; {@code absent} without it. */
    static int number(List<String> arguments, String option, int absent) {
        String value = take(arguments, option, "a number");
        return value == null ? absent : Integer.parseInt(value);
    }

    /** The reports in the store at {@code --store DIR} (removed from the arguments), or null for a fresh store. */
    static Path store(List<String> arguments) {
        String folder = take(arguments, "--store", "a folder");
        return folder == null ? null : Path.of(folder);
    }
}
