package org.dateline.understand;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Titles written with a person's name, each a {@link Role}:
 * <ul>
 * <li>before the name, with the country or organisation first: "Niger's Prime Minister X",
 * "Pentagon spokesperson X", "Russian President X", "US Assistant Secretary of State for African
 * Affairs X";</li>
 * <li>before the name, with the country after "of", set off by a comma: "Foreign Minister of Niger, X";</li>
 * <li>after the name, in apposition: "X, the prime minister of Niger's ruling junta,", "X, the top US
 * general for the region".</li>
 * </ul>
 * A title must hold a title word (titles.tsv: president, minister, spokesperson, general ...).
 */
final class RoleFinder {

    private static final Set<EntityType> OWNER_TYPES = Set.of(EntityType.COUNTRY, EntityType.ORGANIZATION);

    private final WordLists lists;

    RoleFinder(WordLists lists) {
        this.lists = lists;
    }

    private record Found(Role role, int titleBegin, int titleEnd) {
    }

    List<Role> find(Reading reading) {
        DependencyIndex parse = reading.parse;
        List<Found> found = new ArrayList<>();
        for (Span person : List.copyOf(reading.spans)) {
            if (person.type != EntityType.PERSON || person.kind != Span.Kind.NAME) {
                continue;
            }
            int first = reading.tokenAt(person.begin);
            int last = reading.tokenAt(person.end - 1);
            if (first < 0 || last < 0) {
                continue;
            }
            before(reading, parse, person, first).ifPresent(found::add);
            after(reading, person, last).ifPresent(found::add);
        }
        // Names inside a title are part of it, not mentions ("Defence for International Security Affairs").
        for (Found f : found) {
            reading.spans.removeIf(s -> s.kind == Span.Kind.NAME && s.type != EntityType.COUNTRY
                    && s.type != EntityType.PERSON && s.within(f.titleBegin, f.titleEnd) && !s.key.equals(f.role.of()));
        }
        // One role per person and title; the one that says whose title it is wins.
        Map<String, Role> roles = new LinkedHashMap<>();
        for (Found f : found) {
            String id = f.role.person() + "|" + f.role.title().toLowerCase(Locale.ROOT);
            Role known = roles.get(id);
            if (known == null || known.of() == null && f.role.of() != null) {
                roles.put(id, f.role);
            }
        }
        return List.copyOf(roles.values());
    }

    private Optional<Found> before(Reading reading, DependencyIndex parse, Span person, int first) {
        AnnotatedText.Sentence sentence = reading.sentenceOf(first);
        int j = first - 1;
        boolean comma = j >= sentence.firstToken() && reading.token(j).text().equals(",");
        if (comma) {
            j--;
        }
        List<Integer> run = new ArrayList<>();
        while (j >= sentence.firstToken()) {
            Optional<Span> covering = reading.spanCovering(j);
            if (covering.isPresent()) {
                if (covering.get().type == EntityType.PERSON) {
                    break;
                }
                run.add(j--);
                continue;
            }
            String word = reading.token(j).text();
            if (Reading.isPossessive(word) || Character.isUpperCase(word.charAt(0)) || lists.isTitleWord(word)
                    || word.equals("of") || word.equals("for")) {
                run.add(j--);
                continue;
            }
            break;
        }
        Collections.reverse(run);
        while (!run.isEmpty() && Set.of("the", "The", "of", "for").contains(reading.token(run.get(0)).text())) {
            run.remove(0);
        }
        if (run.isEmpty()) {
            return Optional.empty();
        }
        Span owner = null;
        int from = 0;
        int to = run.size();
        Optional<Span> lead = reading.spanCovering(run.get(0)).filter(s -> OWNER_TYPES.contains(s.type));
        if (lead.isPresent()) {
            owner = lead.get();
            while (from < to && reading.token(run.get(from)).end() <= owner.end) {
                from++;
            }
            if (from < to && Reading.isPossessive(reading.token(run.get(from)).text())) {
                from++;
            }
        } else {
            for (int k = to - 2; k >= 0; k--) {
                if (reading.token(run.get(k)).text().equals("of")) {
                    Optional<Span> tail = reading.spanCovering(run.get(k + 1)).filter(s -> OWNER_TYPES.contains(s.type));
                    if (tail.isPresent() && tail.get().end == reading.token(run.get(to - 1)).end()) {
                        owner = tail.get();
                        to = k;
                    }
                    break;
                }
            }
        }
        if (comma && (owner == null || inAnotherPhrase(reading, parse, person, run))) {
            return Optional.empty();
        }
        while (from < to && !lists.isTitleWord(reading.token(run.get(from)).text())) {
            from++;
        }
        String ownerKey = owner == null ? null : owner.key;
        return title(reading, run.subList(from, to))
                .map(title -> new Found(new Role(person.key, title, ownerKey),
                        reading.token(run.get(0)).begin(), reading.token(run.get(run.size() - 1)).end()));
    }

    /**
     * "During his meeting with the Kenyan president, Li said": a title set off by a comma before a name is in
     * another phrase when a preposition hangs it on a word outside it and the parse joins no word of it to the
     * name; "talks with Foreign Minister of Niger, Bakary Sangare" joins them (the name in apposition).
     */
    private static boolean inAnotherPhrase(Reading reading, DependencyIndex parse, Span person, List<Integer> run) {
        Set<Integer> title = Set.copyOf(run);
        Set<Integer> name = new HashSet<>();
        for (int t = reading.tokenAt(person.begin); t >= 0 && t < reading.tokens().size() && reading.token(t).begin() < person.end; t++) {
            name.add(t);
        }
        boolean prepositional = false;
        for (int t : run) {
            for (AnnotatedText.Dependency d : parse.governors(t)) {
                if (name.contains(d.governor())) {
                    return false;
                }
                String relation = d.relation();
                prepositional |= !title.contains(d.governor()) && (relation.startsWith("obl:") || relation.startsWith("nmod:"))
                        && !relation.equals("nmod:poss");
            }
            for (AnnotatedText.Dependency d : parse.dependents(t)) {
                if (name.contains(d.dependent())) {
                    return false;
                }
            }
        }
        return prepositional;
    }

    private Optional<Found> after(Reading reading, Span person, int last) {
        AnnotatedText.Sentence sentence = reading.sentenceOf(last);
        int j = last + 1;
        if (j + 1 >= sentence.endToken() || !reading.token(j).text().equals(",")
                || !Set.of("the", "a", "an").contains(reading.token(j + 1).text())) {
            return Optional.empty();
        }
        List<Integer> words = new ArrayList<>();
        for (int k = j + 2; k < sentence.endToken() && words.size() < 12; k++) {
            String text = reading.token(k).text();
            if (text.equals(",") || text.equals(".") || text.equals(";")) {
                break;
            }
            words.add(k);
        }
        int head = -1;
        for (int k = 0; k < words.size(); k++) {
            if (reading.spanCovering(words.get(k)).isEmpty() && lists.isTitleHead(reading.token(words.get(k)).text())) {
                head = k;
                break;
            }
        }
        if (head < 0) {
            return Optional.empty();
        }
        int start = head;
        while (start > 0 && reading.spanCovering(words.get(start - 1)).isEmpty()
                && lists.isTitleWord(reading.token(words.get(start - 1)).text())) {
            start--;
        }
        Span owner = null;
        if (head + 2 < words.size() && Set.of("of", "for").contains(reading.token(words.get(head + 1)).text())) {
            owner = reading.spanCovering(words.get(head + 2)).filter(s -> OWNER_TYPES.contains(s.type)).orElse(null);
        }
        for (int k = 0; owner == null && k < head; k++) {
            owner = reading.spanCovering(words.get(k)).filter(s -> OWNER_TYPES.contains(s.type)).orElse(null);
        }
        Span of = owner;
        // The title ends at its head, or at the owner named after it ("the prime minister of Niger"): the words
        // after it up to the next comma are the sentence's ("X, the foreign minister arrived in Accra"), and the
        // names among them no part of the title.
        int end = Math.max(reading.token(words.get(head)).end(), of == null ? 0 : of.end);
        return title(reading, words.subList(start, head + 1))
                .map(title -> new Found(new Role(person.key, title, of == null ? null : of.key),
                        reading.token(words.get(0)).begin(), end));
    }

    /** The title as written, lower-cased when it is made of title words only ("Prime Minister"). */
    private Optional<String> title(Reading reading, List<Integer> tokens) {
        if (tokens.isEmpty() || tokens.stream().noneMatch(t -> lists.isTitleHead(reading.token(t).text()))) {
            return Optional.empty();
        }
        String text = reading.text.substring(reading.token(tokens.get(0)).begin(),
                reading.token(tokens.get(tokens.size() - 1)).end());
        boolean onlyTitleWords = tokens.stream().map(t -> reading.token(t).text())
                .allMatch(w -> lists.isTitleWord(w) || w.equals("of") || w.equals("for"));
        return Optional.of(onlyTitleWords ? text.toLowerCase(Locale.ROOT) : text);
    }
}
