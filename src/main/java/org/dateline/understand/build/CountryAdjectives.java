package org.dateline.understand.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Country adjectives and demonyms ("Sudanese troops", "Kenyans") from the Wikidata country extract
 * ({@code countries_permissive.tsv}, column demonyms), each with the name the understand stage gives
 * the country (its {@code countries.txt}, or a name {@code country-names.tsv} maps to one). A word two
 * countries share ("Congolese", "Dominican") stands for neither and is left out, as is one that is
 * itself a country's name. Regular plurals ("Kenyans", "Israelis") are added.
 */
final class CountryAdjectives {

    private CountryAdjectives() {
    }

    /** Adjective -> preferred country name, sorted. */
    static Map<String, String> build(Path countriesPermissive, Path countriesTxt, Path countryNamesTsv) throws IOException {
        Set<String> ours = ourCountries(countriesTxt);
        Map<String, String> aliases = countryAliases(countryNamesTsv);
        Map<String, Set<String>> countriesOf = new TreeMap<>();
        Set<String> countryNames = new HashSet<>(ours);
        List<String> lines = Files.readAllLines(countriesPermissive, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int label = header.indexOf("label");
        int aliasColumn = header.indexOf("aliases");
        int demonyms = header.indexOf("demonyms");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            countryNames.add(f[label].strip());
            List.of(f[aliasColumn].split("\\|")).forEach(n -> countryNames.add(n.strip()));
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            List<String> names = new ArrayList<>();
            names.add(f[label]);
            names.addAll(List.of(f[aliasColumn].split("\\|")));
            String country = null;
            for (String name : names) {
                String preferred = aliases.getOrDefault(name, name);
                if (ours.contains(preferred)) {
                    country = preferred;
                    break;
                }
            }
            if (country == null) {
                continue;
            }
            for (String demonym : f[demonyms].split("\\|")) {
                String word = demonym.strip();
                if (word.isEmpty() || !word.matches("\\p{Lu}[\\p{L}' -]+") || countryNames.contains(word)) {
                    continue; // "Palestinian Territory, Occupied" is no adjective
                }
                for (String form : forms(word)) {
                    countriesOf.computeIfAbsent(form, k -> new HashSet<>()).add(country);
                }
            }
        }
        Map<String, String> adjectives = new TreeMap<>();
        countriesOf.forEach((word, countries) -> {
            if (countries.size() == 1 && !countryNames.contains(word)) {
                adjectives.put(word, countries.iterator().next());
            }
        });
        return adjectives;
    }

    /**
     * Capitals -> preferred country name, sorted ({@code countries_permissive.tsv}, column capital_label):
     * "Kyiv" attacked is Ukraine attacked when the report names Ukraine. Every name the capitals extract
     * ({@code capitals.tsv}: label, English label, alternative names) gives the capital counts, so a
     * spelling that has changed ("Kyiv" beside "Kiev") finds its country whichever the extract prefers.
     * A capital that is also a country's name ("Djibouti", "Kuwait") is left out.
     */
    static Map<String, String> capitals(Path countriesPermissive, Path capitalsTsv, Path countriesTxt, Path countryNamesTsv)
            throws IOException {
        Map<String, List<String>> capitalNames = capitalNames(capitalsTsv);
        Set<String> ours = ourCountries(countriesTxt);
        Map<String, String> aliases = countryAliases(countryNamesTsv);
        List<String> lines = Files.readAllLines(countriesPermissive, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int label = header.indexOf("label");
        int aliasColumn = header.indexOf("aliases");
        int capital = header.indexOf("capital_label");
        int alternatives = header.indexOf("capital_alt");
        int qid = header.indexOf("capital_qid");
        Map<String, String> capitals = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            List<String> names = new ArrayList<>();
            names.add(f[label]);
            names.addAll(List.of(f[aliasColumn].split("\\|")));
            String country = names.stream().map(n -> aliases.getOrDefault(n, n)).filter(ours::contains).findFirst().orElse(null);
            List<String> cities = new ArrayList<>();
            cities.add(f.length > capital ? f[capital].strip() : "");
            if (qid >= 0 && f.length > qid) {
                cities.addAll(capitalNames.getOrDefault(f[qid].strip(), List.of()));
            }
            if (alternatives >= 0 && f.length > alternatives) {
                cities.addAll(List.of(f[alternatives].split("\\|"))); // "Kyiv" beside "Kiev"
            }
            for (String city : cities) {
                city = city.strip();
                if (country != null && !city.isEmpty() && !city.contains("=") && !city.contains("(") && !ours.contains(city)
                        && !aliases.containsKey(city)) {
                    capitals.putIfAbsent(city, country);
                }
            }
        }
        return capitals;
    }

    /**
     * An alternative name as Natural Earth spells it cleanly: words of two letters or more, no digits,
     * brackets or broken characters ("Kyiv", "Lisboa"; not "Athens2", "Ciudad de M", "Saint Georgee۪s").
     */
    private static final Pattern CLEAN_NAME = Pattern.compile("[A-Z][a-z']+(?:[ -][A-Z]?[a-z']+)*(?:[ -][A-Z][a-z']+)*");

    /** Capital item -> all its names in the capitals extract (label, label_en, alt_names), in that order. */
    private static Map<String, List<String>> capitalNames(Path capitalsTsv) throws IOException {
        List<String> lines = Files.readAllLines(capitalsTsv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int qid = header.indexOf("qid");
        List<Integer> columns = List.of(header.indexOf("label"), header.indexOf("label_en"), header.indexOf("alt_names"));
        Map<String, List<String>> names = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            List<String> these = names.computeIfAbsent(f[qid].strip(), k -> new ArrayList<>());
            for (int i = 0; i < columns.size(); i++) {
                int column = columns.get(i);
                boolean alternative = i == 2;
                if (column >= 0 && f.length > column) {
                    List.of(f[column].split("\\|")).stream().map(String::strip)
                            .filter(n -> !n.isEmpty() && !these.contains(n) && (!alternative || CLEAN_NAME.matcher(n).matches()))
                            .forEach(these::add);
                }
            }
        }
        return names;
    }

    /** "Kenyan" -> Kenyan, Kenyans; "Israeli" -> Israeli, Israelis; "Sudanese" stays one. */
    private static List<String> forms(String word) {
        if (word.endsWith("an") || word.endsWith("i")) {
            return List.of(word, word + "s");
        }
        return List.of(word);
    }

    /** The country names of our own list (countries.txt), one a line, "#" comments. */
    private static Set<String> ourCountries(Path countriesTxt) throws IOException {
        Set<String> ours = new HashSet<>();
        for (String line : Files.readAllLines(countriesTxt, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                ours.add(line.strip());
            }
        }
        return ours;
    }

    /** Other names of countries -> the preferred one (country-names.tsv). */
    private static Map<String, String> countryAliases(Path countryNamesTsv) throws IOException {
        Map<String, String> aliases = new HashMap<>();
        for (String line : Files.readAllLines(countryNamesTsv, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.strip().split("\t");
                aliases.put(f[0], f[1]);
            }
        }
        return aliases;
    }
}
