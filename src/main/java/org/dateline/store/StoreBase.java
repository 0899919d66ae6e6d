package org.dateline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The base IRI a store's reports were minted under, kept in a small file inside the store folder.
 * The IRIs in the data depend on it, so a store ingested under one base and served or extended
 * under another would mix two sets of IRIs: this catches that instead.
 */
public final class StoreBase {

    private static final String FILE = "dateline-base.txt";

    private StoreBase() {
    }

    /**
     * The base to use for the store in {@code folder}: the one it was built with, or
     * {@code requested} (or {@code fallback} when null) for a new store, which is then recorded.
     *
     * @throws IllegalArgumentException when {@code requested} differs from the store's own base
     */
    public static String resolve(Path folder, String requested, String fallback) {
        Path file = folder.resolve(FILE);
        try {
            if (Files.exists(file)) {
                String recorded = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (requested != null && !requested.equals(recorded)) {
                    throw new IllegalArgumentException("the store " + folder + " holds IRIs under the base " + recorded
                            + ", not " + requested + ": use --base " + recorded + " or another --db");
                }
                return recorded;
            }
            String base = requested != null ? requested : fallback;
            Files.createDirectories(folder);
            Files.writeString(file, base + System.lineSeparator(), StandardCharsets.UTF_8);
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the base IRI in " + file, e);
        }
    }
}
