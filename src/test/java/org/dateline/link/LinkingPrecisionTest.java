package org.dateline.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the offline linker on the linking test set. Precision comes first: a
 * wrong link is worse than none. Run alone with {@code mvn test -Dtest=LinkingPrecisionTest}; it
 * prints the score and every miss.
 */
class LinkingPrecisionTest {

    static final double PRECISION_FLOOR = 0.95;
    static final double RECALL_FLOOR = 0.90;

    @Test
    void offlineLinkerIsPreciseOnTheTestSet() throws Exception {
        List<LinkingTestSet.Case> cases = LinkingTestSet.load();
        assertTrue(cases.size() >= 60, "the test set has at least 60 mentions");
        LinkingTestSet.Score score = LinkingTestSet.score(new GazetteerLinker(Gazetteer.bundled()), cases);
        System.out.println("Linking test set: " + score);
        score.mistakes().forEach(m -> System.out.println("  " + m));
        assertTrue(score.precision() >= PRECISION_FLOOR, () -> score + "\n" + String.join("\n", score.mistakes()));
        assertTrue(score.recall() >= RECALL_FLOOR, () -> score + "\n" + String.join("\n", score.mistakes()));
    }
}
