package org.dateline.link.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's tab-separated files (the extracts, the development corpus's manifest and
 * gold): a header row, cells stripped, lists inside a cell separated by "|". The one TSV reader.
 */
public final class Tsv {

    private Tsv() {
    }

    /** The rows, each a map from the header's column names to the row's cells (missing cells empty). */
    public static List<Map<String, String>> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i].strip() : "");
            }
            rows.add(row);
        }
        return rows;
    }

    static List<String> list(String cell) {
        List<String> items = new ArrayList<>();
        if (cell != null) {
            for (String item : cell.split("\\|")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }
}
