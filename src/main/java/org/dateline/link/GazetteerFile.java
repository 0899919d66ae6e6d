package org.dateline.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The gazetteer's file format, shared by the bundled resource and users' own files: UTF-8,
 * tab-separated, one item a line, a header line and lines starting with "#" ignored. Columns:
 * {@value #HEADER}. Lists inside a cell are separated by "|". Only qid, type and label are required;
 * trailing columns may be left out.
 */
public final class GazetteerFile {

    public static final String HEADER = "qid\ttype\tlabel\taliases\tdemonyms\tcountry\tprior\tpositions";

    private GazetteerFile() {
    }

    public static String format(GazetteerEntry e) {
        return String.join("\t", e.qid(), e.type().fileName(), e.label(), String.join("|", e.aliases()),
                String.join("|", e.demonyms()), e.countryQid() == null ? "" : e.countryQid(),
                Long.toString(e.prior()), String.join("|", e.positions()));
    }

    /** Reads entries; {@code source} names the file in error messages. */
    public static List<GazetteerEntry> read(BufferedReader reader, String source) throws IOException {
        List<GazetteerEntry> entries = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("qid\t")) {
                continue;
            }
            String[] cells = Arrays.copyOf(line.split("\t", -1), 8);
            try {
                entries.add(new GazetteerEntry(cell(cells[0]), EntityType.parse(cell(cells[1])), cell(cells[2]),
                        list(cells[3]), list(cells[4]), cell(cells[5]),
                        cell(cells[6]).isEmpty() ? 0 : Long.parseLong(cell(cells[6])), list(cells[7])));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + " line " + number + ": " + e.getMessage()
                        + " (expected " + HEADER.replace('\t', ' ') + ", tab-separated)", e);
            }
        }
        return entries;
    }

    private static String cell(String text) {
        return text == null ? "" : text.strip();
    }

    private static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        for (String item : cell(text).split("\\|")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
