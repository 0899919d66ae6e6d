package org.dateline.understand.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO-to-PLOVER table ({@code CAMEO2PLOVER-2021.txt}): lines {@code 0874: RETREAT, disarm, military # …}
 * give a CAMEO code its PLOVER category, mode and context. The table has no line for the CAMEO
 * statements and appeals (01, 02), which PLOVER drops: those codes map to nothing.
 */
final class CameoToPlover {

    /** A PLOVER category and its mode ("" when the table gives none). */
    record Plover(String category, String mode) {
    }

    private final Map<String, Plover> byCode = new LinkedHashMap<>();

    static CameoToPlover read(Path file) throws IOException {
        CameoToPlover table = new CameoToPlover();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            int colon = line.indexOf(':');
            if (colon < 0 || line.startsWith("~")) {
                continue;
            }
            String code = line.substring(0, colon).strip();
            if (!code.matches("[0-9]{2,4}")) {
                continue;
            }
            String[] fields = line.substring(colon + 1).split(",", -1);
            String category = fields[0].strip();
            String mode = fields.length > 1 ? fields[1].strip() : "";
            // The first line of a code stands (175 is listed twice; 08 heads both CONCEDE and RETREAT).
            table.byCode.putIfAbsent(code, new Plover(category, mode));
        }
        return table;
    }

    /**
     * The PLOVER reading of a CAMEO code: the code's own line, else its three-digit parent's, else
     * the root's default ("0" appended: 08 -> 080, CONCEDE), else the root's line.
     */
    Optional<Plover> of(String code) {
        if (!code.matches("[0-9]{2,4}")) {
            return Optional.empty();
        }
        for (String candidate : new String[] {code, code.length() > 3 ? code.substring(0, 3) : code,
            code.substring(0, 2) + "0", code.substring(0, 2)}) {
            Plover plover = byCode.get(candidate);
            if (plover != null) {
                return Optional.of(plover);
            }
        }
        return Optional.empty();
    }
}
