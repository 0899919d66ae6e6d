package org.dateline.understand;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whose proposal a response answers: "rejected North Korea's demand", "turned down a United Nations appeal",
 * "accepted a Senegalese peace plan". PLOVER codes the one who made the demand, appeal, plan or offer as the
 * target of its rejection or acceptance. The parser often leaves the proposal no object of the verb ("rejected
 * Thursday a United Nations appeal" hangs it on the date; "rejected X's demand to sever" makes the demand the
 * subject of "sever"), so it is looked for among the words after the predicate that it governs within two steps.
 */
final class ProposalAuthors {

    /** How a proposal names its author: "North Korea's demand", "a U.N. appeal", "a Senegalese plan", "a call by Iran". */
    private static final Set<String> AUTHOR = Set.of("nmod:poss", "compound", "amod", "nmod:by", "nmod:from", "nmod:of");
    /** How far after the predicate the proposal may stand: "rejected again on Thursday a ... appeal". */
    private static final int REACH = 8;

    private ProposalAuthors() {
    }

    /** The authors of the first proposal the predicate governs, other than those excluded; none when it governs none. */
    static List<EventArguments.Argument> of(int p, Reading reading, DependencyIndex parse, AnnotatedText.Sentence sentence,
            EventArguments args, Set<String> exclude) {
        for (int n = p + 1; n < Math.min(p + REACH, sentence.endToken()); n++) {
            AnnotatedText.Token t = reading.token(n);
            if (!(t.tag().equals("NN") || t.tag().equals("NNS"))
                    || !ArgumentWords.PROPOSAL_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)) || !parse.governsWithinTwo(p, n)) {
                continue;
            }
            for (AnnotatedText.Dependency d : parse.dependents(n)) {
                if (AUTHOR.contains(d.relation())) {
                    List<EventArguments.Argument> found = args.entitiesIn(d.dependent(), exclude);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return List.of(); // the first proposal, naming no author, is the one answered
        }
        return List.of();
    }

    /**
     * Whether the noun at {@code n} is a proposal a verb of response takes (response-verbs.txt), within two steps:
     * "rejected a United Nations appeal for troops", "refused to respond to a demand from the US". The demand was
     * made before; the report tells the response, and the noun is no request of its own.
     */
    static boolean answered(int n, Reading reading, DependencyIndex parse) {
        AnnotatedText.Token t = reading.token(n);
        if (!t.tag().startsWith("NN") || !ArgumentWords.PROPOSAL_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int node = n;
        for (int i = 0; i < 2; i++) {
            List<AnnotatedText.Dependency> heads = parse.governors(node).stream()
                    .filter(d -> !d.relation().equals("root") && !d.relation().startsWith("conj") && !d.relation().equals("ref")
                            && !d.relation().equals("nsubj") && d.governor() >= 0).toList();
            if (heads.isEmpty()) {
                return false;
            }
            node = heads.get(0).governor();
            AnnotatedText.Token head = reading.token(node);
            if (head.tag().startsWith("VB") && ArgumentWords.RESPONSE_VERBS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
