package org.dateline.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.evaluate.corpus.ReportLayout.Range;
import org.dateline.read.ReportDoc;

/**
 * A gold file of one's own: a TSV file (UTF-8, a header line, then one annotation a line) that says
 * what a report names, links, dates and quotes, by the words as they appear in its body.
 *
 * <pre>
 * file       layer      text                 value
 * abiy.txt   name       Abiy Ahmed           PER
 * abiy.txt   link       Abiy Ahmed           Q7075405
 * abiy.txt   date       last July            2023-07
 * abiy.txt   quotation  We will not retreat  Abiy Ahmed
 * abiy.txt   quotation  Down with            (empty: no one in particular said it)
 * </pre>
 *
 * <ul>
 * <li>{@code file}: the report, relative to the folder of texts (the gold file's folder unless told).</li>
 * <li>{@code layer}: {@code name} (value PER, ORG or LOC), {@code link} (value a Wikidata QID or a
 * Wikipedia title), {@code date} (value yyyy, yyyy-MM or yyyy-MM-dd), {@code quotation} (text: the
 * first words of a direct quotation, value: who said it, empty when no one in particular did).</li>
 * <li>{@code text} is found in the body the reader keeps, case, quote marks and line breaks aside: the
 * first time after the previous annotation of the same layer in the same file, else the first time
 * at all. A text not found is reported, not scored.</li>
 * </ul>
 * The quotation gold of the development corpus ({@code id  quote_start  speaker  speaker_kind  notes},
 * the report being {@code id.txt}) is read as it is.
 */
final class UserGold {

    /** One line of the gold. */
    record Row(String file, String layer, String text, String value, int line) {
    }

    static final Set<String> LAYERS = Set.of("name", "link", "date", "quotation");

    private UserGold() {
    }

    /**
     * The documents of a gold file, in order of first appearance.
     *
     * @param texts the folder the file names are relative to
     * @param keep  the file names to keep (the development split); null for all
     * @throws IOException when the file cannot be read, or a line is not in the format (naming the line)
     */
    static List<GoldSource> read(Path gold, Path texts, Set<String> keep) throws IOException {
        List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(gold + ": empty gold file (a header line and annotations expected)");
        }
        List<String> header = List.of(lines.get(0).strip().toLowerCase(Locale.ROOT).split("\t"));
        boolean quotesOnly = header.size() >= 3 && header.get(0).equals("id") && header.get(1).equals("quote_start");
        if (!quotesOnly && !(header.size() >= 4 && header.subList(0, 4).equals(List.of("file", "layer", "text", "value")))) {
            throw new IOException(gold + ":1: header must be 'file<TAB>layer<TAB>text<TAB>value' "
                    + "(or the development corpus's 'id<TAB>quote_start<TAB>speaker...'), found '" + lines.get(0) + "'");
        }
        Map<String, List<Row>> byFile = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            Row row = quotesOnly
                    ? new Row(c[0].strip() + ".txt", "quotation", c.length > 1 ? c[1].strip() : "", c.length > 2 ? c[2].strip() : "", i + 1)
                    : new Row(c[0].strip(), c.length > 1 ? c[1].strip().toLowerCase(Locale.ROOT) : "",
                            c.length > 2 ? c[2].strip() : "", c.length > 3 ? c[3].strip() : "", i + 1);
            if (row.file.isEmpty() || row.text.isEmpty() || !LAYERS.contains(row.layer)) {
                throw new IOException(gold + ":" + (i + 1) + ": a file, a layer (" + String.join(", ", LAYERS.stream().sorted().toList())
                        + ") and a text expected, found '" + line + "'");
            }
            if (row.layer.equals("name") && !Set.of("PER", "ORG", "LOC").contains(row.value.toUpperCase(Locale.ROOT))) {
                throw new IOException(gold + ":" + (i + 1) + ": a name's value is PER, ORG or LOC, found '" + row.value + "'");
            }
            String id = row.file.replaceFirst("\\.[^.]*$", "");
            if (keep == null || keep.contains(id)) {
                byFile.computeIfAbsent(row.file, k -> new ArrayList<>()).add(row);
            }
        }
        List<GoldSource> sources = new ArrayList<>();
        byFile.forEach((file, rows) -> sources.add(new Source(texts.resolve(file), file, rows)));
        return sources;
    }

    private static final class Source implements GoldSource {
        private final Path file;
        private final String name;
        private final List<Row> rows;
        private final List<String> unplaced = new ArrayList<>();

        Source(Path file, String name, List<Row> rows) {
            this.file = file;
            this.name = name;
            this.rows = List.copyOf(rows);
        }

        @Override
        public String id() {
            return name;
        }

        @Override
        public Path report(Path work) {
            return file;
        }

        @Override
        public GoldDocument gold(ReportDoc doc) {
            String body = doc.body();
            String folded = fold(body);
            Map<String, Integer> cursor = new LinkedHashMap<>();
            List<GoldDocument.Mention> mentions = new ArrayList<>();
            List<GoldDocument.Time> times = new ArrayList<>();
            List<GoldDocument.Quotation> quotations = new ArrayList<>();
            for (Row row : rows) {
                String needle = fold(row.text);
                int from = cursor.getOrDefault(row.layer, 0);
                int at = folded.indexOf(needle, from);
                if (at < 0) {
                    at = folded.indexOf(needle);
                }
                if (at < 0) {
                    unplaced.add(name + ":" + row.line + " " + row.layer + " '" + row.text + "' is not in the body");
                    continue;
                }
                cursor.put(row.layer, at + 1);
                Range range = new Range(at, at + needle.length());
                switch (row.layer) {
                    case "name" -> mentions.add(new GoldDocument.Mention(range,
                            GoldDocument.Type.valueOf(row.value.toUpperCase(Locale.ROOT)), null, true, null));
                    case "link" -> mentions.add(new GoldDocument.Mention(range, GoldDocument.Type.OTHER, null, true, row.value));
                    case "date" -> times.add(new GoldDocument.Time(range, row.value));
                    default -> quotations.add(new GoldDocument.Quotation(range, row.value));
                }
            }
            List<Range> whole = List.of(new Range(0, body.length()));
            Set<GoldDocument.Layer> layers = EnumSet.noneOf(GoldDocument.Layer.class);
            for (Row row : rows) {
                switch (row.layer) {
                    case "name" -> layers.add(GoldDocument.Layer.NAMES);
                    case "link" -> layers.add(GoldDocument.Layer.LINKS);
                    case "date" -> layers.add(GoldDocument.Layer.DATES);
                    default -> layers.addAll(List.of(GoldDocument.Layer.QUOTATIONS, GoldDocument.Layer.SPEAKERS));
                }
            }
            return new GoldDocument(name, body, whole, whole, mentions, times, quotations, List.of(), List.of(), layers);
        }

        List<String> unplaced() {
            return unplaced;
        }
    }

    /** What was not found in its body, for the documents read so far. */
    static List<String> unplaced(GoldSource source) {
        return source instanceof Source s ? s.unplaced() : List.of();
    }

    /** Lower case, one kind of quote mark and of apostrophe, spaces for line breaks: as long as the text, so offsets hold. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("“”„«»\"".indexOf(c) >= 0) {
                c = '"';
            } else if ("‘’‚′`".indexOf(c) >= 0) {
                c = '\'';
            } else if (Character.isWhitespace(c) || c == '\u00a0') {
                c = ' ';
            } else if (Character.toLowerCase(c) <= 0xFFFF) {
                c = Character.toLowerCase(c);
            }
            out.append(c);
        }
        return out.toString();
    }
}
