package org.dateline.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.dateline.evaluate.corpus.GumDocument;
import org.dateline.evaluate.corpus.MeantimeDocument;

/**
 * A set of annotated documents to evaluate on, recognised from what a path holds: a folder of MEANTIME
 * CAT XML files (root {@code <Document>}), a GUM folder (its {@code xml/} files, with the entities of
 * {@code tsv/} beside them), one file of either, or a gold TSV file of one's own ({@link UserGold}).
 */
public record Corpus(String name, List<GoldSource> sources) {

    public Corpus {
        sources = List.copyOf(sources);
    }

    /** The kinds of annotated documents recognised. */
    enum Kind {
        MEANTIME, GUM, USER
    }

    /**
     * Loads what a path holds.
     *
     * @param texts where a gold TSV file's reports are; null for the gold file's own folder
     * @param keep  for a gold TSV file, the report ids to keep; null for all
     * @throws IOException when the path holds nothing recognised, or a file is not well-formed (naming it)
     */
    public static Corpus load(Path path, Path texts, Set<String> keep) throws IOException {
        if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase().endsWith(".tsv")) {
            Path folder = texts != null ? texts : path.toAbsolutePath().getParent();
            return new Corpus(path.getFileName().toString(), UserGold.read(path, folder, keep));
        }
        List<Path> files = xmlFiles(path);
        List<GoldSource> sources = new ArrayList<>();
        int meantime = 0;
        int gum = 0;
        for (Path file : files) {
            Kind kind = kind(file);
            if (kind == Kind.MEANTIME) {
                MeantimeDocument doc = MeantimeDocument.read(file);
                sources.add(new CorpusSource(doc, MeantimeGold.of(doc)));
                meantime++;
            } else if (kind == Kind.GUM) {
                GumDocument doc = GumDocument.read(file);
                sources.add(new CorpusSource(doc, GumGold.of(doc)));
                gum++;
            }
        }
        if (sources.isEmpty()) {
            throw new IOException(path + ": no MEANTIME or GUM document and not a gold .tsv file");
        }
        String name = meantime > 0 && gum > 0 ? "MEANTIME and GUM" : meantime > 0 ? "MEANTIME" : "GUM";
        return new Corpus(name + " (" + path + ")", sources);
    }

    /** The .xml files under a path (a GUM folder's xml/ only: its tsv/ and conllu/ are read beside them). */
    private static List<Path> xmlFiles(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException(path + ": no such file or folder");
        }
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /** MEANTIME or GUM by the root element, read from the file's first bytes; null for neither. */
    static Kind kind(Path file) throws IOException {
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String start = new String(head, 0, n, StandardCharsets.UTF_8);
        if (start.contains("<Document ")) {
            return Kind.MEANTIME;
        }
        if (start.contains("<text ") && start.contains("GUM_")) {
            return Kind.GUM;
        }
        return null;
    }
}
