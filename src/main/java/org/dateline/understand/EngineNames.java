package org.dateline.understand;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the engine's typed names into spans (it types PERSON, ORGANIZATION, LOCATION and MISC;
 * CoreNLP's finer COUNTRY, CITY, NATIONALITY are understood too when switched on): countries under their preferred names, demonyms
 * ("Nigerien") to the country they stand for, metonyms ("Washington" for the U.S. government) to
 * what they stand for, places and organisations as named (a "place" whose name ends like an
 * organisation's, "African Union", is an organisation). Pronouns the engine types PERSON are
 * left to {@link PronounResolver}; titles to {@link RoleFinder}.
 */
final class EngineNames {

    private static final Set<String> PLACE_TYPES = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION");

    private final WordLists lists;
    private final MetonymReading metonymReading;
    private final Set<String> knownCountries;

    EngineNames(WordLists lists) {
        this.lists = lists;
        this.metonymReading = new MetonymReading();
        this.knownCountries = lists.knownCountries();
    }

    void apply(Reading reading) {
        for (AnnotatedText.Name name : reading.annotated.names()) {
            Span span = span(reading, name);
            if (span != null) {
                reading.spans.add(span);
            }
        }
        peopleAfterOrganisations(reading);
        namesTakenForDates(reading);
        demonyms(reading);
        languages(reading);
        untypedCountries(reading);
        capitals(reading);
    }

    /** "the Russian language", "Arabic-language media": a demonym that names a language, not its country. */
    private static final java.util.regex.Pattern LANGUAGE_AFTER = java.util.regex.Pattern.compile("^(?:\\s+|-)languages?\\b");

    /**
     * "restrictions on the use of the Russian language", "an Arabic-language newspaper": the demonym names the
     * language, which is no party to an act ("cancelled restrictions on the use of the Russian language" lifts them
     * for the country's speakers, not for Russia).
     */
    private static void languages(Reading reading) {
        reading.spans.removeIf(s -> s.kind == Span.Kind.DEMONYM
                && LANGUAGE_AFTER.matcher(reading.text.substring(s.end, Math.min(reading.text.length(), s.end + 12))).find());
    }

    /**
     * "Czechia and Albania upgraded their ties": the engine leaves untyped a country's name it has seldom seen,
     * above all where it begins the sentence. A proper noun that is a country's name in the lists (a name of one
     * word) and that no other name covers is that country, as a name the engine typed would be; not a word of a
     * longer run of proper nouns, which names something else ("Chad Smith", "Turkey Creek").
     */
    private void untypedCountries(Reading reading) {
        List<AnnotatedText.Token> tokens = reading.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            AnnotatedText.Token token = tokens.get(i);
            String country = lists.countryName(token.text());
            if (token.tag().startsWith("NNP") && Character.isUpperCase(token.text().charAt(0))
                    && knownCountries.contains(country) && !reading.overlapsSpan(token.begin(), token.end())
                    && !(i > 0 && tokens.get(i - 1).tag().startsWith("NNP"))
                    && !(i + 1 < tokens.size() && tokens.get(i + 1).tag().startsWith("NNP"))) {
                reading.spans.add(new Span(token.begin(), token.end(), token.text(), Span.Kind.NAME, EntityType.COUNTRY, country));
            }
        }
    }

    /**
     * The engine's time expressions swallow the names of newspapers ("the Sydney Morning Herald" was a
     * morning, "Edmonton Sun" a Sunday, "LA Weekly" a set of weeks), and then it types no name there: a
     * run of proper nouns that the engine took for a time, headed by an institution word and begun by a
     * word of no time, is an organisation's name (and no date, see {@link TimeFinder}).
     */
    private void namesTakenForDates(Reading reading) {
        for (AnnotatedText.DateExpression date : reading.annotated.dates()) {
            int first = reading.tokenAt(date.begin());
            int last = reading.tokenAt(date.end() - 1);
            if (first < 0 || last <= first || reading.overlapsSpan(date.begin(), date.end())) {
                continue;
            }
            boolean proper = true;
            for (int i = first; i <= last; i++) {
                AnnotatedText.Token t = reading.token(i);
                proper &= t.tag().startsWith("NNP") && Character.isUpperCase(t.text().charAt(0));
            }
            String text = reading.text.substring(reading.token(first).begin(), reading.token(last).end());
            if (proper && lists.institutionWords.contains(reading.token(last).text())
                    && !TIME_WORD.matcher(reading.token(first).text()).matches()) {
                reading.spans.add(new Span(reading.token(first).begin(), reading.token(last).end(), text, Span.Kind.NAME,
                        EntityType.ORGANIZATION, text));
            }
        }
    }

    /** Words that begin the names of times ("Christmas Day", "Independence Day" begin otherwise: not headed by an institution word). */
    private static final java.util.regex.Pattern TIME_WORD = java.util.regex.Pattern.compile(
            "(?i)(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day)?|january|february|march|april|may|june|july|august|september"
                    + "|october|november|december|morning|afternoon|evening|night|today|tonight|tomorrow|yesterday|new|this|last|next");

    /**
     * "Psychology major at University of Texas Arlington Amneh Jafari heard ...": the engine ran an
     * organisation's name on into the name of a person it names elsewhere ("Jafari"). The organisation
     * ends before the person's given name and surname.
     */
    private static void peopleAfterOrganisations(Reading reading) {
        Set<String> surnames = new java.util.HashSet<>();
        for (Span span : reading.spans) {
            if (span.type == EntityType.PERSON && span.kind == Span.Kind.NAME) {
                surnames.add(span.text.substring(span.text.lastIndexOf(' ') + 1));
            }
        }
        for (java.util.ListIterator<Span> it = reading.spans.listIterator(); it.hasNext(); ) {
            Span org = it.next();
            String[] words = org.text.split(" ");
            if (org.type != EntityType.ORGANIZATION || org.kind != Span.Kind.NAME || words.length < 4
                    || !surnames.contains(words[words.length - 1])) {
                continue;
            }
            String given = words[words.length - 2];
            String before = words[words.length - 3];
            if (!Character.isUpperCase(given.charAt(0)) || !Character.isUpperCase(before.charAt(0))) {
                continue;
            }
            int personBegin = org.begin + org.text.lastIndexOf(" " + given + " ") + 1;
            int orgEnd = org.begin + org.text.lastIndexOf(" " + given + " ");
            String orgText = reading.text.substring(org.begin, orgEnd);
            it.set(new Span(org.begin, orgEnd, orgText, Span.Kind.NAME, EntityType.ORGANIZATION, orgText));
            String person = reading.text.substring(personBegin, org.end);
            it.add(new Span(personBegin, org.end, person, Span.Kind.NAME, EntityType.PERSON, person));
        }
    }

    /**
     * "visited Kyiv", "missiles struck Kyiv": the engine often takes a capital's current spelling for a
     * person or misses it. A capital (capitals.tsv, every spelling of it) that no other name covers, or
     * that the engine typed a person, is a place when the report names its country: a report on Ukraine
     * that says "Kyiv" means the city.
     */
    private void capitals(Reading reading) {
        List<AnnotatedText.Token> tokens = reading.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = Math.min(CAPITAL_TOKENS, tokens.size() - i); n >= 1; n--) {
                AnnotatedText.Token first = tokens.get(i);
                AnnotatedText.Token last = tokens.get(i + n - 1);
                String name = reading.text.substring(first.begin(), last.end());
                String country = lists.capitals.get(name);
                if (country == null || !Character.isUpperCase(name.charAt(0)) || reading.spans.stream()
                        .noneMatch(s -> s.type == EntityType.COUNTRY && country.equals(s.name))) {
                    continue;
                }
                int begin = first.begin();
                int end = last.end();
                List<Span> covering = reading.spans.stream().filter(s -> s.begin < end && begin < s.end).toList();
                if (covering.stream().allMatch(s -> s.type == EntityType.PERSON && s.begin == begin && s.end == end)) {
                    reading.spans.removeAll(covering);
                    reading.spans.add(new Span(begin, end, name, Span.Kind.NAME, EntityType.PLACE, name));
                }
                break;
            }
        }
    }

    /** The most words a capital's name takes ("Port of Spain", "Andorra la Vella"). */
    private static final int CAPITAL_TOKENS = 3;

    /**
     * "Nigerien officials", "US troops": demonyms stand for their country whether the engine typed them or not.
     * So do those of two or three words ("Sierra Leonean refugees", "Sri Lankan troops"), which the engine often
     * leaves untyped: the longest one that begins at a word is taken, so that "Leonean" alone is never looked up.
     */
    private void demonyms(Reading reading) {
        List<AnnotatedText.Token> tokens = reading.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = Math.min(DEMONYM_TOKENS, tokens.size() - i); n >= 1; n--) {
                AnnotatedText.Token first = tokens.get(i);
                AnnotatedText.Token last = tokens.get(i + n - 1);
                String text = reading.text.substring(first.begin(), last.end());
                String country = lists.demonyms.get(text);
                if (country != null && !reading.overlapsSpan(first.begin(), last.end())) {
                    reading.spans.add(new Span(first.begin(), last.end(), text, Span.Kind.DEMONYM, EntityType.COUNTRY, country));
                    i += n - 1;
                    break;
                }
            }
        }
    }

    /** The most words a demonym takes ("Papua New Guinean"). */
    private static final int DEMONYM_TOKENS = 3;

    private Span span(Reading reading, AnnotatedText.Name name) {
        String text = name.text();
        String bare = text.replaceFirst("^(?i)the\\s+", "");
        WordLists.Target metonym = lists.metonyms.get(bare);
        if (knownCountries.contains(lists.countryName(text)) && !name.type().equals("NATIONALITY")) {
            // The engine typed "Burkina Faso" PERSON once: a country in the lists is a country.
            return new Span(name.begin(), name.end(), text, Span.Kind.NAME, EntityType.COUNTRY, lists.countryName(text));
        }
        switch (name.type()) {
            case "PERSON":
                if (Character.isLowerCase(text.charAt(0)) || PronounResolver.PRONOUNS.contains(text.toLowerCase(Locale.ROOT))) {
                    return null;
                }
                return new Span(name.begin(), name.end(), text, Span.Kind.NAME, EntityType.PERSON, text);
            case "ORGANIZATION":
                if (metonym != null) {
                    return metonymSpan(name, metonym);
                }
                int orgEnd = withoutTrailingTitle(reading, name.begin(), capitalisedContinuation(reading, name.end()));
                if (orgEnd <= name.begin()) {
                    return null;
                }
                String org = reading.text.substring(name.begin(), orgEnd);
                // "ECOWAS" and "Economic Community of West African States" are one organisation.
                return new Span(name.begin(), orgEnd, org, Span.Kind.NAME, EntityType.ORGANIZATION,
                        lists.organisationAcronyms.getOrDefault(org, org));
            case "COUNTRY":
                return new Span(name.begin(), name.end(), text, Span.Kind.NAME, EntityType.COUNTRY, lists.countryName(text));
            case "NATIONALITY", "MISC":
                String country = lists.demonyms.get(text);
                if (country != null) {
                    return new Span(name.begin(), name.end(), text, Span.Kind.DEMONYM, EntityType.COUNTRY, country);
                }
                // "Museum of Flight", "GB News": a name without a type whose head says it is an institution's.
                return isInstitution(text) ? new Span(name.begin(), name.end(), text, Span.Kind.NAME,
                        EntityType.ORGANIZATION, lists.organisationAcronyms.getOrDefault(text, text)) : null;
            default:
                if (!PLACE_TYPES.contains(name.type())) {
                    return null;
                }
                if (metonym != null && metonymReading.standsForPower(reading, name.begin(), name.end())) {
                    return metonymSpan(name, metonym);
                }
                if (text.contains(" ") && lists.organisationWords.contains(text.substring(text.lastIndexOf(' ') + 1))) {
                    // "African Union", "Security Council": an organisation whose name reads like a place.
                    return new Span(name.begin(), name.end(), text, Span.Kind.NAME, EntityType.ORGANIZATION,
                            lists.organisationAcronyms.getOrDefault(text, text));
                }
                int end = numberedPlaceEnd(reading.text, name.end());
                return new Span(name.begin(), end, reading.text.substring(name.begin(), end), Span.Kind.NAME,
                        EntityType.PLACE, reading.text.substring(name.begin(), end));
        }
    }

    /** Whether the head of a name (its last word, or the word before "of") is an institution's. */
    private boolean isInstitution(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 2 || !java.util.Arrays.stream(words).allMatch(w -> w.equals("of") || w.equals("and")
                || Character.isUpperCase(w.codePointAt(0)))) {
            return false;
        }
        int of = java.util.Arrays.asList(words).indexOf("of");
        String head = of > 0 ? words[of - 1] : words[words.length - 1];
        return lists.institutionWords.contains(head);
    }

    private static Span metonymSpan(AnnotatedText.Name name, WordLists.Target target) {
        return new Span(name.begin(), name.end(), name.text(), Span.Kind.METONYM, target.type(), target.name());
    }

    /**
     * The engine cut "Economic Community of West | African States" where a demonym begins: an
     * organisation's name goes on over the capitalised words that follow it directly, up to a word
     * that begins another name ("Chrysler LLC | Jim Press"), a title ("Ryanair | CEO") or a designation
 * ("Garuda Indonesia | Flight 200").
     */
    private int capitalisedContinuation(Reading reading, int end) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\G (\\p{Lu}[\\p{L}-]*)(?![\\p{L}\\p{N}])").matcher(reading.text);
        int at = end;
        while (m.find(at) && m.start() == at) {
            int wordStart = m.start(1);
            String word = m.group(1);
            boolean otherName = reading.annotated.names().stream().anyMatch(n -> n.begin() == wordStart);
            // "Garuda Indonesia | Flight 200": a word with a number after it designates something of the organisation's.
            boolean designation = reading.text.startsWith(" ", m.end()) && m.end() + 1 < reading.text.length()
                    && Character.isDigit(reading.text.charAt(m.end() + 1));
            if (otherName || designation || lists.isTitleWord(word)) {
                break;
            }
            at = m.end();
        }
        return at;
    }

    /** "Apple Computer CEO": the engine took the title with the company; the name ends before it. */
    private int withoutTrailingTitle(Reading reading, int begin, int end) {
        int cut = end;
        while (true) {
            int space = reading.text.lastIndexOf(' ', cut - 1);
            if (space <= begin || !lists.isTitleWord(reading.text.substring(space + 1, cut))) {
                return cut;
            }
            cut = space;
        }
    }

    /** The engine stops before the number of "Air Base 201": the number belongs to the name. */
    private static int numberedPlaceEnd(String text, int end) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\G \\d+\\b").matcher(text);
        return m.find(end) && m.start() == end ? m.end() : end;
    }
}
