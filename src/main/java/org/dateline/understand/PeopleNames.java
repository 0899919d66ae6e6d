package org.dateline.understand;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A people or a faith named before the people it qualifies ("Ibo traditional elders", "Moslem forces", "Karen
 * guerrillas", "Muslim hackers"): the engine finds the name (untyped, MISC) but no country stands behind it and no
 * gazetteer lists it, so no entity was made and the group acted for no one. PLOVER codes such a group as an actor
 * in its own right, named by its text (and CAMEO by an ethnic or religious code, not a state's); so the name, when
 * it modifies a noun of people, is taken for the group's name. A country's demonym ("Nigerian elders") is no such
 * name (it stands for the country, EngineNames), nor a region's or a continent's ("European leaders", "Western
 * diplomats": region-adjectives.txt), which is no one who acts.
 */
final class PeopleNames {

    /** How a name qualifies the noun it comes before: "Ibo elders", "Moslem forces". */
    private static final Set<String> MODIFYING = Set.of("amod", "compound");
    private static final Set<String> CROWDS = ArgumentWords.read("unnamed-actors.txt");
    private static final Set<String> REGIONS = ArgumentWords.read("region-adjectives.txt");
    /** A name the engine took with a word that describes it ("BJP-led", "Iranian-backed"): not a people's name. */
    private static final Pattern DESCRIBED = Pattern.compile("-\\p{Ll}");

    private final WordLists lists;

    PeopleNames(WordLists lists) {
        this.lists = lists;
    }

    void apply(Reading reading) {
        for (AnnotatedText.Name name : reading.annotated.names()) {
            if (!name.type().equals("MISC") && !name.type().equals("NATIONALITY") || name.end() > reading.bodyEnd
                    || reading.overlapsSpan(name.begin(), name.end()) || !capitalised(name.text())
                    || lists.demonyms.containsKey(name.text()) || REGIONS.contains(name.text().toLowerCase(Locale.ROOT))
                    || DESCRIBED.matcher(name.text()).find()) {
                continue;
            }
            int last = reading.tokenAt(name.end() - 1);
            if (last >= 0 && qualifiesPeople(last, reading)) {
                reading.spans.add(new Span(name.begin(), name.end(), name.text(), Span.Kind.NAME, EntityType.ORGANIZATION, name.text()));
            }
        }
    }

    /** Whether the token modifies a noun that names people: a plural ("elders"), a role word or a crowd's. */
    private boolean qualifiesPeople(int token, Reading reading) {
        for (AnnotatedText.Dependency d : reading.annotated.dependencies()) {
            if (d.dependent() != token || !MODIFYING.contains(d.relation()) || d.governor() <= token) {
                continue;
            }
            AnnotatedText.Token head = reading.token(d.governor());
            String lemma = head.lemma().toLowerCase(Locale.ROOT);
            if (head.tag().equals("NNS") || head.tag().equals("NN") && (lists.sectorOf(lemma) != null || CROWDS.contains(lemma))) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalised(String text) {
        return Character.isUpperCase(text.codePointAt(0));
    }
}
