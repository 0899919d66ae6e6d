package org.dateline.understand;

import java.util.Locale;
import java.util.Set;

/**
 * Bare "officers" in a report about the police: "residents hurled stones at the officers", "officers pelted with
 * stones", "began to fire at officer A". News names the police once and its officers thereafter; PLOVER codes them,
 * as it codes "police", by their state (CAMEO sector COP). "Officer" alone names no sector ("chief executive
 * officer", "army officer", "public relations officer"), so the word counts as police only when the report names
 * the police (police-words.txt) and no noun before it says which officer it is: an adjective ("the concerned
 * officers", "two senior officers") leaves it a policeman, a compound ("chief executive officer") does not.
 */
final class PoliceOfficers {

    private static final Set<String> POLICE_WORDS = ArgumentWords.read("police-words.txt");
    private static final Set<String> OFFICER = Set.of("officer", "officers");

    private PoliceOfficers() {
    }

    /** "COP" when the token is a bare "officer" of a report that names the police, else null. */
    static String sectorOf(int token, Reading reading, DependencyIndex parse) {
        AnnotatedText.Token head = reading.token(token);
        if (!head.tag().startsWith("NN") || !OFFICER.contains(head.lemma().toLowerCase(Locale.ROOT))
                && !OFFICER.contains(head.text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        // "chief executive officer", "the JCF officer", "the Public Relations Officer": a noun before it says which
        boolean qualified = parse.dependents(token).stream().anyMatch(d -> d.relation().equals("compound")
                || d.relation().equals("nmod:poss") && !reading.token(d.dependent()).tag().equals("PRP$"))
                || token > 0 && reading.token(token - 1).tag().startsWith("NN");
        if (qualified || reading.spanCovering(token).isPresent()) {
            return null;
        }
        return namesThePolice(reading) ? "COP" : null;
    }

    private static boolean namesThePolice(Reading reading) {
        for (AnnotatedText.Token t : reading.tokens()) {
            if (t.begin() >= reading.bodyEnd) {
                break;
            }
            if (POLICE_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT)) || POLICE_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
