package org.dateline.understand;

import java.util.Locale;
import java.util.Set;

/**
 * "Police were on foot patrol when they came under fire", "the soldiers were crossing the bridge when they
 * attacked": "they", the subject of a clause of time, is the subject of the clause that clause tells the time of.
 * The parser hangs the clause of time on the main clause ("advcl") and gives it its pronoun; the rules otherwise stop
 * at a clause that only places or explains another (EventArguments.subjectChain), and "they" alone names no one.
 * Only "they": "it" may be the weather or the situation, and a person's "he" is the PronounResolver's.
 */
final class TemporalClauseSubjects {

    private static final Set<String> PRONOUNS = Set.of("they");
    /**
     * The words that open a clause of time. Not "as", which as often gives a reason or a manner ("blocked the roads as
     * they continued their effort to overthrow the government"), where "they" is less surely the main clause's subject.
     */
    private static final Set<String> OF_TIME = Set.of("when", "while", "whilst");

    private TemporalClauseSubjects() {
    }

    /** Whether {@code clause}, hung on {@code head} by {@code relation}, is a clause of time with "they" as its subject. */
    static boolean sharesItsSubject(int clause, String relation, Reading reading, DependencyIndex parse) {
        return PatternMatcher.base(relation).equals("advcl") && ofTime(clause, reading, parse) && pronounSubject(clause, reading, parse) >= 0;
    }

    /**
     * The subject "they" of a clause of time stands for: the subject of the clause it is hung on; -1 when the token is no
     * such pronoun or that clause has no subject.
     */
    static int antecedent(int pronoun, Reading reading, DependencyIndex parse) {
        for (AnnotatedText.Dependency d : parse.governors(pronoun)) {
            if (!d.relation().equals("nsubj") && !d.relation().equals("nsubj:pass")
                    || pronounSubject(d.governor(), reading, parse) != pronoun || !ofTime(d.governor(), reading, parse)) {
                continue;
            }
            for (AnnotatedText.Dependency head : parse.governors(d.governor())) {
                if (!PatternMatcher.base(head.relation()).equals("advcl")) {
                    continue;
                }
                return parse.dependents(head.governor()).stream().filter(s -> s.relation().equals("nsubj") || s.relation().equals("nsubj:pass"))
                        .mapToInt(AnnotatedText.Dependency::dependent).findFirst().orElse(-1);
            }
        }
        return -1;
    }

    private static int pronounSubject(int clause, Reading reading, DependencyIndex parse) {
        return parse.dependents(clause).stream().filter(d -> (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"))
                && reading.token(d.dependent()).tag().equals("PRP")
                && PRONOUNS.contains(reading.token(d.dependent()).text().toLowerCase(Locale.ROOT)))
                .mapToInt(AnnotatedText.Dependency::dependent).findFirst().orElse(-1);
    }

    private static boolean ofTime(int clause, Reading reading, DependencyIndex parse) {
        return parse.dependents(clause).stream().anyMatch(d -> (d.relation().equals("advmod") || d.relation().equals("mark"))
                && OF_TIME.contains(reading.token(d.dependent()).text().toLowerCase(Locale.ROOT)));
    }
}
