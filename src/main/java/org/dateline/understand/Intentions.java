package org.dateline.understand;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a commitment from a forecast. A cooperative act still to come is either promised by its actor
 * ("is ready to host talks", "said it would release the hostages"), which PLOVER codes as AGREE, the
 * promise being the act told (save a pledge of ongoing cooperation, {@link #PROMISED_AS_ITSELF}), or merely foretold or scheduled ("will meet on
 * Thursday", "is expected to arrive in the UAE", "plans to open an embassy"), which stays the act itself
 * with its planned modality. PLOVER's manual would code the second kind AGREE too; our own annotation of
 * real reports codes it as the planned act (CONSULT for a meeting to come), and dl:Planned keeps what the
 * AGREE would say, so a forecast is not turned into a promise nobody made.
 */
final class Intentions {

    private static final Set<String> COMMITMENTS = ArgumentWords.read("commitment-words.txt");

    /**
     * The categories whose act, merely foretold, stays itself: a meeting or visit to come, and cooperation to
     * come ("would take action in tandem with the US"), as our annotation codes them (planned CONSULT, planned
     * COOPERATE). PLOVER's gold codes "will support", "will give a grant" as AGREE, so support and aid in the
     * future tense still become AGREE; told as a plan ("plans to open an embassy") they stay themselves
     * ({@link #toldAsAPlan}).
     */
    static final Set<String> FORETOLD_AS_ITSELF = Set.of("CONSULT", "COOPERATE");

    /**
     * The categories whose act, promised by one party, stays itself, planned: working with another ("is willing
     * to work with Kenya", "pledged to work closely", "said they would act in tandem with the US"). Our
     * annotation of real reports codes such pledges of ongoing cooperation as the cooperation planned
     * (PLOVER would say AGREE); a party's commitment to one act (to send troops, to withdraw, to host talks)
     * stays AGREE, and so does an agreement between parties ("agreed to work together").
     */
    static final Set<String> PROMISED_AS_ITSELF = Set.of("COOPERATE");

    /** The word of commitment that binds two parties, not one: "agreed to work together". */
    private static final String JOINT_COMMITMENT = "agree";

    private static final Set<String> PLANS = ArgumentWords.read("plan-words.txt");

    /** Verbs of working with another party (cooperation-verbs.txt): "pledged to work closely", "vowed to cooperate". */
    private static final Set<String> COOPERATION_VERBS = ArgumentWords.read("cooperation-verbs.txt");

    private Intentions() {
    }

    /**
     * Whether the act is told as a plan ("plans to open an embassy", "is expected to sign"), which stays the
     * act, planned, rather than in the future tense ("will open"), which PLOVER makes an intention (AGREE).
     */
    static boolean toldAsAPlan(int p, Reading reading, DependencyIndex parse) {
        return parse.governors(p).stream().anyMatch(d -> d.relation().equals("xcomp")
                && PLANS.contains(reading.token(d.governor()).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * The verb whose clause tells a predicate: the predicate itself, or for a noun the verb it is the object of
     * ("would tighten the blockade", "will extend the curfew"). Its auxiliaries, its condition and the verb of
     * speech that reports it are those of the act the noun names.
     */
    static int clauseOf(int p, Reading reading, DependencyIndex parse) {
        if (reading.token(p).tag().startsWith("VB")) {
            return p;
        }
        return parse.governors(p).stream().filter(d -> d.relation().equals("obj") && reading.token(d.governor()).tag().startsWith("VB"))
                .map(AnnotatedText.Dependency::governor).findFirst().orElse(p);
    }

    /** Whether a word of commitment governs the predicate, directly or through one more clause. */
    static boolean committed(int p, Reading reading, DependencyIndex parse) {
        return governedByCommitment(p, 2, reading, parse);
    }

    /**
     * Whether the word that directly governs the predicate is one of commitment: "is ready to expel", "is
     * prepared to impose". Only the direct governor counts for a hostile act, since one step further the
     * act is often another's ("offered its troops to help him oust the general": the ousting is his).
     */
    static boolean readyTo(int p, Reading reading, DependencyIndex parse) {
        return governedByCommitment(p, 1, reading, parse);
    }

    /** Whether the predicate is the act of a one-party commitment that governs it directly: "pledged to work with". */
    static boolean pledgedBy(int act, int commitment, Reading reading, DependencyIndex parse) {
        String lemma = reading.token(commitment).lemma().toLowerCase(Locale.ROOT);
        return !lemma.equals(JOINT_COMMITMENT) && (COMMITMENTS.contains(lemma) || COMMITMENTS.contains(reading.token(commitment).text().toLowerCase(Locale.ROOT)))
                && parse.governors(act).stream().anyMatch(d -> d.relation().equals("xcomp") && d.governor() == commitment);
    }

    /**
     * Whether the predicate is a one-party pledge ("pledged", "vowed", "promised") whose act, governed directly, is
     * working with another (cooperation-verbs.txt, a verb the lexicon codes COOPERATE): "pledged to work closely for
     * deeper cooperation". The pledge is then told as the cooperation planned ({@link #PROMISED_AS_ITSELF}), as our
     * annotation of real reports codes it, even when the act names no partner of its own to be an event of its own.
     * Other acts the lexicon codes COOPERATE ("promised to continue military aid", "promised to democratize
     * Serbia") stay the pledge's AGREE, as PLOVER's gold codes them.
     */
    static boolean pledgesCooperation(int commitment, Reading reading, DependencyIndex parse, EventLexicon lexicon) {
        return parse.dependents(commitment).stream().filter(d -> d.relation().equals("xcomp")).map(AnnotatedText.Dependency::dependent)
                .filter(act -> reading.token(act).tag().startsWith("VB") && pledgedBy(act, commitment, reading, parse))
                .anyMatch(act -> COOPERATION_VERBS.contains(reading.token(act).lemma().toLowerCase(Locale.ROOT))
                        && lexicon.lookUp(reading.token(act).lemma(), true).stream()
                        .anyMatch(e -> e.isEvent() && PROMISED_AS_ITSELF.contains(e.category())));
    }

    /** Whether the act's CAMEO code is a return or release of persons or property (084x), which promised is AGREE (0353). */
    static boolean release(String cameo) {
        return cameo != null && cameo.startsWith("084");
    }

    /**
     * Whether the predicate is the purpose of another act ("will work with African countries to promote ties",
     * "is preparing legislation to protect the utility"): a "to" infinitive hung on a verb that has an object or a
     * phrase of its own, and neither makes another do the act (object-control-verbs.txt: "urged Togo to release")
     * nor commits or plans it ("pledged to", "plans to"). The future tense is the governing act's; the purpose is
     * neither reported in the future tense nor promised, so it is no intention to cooperate (AGREE) of its own.
     */
    static boolean purpose(int p, Reading reading, DependencyIndex parse, WordLists lists) {
        boolean infinitive = reading.token(p).tag().equals("VB") && parse.dependents(p).stream()
                .anyMatch(d -> d.relation().equals("mark") && reading.token(d.dependent()).text().equalsIgnoreCase("to"));
        return infinitive && parse.governors(p).stream()
                .filter(d -> d.relation().equals("xcomp") || d.relation().equals("advcl") || d.relation().equals("advcl:to"))
                .map(AnnotatedText.Dependency::governor)
                .anyMatch(h -> {
                    AnnotatedText.Token head = reading.token(h);
                    String lemma = head.lemma().toLowerCase(Locale.ROOT);
                    return head.tag().startsWith("VB") && !lists.objectControlVerbs.contains(lemma) && !COMMITMENTS.contains(lemma)
                            && !PLANS.contains(lemma) && parse.dependents(h).stream()
                                    .anyMatch(d -> d.relation().equals("obj") || d.relation().startsWith("obl:"));
                });
    }

    private static boolean governedByCommitment(int p, int steps, Reading reading, DependencyIndex parse) {
        return parse.ancestors(p, steps).stream().anyMatch(n -> COMMITMENTS.contains(reading.token(n).lemma().toLowerCase(Locale.ROOT))
                || COMMITMENTS.contains(reading.token(n).text().toLowerCase(Locale.ROOT)));
    }
}
