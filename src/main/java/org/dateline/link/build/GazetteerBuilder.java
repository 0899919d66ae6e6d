package org.dateline.link.build;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.dateline.link.EntityType;
import org.dateline.link.GazetteerEntry;
import org.dateline.link.GazetteerFile;
import org.dateline.link.NameKey;

/**
 * Builds the bundled gazetteer ({@code src/main/resources/org/dateline/link/gazetteer.tsv.gz}) from
 * the Wikidata extracts. Run by hand when the extracts change, then commit the output:
 * <pre>
 * mvn -q compile
 * java -cp target/classes org.dateline.link.build.GazetteerBuilder /work/shared/wikidata \
 *      src/main/resources/org/dateline/read/agencies.tsv src/main/resources/org/dateline/link/gazetteer.tsv.gz
 * </pre>
 * Which tables it reads, and why not the others, is in {@code org/dateline/link/README.md}.
 * The output is deterministic (rows in source order, no time stamp in the gzip header), so an
 * unchanged input gives a byte-identical file.
 * <p>
 * Every country a row refers to (the country of a place, of a national capital, of an office)
 * resolves to a country of the gazetteer or is dropped with a warning on stderr, so that no entry
 * points at an item the gazetteer does not hold. A jurisdiction whose head of state or government
 * the office table lists but the country table does not (Somaliland, Northern Cyprus) is added as a
 * country, so that its capital can stand for its government as other capitals do.
 */
public final class GazetteerBuilder {

    /**
     * Denmark and the Netherlands each have two items: the sovereign state (Kingdom of Denmark
     * Q756617, Kingdom of the Netherlands Q29999) and its main constituent country (Q35, Q55).
     * Rule: a country is always its sovereign state, the item that holds the seat at the UN, that
     * heads of state and government serve and that the permissive country table uses; places whose
     * country column names the constituent country are moved to the sovereign state.
     */
    static final Map<String, String> SOVEREIGN_STATE = Map.of("Q35", "Q756617", "Q55", "Q29999");

    private final Map<String, Builder> entries = new LinkedHashMap<>();
    private final Set<String> countryKeys = new java.util.HashSet<>();
    /** The ISO code of each country of the country table, by item. */
    private final Map<String, String> iso2ByCountry = new LinkedHashMap<>();
    /** The jurisdictions of the offices, by item: the name the office table gives and the offices' titles. */
    private final Map<String, OfficeState> officeStates = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GazetteerBuilder WIKIDATA_DIR AGENCIES_TSV OUTPUT.tsv.gz");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        GazetteerBuilder builder = new GazetteerBuilder();
        builder.countries(source.resolve("countries_permissive.tsv"));
        builder.cities(source.resolve("cities_naturalearth.tsv"));
        builder.organisations(source.resolve("international_orgs.tsv"));
        builder.outlets(source.resolve("news_outlets.tsv"), agencyNames(Path.of(args[1])));
        builder.officeHolders(source.resolve("heads_of_state_government_2022.tsv"));
        List<GazetteerEntry> built = builder.build();
        builder.warnings().forEach(warning -> System.err.println("warning: " + warning));
        write(built, Path.of(args[2]));
        Map<EntityType, Integer> counts = new LinkedHashMap<>();
        built.forEach(e -> counts.merge(e.type(), 1, Integer::sum));
        System.out.println("wrote " + built.size() + " entries " + counts + " to " + args[2]);
    }

    void countries(Path file) throws IOException {
        for (Map<String, String> row : Tsv.read(file)) {
            String iso2 = row.get("iso2");
            Builder entry = entry(row.get("qid"), EntityType.COUNTRY, row.get("label"));
            iso2ByCountry.putIfAbsent(entry.qid, iso2);
            for (String alias : Tsv.list(row.get("aliases"))) {
                // Two-letter ISO codes ("IN", "NE", "AL") are ordinary words in capitals headlines;
                // the ones news really uses come dotted too ("U.S.") and are kept that way.
                if (!alias.equals(iso2)) {
                    entry.aliases.add(alias);
                }
            }
            countryKeys.add(NameKey.of(entry.label));
            entry.aliases.forEach(alias -> countryKeys.add(NameKey.of(alias)));
            for (String demonym : Tsv.list(row.get("demonyms"))) {
                // "Congolese (Republic of the Congo)": the parenthesis disambiguates for people, not text.
                entry.demonyms.add(demonym.replaceAll("\\s*\\(.*\\)$", ""));
            }
        }
    }

    void cities(Path file) throws IOException {
        for (Map<String, String> row : Tsv.read(file)) {
            String english = row.get("label_en").isBlank() ? row.get("label") : row.get("label_en");
            Builder entry = entry(row.get("qid"), EntityType.PLACE, english);
            addName(entry, row.get("label"));
            for (String alt : Tsv.list(row.get("alt_names"))) {
                // Some towns list a country's name among their alternative names; text that says
                // "Russia" never means the town, so such names stay with the country.
                String name = alt.replaceAll("[0-9]+$", "");
                if (!countryKeys.contains(NameKey.of(name))) {
                    addName(entry, name);
                }
            }
            // "Washington, D.C." is written "Washington" in text and datelines.
            if (english.contains(", ")) {
                entry.aliases.add(english.substring(0, english.indexOf(", ")));
            }
            entry.reference = new CountryReference(sovereign(row.get("country_qid")), row.get("country_iso2"),
                    row.get("country_name"), file.getFileName() + ", " + entry.qid + " " + entry.label);
            if ("1".equals(row.get("is_national_capital")) && !entry.positions.contains(GazetteerEntry.NATIONAL_CAPITAL)) {
                entry.positions.add(GazetteerEntry.NATIONAL_CAPITAL);
            }
            entry.prior = Math.max(entry.prior, parseLong(row.get("pop_max")));
        }
    }

    void organisations(Path file) throws IOException {
        for (Map<String, String> row : Tsv.read(file)) {
            if (!row.get("qid").matches("Q[0-9]+")) {
                continue;
            }
            Builder entry = entry(row.get("qid"), EntityType.ORGANIZATION, row.get("label"));
            Tsv.list(row.get("aliases")).forEach(alias -> addName(entry, alias));
        }
    }

    void outlets(Path file, Map<String, List<String>> agencyNamesByCode) throws IOException {
        for (Map<String, String> row : Tsv.read(file)) {
            // The outlet table names agencies by code ("AP"); reports credit them by name
            // ("Associated Press"), which is what their label should read, with the code kept as an alias.
            String code = row.get("label");
            List<String> fullNames = agencyNamesByCode.getOrDefault(code.toLowerCase(Locale.ROOT), List.of());
            boolean isCode = code.length() <= 5 && code.equals(code.toUpperCase(Locale.ROOT)) && !fullNames.isEmpty();
            Builder entry = entry(row.get("qid"), EntityType.ORGANIZATION, isCode ? fullNames.get(0) : code);
            addName(entry, code);
            fullNames.forEach(name -> addName(entry, name));
        }
    }

    void officeHolders(Path file) throws IOException {
        for (Map<String, String> row : Tsv.read(file)) {
            Builder entry = entry(row.get("officeholder"), EntityType.PERSON, row.get("officeholderLabel"));
            boolean current = row.get("end_year").isBlank();
            entry.positions.add(row.get("positionLabel"));
            // A person's country is that of the office they hold now, else of the first listed.
            String country = sovereign(row.get("countryid"));
            if (entry.reference == null || current) {
                entry.reference = new CountryReference(country, "", row.get("country"),
                        file.getFileName() + ", " + entry.qid + " " + entry.label);
            }
            if (!country.isEmpty() && !row.get("country").isBlank()) {
                officeStates.computeIfAbsent(country, qid -> new OfficeState(qid, row.get("country").strip()))
                        .offices.add(row.get("positionLabel"));
            }
            entry.prior = Math.max(entry.prior, current ? 2 : 1);
        }
    }

    List<GazetteerEntry> build() {
        addOfficeStates();
        resolveCountries();
        // A country's prior is the population of its towns in the gazetteer: it tells France from
        // French Guiana when both answer to "French".
        Map<String, Long> townPopulation = new LinkedHashMap<>();
        for (Builder b : entries.values()) {
            if (b.type == EntityType.PLACE && b.countryQid != null) {
                townPopulation.merge(b.countryQid, b.prior, Long::sum);
            }
        }
        for (Builder b : entries.values()) {
            if (b.type == EntityType.COUNTRY) {
                b.prior = townPopulation.getOrDefault(b.qid, 0L);
            }
        }
        List<GazetteerEntry> built = new ArrayList<>();
        for (Builder b : entries.values()) {
            b.aliases.remove(b.label);
            built.add(new GazetteerEntry(b.qid, b.type, b.label, List.copyOf(b.aliases), List.copyOf(b.demonyms),
                    b.qid.equals(b.countryQid) ? null : b.countryQid, b.prior, List.copyOf(b.positions)));
        }
        return built;
    }

    /** What the build found wrong in the extracts and left out: one line each. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * The jurisdictions of offices that the country table lists under no item, code or name
     * become countries, named as the office table names them and also as their offices do
     * ("President of Northern Cyprus" gives "Northern Cyprus").
     */
    private void addOfficeStates() {
        CountryIndex known = countryIndex();
        for (OfficeState state : officeStates.values()) {
            if (known.resolve(new CountryReference(state.qid, "", state.name, "")) != null) {
                continue;
            }
            if (entries.containsKey(state.qid)) {
                continue; // an item of another type: the references to it are dropped with a warning
            }
            Builder country = entry(state.qid, EntityType.COUNTRY, state.name);
            for (String office : state.offices) {
                int of = office.lastIndexOf(" of ");
                String name = of < 0 ? "" : office.substring(of + 4).replaceFirst("^the\\s+", "").strip();
                if (name.length() >= 2 && !known.hasName(name)) {
                    country.aliases.add(name);
                }
            }
        }
    }

    /** Every reference to a country resolves to a country of the gazetteer, or is dropped with a warning. */
    private void resolveCountries() {
        CountryIndex countries = countryIndex();
        for (Builder b : entries.values()) {
            if (b.reference == null || b.reference.isEmpty()) {
                continue;
            }
            b.countryQid = countries.resolve(b.reference);
            if (b.countryQid == null) {
                warnings.add(b.reference.where() + ": country " + b.reference.describe()
                        + " is not in the gazetteer; dropped"
                        + (b.positions.contains(GazetteerEntry.NATIONAL_CAPITAL)
                                ? " (the national capital reads as the place, never as a government)" : ""));
            }
        }
    }

    private CountryIndex countryIndex() {
        CountryIndex index = new CountryIndex();
        for (Builder b : entries.values()) {
            if (b.type == EntityType.COUNTRY) {
                List<String> names = new ArrayList<>(b.aliases);
                names.add(0, b.label);
                index.add(b.qid, iso2ByCountry.get(b.qid), names);
            }
        }
        return index;
    }

    private Builder entry(String qid, EntityType type, String label) {
        String id = sovereign(qid.strip());
        Builder entry = entries.get(id);
        if (entry == null) {
            entry = new Builder(id, type, label.strip());
            entries.put(id, entry);
        } else if (entry.type != type) {
            // The first table to name an item decides its type (a capital stays a place even when
            // an organisation table lists it as a seat), so no item has two types.
            return new Builder(id, type, label.strip());
        }
        return entry;
    }

    private static void addName(Builder entry, String name) {
        String clean = name.strip();
        // Natural Earth's alternative names include truncated ones ("Ciudad de M"): drop a name
        // whose last word is a single letter, and names too short to be names.
        if (clean.length() >= 2 && !clean.matches(".*\\s\\p{L}$")) {
            entry.aliases.add(clean);
        }
    }

    private static String sovereign(String qid) {
        return qid == null ? null : SOVEREIGN_STATE.getOrDefault(qid.strip(), qid.strip());
    }

    private static long parseLong(String text) {
        try {
            return text == null || text.isBlank() ? 0 : (long) Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Map<String, List<String>> agencyNames(Path agenciesTsv) throws IOException {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String line : Files.readAllLines(agenciesTsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            names.computeIfAbsent(cells[0].strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(cells[1].strip());
        }
        return names;
    }

    static void write(List<GazetteerEntry> entries, Path output) {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(output)), StandardCharsets.UTF_8))) {
            out.write(GazetteerFile.HEADER + "\n");
            for (GazetteerEntry entry : entries) {
                out.write(GazetteerFile.format(entry) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output, e);
        }
    }

    /** A jurisdiction of the office table: its item, its name there and the titles of its offices. */
    private static final class OfficeState {
        final String qid;
        final String name;
        final Set<String> offices = new LinkedHashSet<>();

        OfficeState(String qid, String name) {
            this.qid = qid;
            this.name = name;
        }
    }

    private static final class Builder {
        final String qid;
        final EntityType type;
        final String label;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> demonyms = new LinkedHashSet<>();
        final List<String> positions = new ArrayList<>();
        /** The country as the extracts give it. */
        CountryReference reference;
        /** The country it resolved to; null when none. */
        String countryQid;
        long prior;

        Builder(String qid, EntityType type, String label) {
            this.qid = qid;
            this.type = type;
            this.label = label;
        }
    }
}
