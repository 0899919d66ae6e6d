package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks that set aside what is not news refuse no real news: the seed reports, the GUM news
 * texts and the MEANTIME articles in ../shared (texts rebuilt roughly from their tokens) are all
 * read as reports.
 */
class RealNewsIsNotRefusedTest {

    private static final Path SHARED = Path.of(System.getProperty("dateline.shared", "../shared"));
    private static final Pattern MEANTIME_TOKEN = Pattern.compile("<token [^>]*sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");

    @TempDir
    Path dir;

    @Test
    void seedsGumAndMeantimeAreAllReadAsReports() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("corpora")), "shared corpora not found at "
                + SHARED.toAbsolutePath() + " (set -Ddateline.shared=DIR): skipped");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(SHARED.resolve("seeds"))) {
            seeds.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        try (Stream<Path> gum = Files.list(SHARED.resolve("corpora/gum-wikinews/xml"))) {
            for (Path xml : gum.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                files.add(Fixtures.write(dir, xml.getFileName() + ".txt", gumText(Files.readString(xml))));
            }
        }
        try (Stream<Path> meantime = Files.walk(SHARED.resolve("corpora/meantime-en"))) {
            for (Path xml : meantime.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                files.add(Fixtures.write(dir, xml.getFileName() + ".txt", meantimeText(Files.readString(xml))));
            }
        }
        assertTrue(files.size() >= 100, "seeds, 18 GUM texts and 90 MEANTIME articles: " + files.size());
        List<String> refused = new ArrayList<>();
        SourceReader reader = new SourceReader();
        for (Path file : files) {
            try {
                reader.read(file);
            } catch (UnreadableSourceException e) {
                refused.add(file.getFileName() + ": " + e.reason());
            }
        }
        assertEquals(List.of(), refused);
    }

    /** GUM's XML: a token per line (word, tab, tags); heads, paragraphs, items and captions as blocks. */
    static String gumText(String xml) {
        StringBuilder text = new StringBuilder();
        StringBuilder block = new StringBuilder();
        for (String line : xml.split("\n")) {
            if (line.contains("\t")) {
                block.append(block.isEmpty() ? "" : " ").append(unescape(line.substring(0, line.indexOf('\t'))));
            } else if (line.matches("</?(head|p|item|caption|list)\\b.*")) {
                flush(text, block);
            }
        }
        flush(text, block);
        return text.toString();
    }

    /** MEANTIME's XML: tokens numbered by sentence; the first sentence is the title, then paragraphs of three. */
    static String meantimeText(String xml) {
        List<StringBuilder> sentences = new ArrayList<>();
        Matcher token = MEANTIME_TOKEN.matcher(xml);
        while (token.find()) {
            int sentence = Integer.parseInt(token.group(1));
            while (sentences.size() <= sentence) {
                sentences.add(new StringBuilder());
            }
            StringBuilder s = sentences.get(sentence);
            s.append(s.isEmpty() ? "" : " ").append(unescape(token.group(2)));
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            text.append(sentences.get(i)).append(i == 0 || i % 3 == 0 ? "\n\n" : "\n");
        }
        return text.toString();
    }

    private static void flush(StringBuilder text, StringBuilder block) {
        if (!block.isEmpty()) {
            text.append(block).append("\n\n");
            block.setLength(0);
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
