package org.dateline.understand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dateline.link.Gazetteer;

/** The lists the rules of this package use, read from the data files beside these classes. */
final class WordLists {

    /** A country, organisation or place that a name stands for. */
    record Target(String name, EntityType type) {
    }

    final Map<String, String> demonyms = new HashMap<>();
    final Map<String, String> countryNames = new HashMap<>();
    final Map<String, Target> metonyms = new HashMap<>();
    final Set<String> titleHeads = new HashSet<>();
    final Set<String> titleModifiers = new HashSet<>();
    final Set<String> speechVerbs = new HashSet<>();
    /** Modals by which a reported clause demands an act of its subject: "said Libya must hand over". */
    final Set<String> obligations = new HashSet<>();
    /** Less-lethal weapons of crowd control ("tear gas"), lowercase: their use is COERCE, not ASSAULT. */
    final List<String> crowdControl = new ArrayList<>();
    /** "ordered the forces to leave": verbs whose object does what follows them. */
    final Set<String> objectControlVerbs = new HashSet<>();
    /** Verbs whose clause gives a protest its purpose ("to demand"), nouns of "in protest of", verbs of demanding. */
    final Set<String> protestAims = new HashSet<>();
    final Set<String> protestPhrases = new HashSet<>();
    final Set<String> demandingVerbs = new HashSet<>();
    /** Verbs whose subject causes a protest, not makes it ("sparked protests"); nouns of joining one ("took part in"). */
    final Set<String> protestCauses = new HashSet<>();
    final Set<String> protestJoinings = new HashSet<>();
    /** Verbs whose subject makes the protest their object names: "staged a rally", "began a hunger strike". */
    final Set<String> protestHoldings = new HashSet<>();
    /** Words by which a firing without a target is a weapons test: "fired a ballistic missile toward the sea". */
    final Set<String> weaponTests = new HashSet<>();
    final Set<String> countries = new HashSet<>();
    final Map<String, String> organisationAcronyms = new HashMap<>();
    /** Role words ("troops", "foreign minister") -> the CAMEO sector of whoever they name ("MIL", "GOV"). */
    final Map<String, String> agents = new HashMap<>();
    /** Words of names of state bodies that agents.tsv lacks ("city hall") -> their sector, see state-body-words.tsv. */
    private final Map<String, String> stateBodyWords = new HashMap<>();
    /** Words of sport and entertainment: a story or a sentence holding one tells no political event. */
    final java.util.regex.Pattern storyDiscards;
    final java.util.regex.Pattern sentenceDiscards;
    /** Capitals -> their country, for events (the metonyms go first). */
    final Map<String, String> capitals = new HashMap<>();
    /** Last words that make a name an organisation's ("African Union"), see organisation-words.txt. */
    final Set<String> organisationWords = new HashSet<>();
    /** Head words of untyped names that make them an organisation's ("Museum of Flight"), see institution-words.txt. */
    final Set<String> institutionWords = new HashSet<>();
    /** Last words that make a name an event's ("Paris Air Show"), see event-words.txt. */
    final Set<String> eventWords = new HashSet<>();
    /** Nouns that speak for their owner ("the ministry"), see speaker-nouns.tsv. */
    final Set<String> speakingBodies = new HashSet<>();
    /** Nouns that, with "the", refer to the organisation named before ("the firm"). */
    final Set<String> organisationNouns = new HashSet<>();

    private static final WordLists BUNDLED = new WordLists();

    static WordLists bundled() {
        return BUNDLED;
    }

    private WordLists() {
        // Built from the Wikidata country extract; the hand-written demonyms.tsv, read after it, has the last word.
        for (String[] row : rows("country-adjectives.tsv")) {
            demonyms.put(row[0], row[1]);
        }
        List<String> story = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        List<String[]> discardRows = new ArrayList<>(rows("event-discards.tsv"));
        discardRows.addAll(rows("event-discards-hand.tsv")); // ours, on top of the generated PETRARCH list
        for (String[] row : discardRows) {
            // a final "_" ends a word; otherwise the phrase is a stem ("champion" in "championship")
            String phrase = row[0].endsWith("_") ? java.util.regex.Pattern.quote(row[0].substring(0, row[0].length() - 1)) + "\\b"
                    : java.util.regex.Pattern.quote(row[0]);
            (row[1].equals("story") ? story : sentence).add(phrase);
        }
        storyDiscards = discards(story);
        sentenceDiscards = discards(sentence);
        for (String[] row : rows("capitals.tsv")) {
            capitals.put(row[0], row[1]);
        }
        for (String[] row : rows("agents.tsv")) {
            agents.put(row[0], row[1]);
        }
        for (String[] row : rows("state-body-words.tsv")) {
            stateBodyWords.put(row[0], row[1]);
        }
        for (String[] row : rows("demonyms.tsv")) {
            demonyms.put(row[0], row[1]);
        }
        for (String[] row : rows("country-names.tsv")) {
            countryNames.put(row[0], row[1]);
        }
        for (String[] row : rows("countries.txt")) {
            countries.add(row[0]);
        }
        GazetteerDemonyms.of(Gazetteer.bundled(), this::knownCountryName).forEach(demonyms::putIfAbsent);
        for (String[] row : rows("metonyms.tsv")) {
            metonyms.put(row[0], new Target(row[1], EntityType.valueOf(row[2])));
        }
        for (String[] row : rows("titles.tsv")) {
            (row[1].equals("HEAD") ? titleHeads : titleModifiers).add(row[0]);
        }
        for (String[] row : rows("organisation-acronyms.tsv")) {
            organisationAcronyms.put(row[0], row[1]);
        }
        for (String[] row : rows("organisation-words.txt")) {
            organisationWords.add(row[0]);
        }
        for (String[] row : rows("institution-words.txt")) {
            institutionWords.add(row[0]);
        }
        institutionWords.addAll(organisationWords);
        for (String[] row : rows("event-words.txt")) {
            eventWords.add(row[0]);
        }
        for (String[] row : rows("speaker-nouns.tsv")) {
            (row[1].equals("BODY") ? speakingBodies : organisationNouns).add(row[0]);
        }
        for (String[] row : rows("speech-verbs.txt")) {
            speechVerbs.add(row[0]);
        }
        for (String[] row : rows("obligation-words.txt")) {
            obligations.add(row[0]);
        }
        for (String[] row : rows("crowd-control.txt")) {
            crowdControl.add(row[0]);
        }
        for (String[] row : rows("object-control-verbs.txt")) {
            objectControlVerbs.add(row[0]);
        }
        for (String[] row : rows("weapon-tests.txt")) {
            weaponTests.add(row[0]);
        }
        for (String[] row : rows("protest-aims.tsv")) {
            (switch (row[1]) {
                case "AIM" -> protestAims;
                case "PHRASE" -> protestPhrases;
                case "CAUSE" -> protestCauses;
                case "JOINED" -> protestJoinings;
                case "HELD" -> protestHoldings;
                default -> demandingVerbs;
            }).add(row[0]);
        }
    }

    private static java.util.regex.Pattern discards(List<String> phrases) {
        return java.util.regex.Pattern.compile(phrases.isEmpty() ? "(?!)" : "\\b(?:" + String.join("|", phrases) + ")",
                java.util.regex.Pattern.CASE_INSENSITIVE);
    }

    boolean isTitleWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return titleHeads.contains(lower) || titleModifiers.contains(lower);
    }

    boolean isTitleHead(String word) {
        return titleHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A speech verb used as a verb: "states" in "the United States" is a noun. */
    boolean isSpeechVerb(AnnotatedText.Token token) {
        return token.tag().startsWith("VB") && speechVerbs.contains(token.text().toLowerCase(Locale.ROOT));
    }

    /** The preferred names of the countries the lists know. */
    Set<String> knownCountries() {
        Set<String> known = new HashSet<>(countries);
        known.addAll(demonyms.values());
        known.addAll(countryNames.values());
        return known;
    }

    /**
     * The country a name names within it ("Seoul High Court": South Korea, "Security Service of Ukraine":
     * Ukraine, "Kenyan Police": Kenya), by a country's name, its adjective or its capital; null when none.
     */
    String countryWithin(String name) {
        String[] words = name.split("[\\s,]+");
        for (int length = Math.min(3, words.length); length >= 1; length--) {
            for (int from = 0; from + length <= words.length; from++) {
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + length));
                String country = knownCountryName(phrase);
                if (country == null) {
                    country = demonyms.get(phrase);
                }
                if (country == null) {
                    country = capitals.get(phrase);
                }
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    /** The preferred name of a country the lists know by this name; null when they do not know it. */
    private String knownCountryName(String name) {
        String preferred = countryName(name);
        return countries.contains(preferred) || countryNames.containsValue(preferred) ? preferred : null;
    }

    /** The preferred name of a country, given a name it goes by; the name itself when not listed. */
    String countryName(String name) {
        String stripped = name.replaceFirst("^(?i)the\\s+", "");
        return countryNames.getOrDefault(name, countryNames.getOrDefault(stripped, stripped));
    }

    static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = WordLists.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * The CAMEO sector of whoever a role word or a word of a body's name names ("troops": MIL, "city hall": GOV):
     * PETRARCH's agents first, then the state bodies its dictionary lacks; null when neither has the words.
     */
    String sectorOf(String words) {
        String sector = agents.get(words);
        return sector != null ? sector : stateBodyWords.get(words);
    }
}
