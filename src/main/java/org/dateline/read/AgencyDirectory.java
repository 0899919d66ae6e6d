package org.dateline.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * News agency codes as datelines give them ("RHC", "AFP", "Reuters"), the agencies' names and the
 * other names they go by ("ITAR-TASS", "Canadian Press"). Kept as data ({@code agencies.tsv}) so
 * that adding an agency needs no code change.
 */
public final class AgencyDirectory {

    static final String RESOURCE = "/org/dateline/read/agencies.tsv";

    private static final AgencyDirectory STANDARD = load();

    private final Map<String, String> namesByCode;
    private final Set<String> knownNames;

    AgencyDirectory(Map<String, String> namesByCode, Map<String, String> namesByAlias) {
        Map<String, String> byCode = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        namesByCode.forEach((code, name) -> {
            byCode.put(code.toLowerCase(Locale.ROOT), name);
            names.add(name.toLowerCase(Locale.ROOT));
            names.add(code.toLowerCase(Locale.ROOT));
        });
        // "ITAR-TASS", "Canadian Press": other names an agency goes by, known and written out like codes.
        namesByAlias.forEach((alias, name) -> {
            byCode.putIfAbsent(alias.toLowerCase(Locale.ROOT), name);
            names.add(alias.toLowerCase(Locale.ROOT));
        });
        this.namesByCode = Map.copyOf(byCode);
        this.knownNames = Set.copyOf(names);
    }

    /** The directory shipped with Dateline. */
    public static AgencyDirectory standard() {
        return STANDARD;
    }

    /** The agency's name for a code, ignoring case ("dpa", "DPA"); empty when unknown. */
    public Optional<String> nameOf(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(namesByCode.get(code.strip().toLowerCase(Locale.ROOT)));
    }

    /** The name for the code when known, else the code itself (so the reader never loses it). */
    public String nameOrCode(String code) {
        return nameOf(code).orElse(code);
    }

    /**
     * The agency as a report credits it: a code is written out ("AFP" gives "Agence France-Presse",
     * "dpa" "Deutsche Presse-Agentur"), a name stays as written ("Xinhua", "Reuters", "Associated
     * Press"). A code is three letters or fewer, or five or fewer in capitals.
     */
    public String asCredited(String written) {
        String w = written.strip();
        boolean code = w.length() <= 3 || w.length() <= 5 && w.equals(w.toUpperCase(Locale.ROOT));
        return code ? nameOrCode(w) : w;
    }

    /** True when the text is a known agency code or name ("Reuters", "Associated Press", "AP"). */
    boolean isAgency(String text) {
        return text != null && knownNames.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    private static AgencyDirectory load() {
        try (InputStream in = AgencyDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, String> aliases = new LinkedHashMap<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < 2 || cells.length > 3 || cells[0].isBlank() || cells[1].isBlank()) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected code<TAB>name[<TAB>aliases]");
                }
                names.put(cells[0].strip(), cells[1].strip());
                if (cells.length == 3) {
                    for (String alias : cells[2].split("\\|")) {
                        if (!alias.isBlank()) {
                            aliases.put(alias.strip(), cells[1].strip());
                        }
                    }
                }
            }
            return new AgencyDirectory(names, aliases);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
