package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dateline.TestReports;
import org.dateline.read.PartialDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Events on text nobody on this project wrote: the 322 PLOVER gold-standard records (see
 * {@link PloverGoldStandard} for how they are scored). Prints precision and recall per category and
 * every miss; asserts floors at what the rules reach, so that a change that loses ground shows.
 * The records are codebook sentences, edited: good for typing and arguments, not for document-level figures.
 */
class PloverGoldTest {

    private static final double F1_FLOOR = 0.71;
    private static final double PRECISION_FLOOR = 0.77;
    private static final double RECALL_FLOOR = 0.67;
    private static final double TYPE_ACCURACY_FLOOR = 0.89;

    @Test
    void eventsOnThePloverGoldStandard() throws Exception {
        Assumptions.assumeTrue(PloverGoldStandard.present(),
                "PLOVER gold standard or Wikidata country extract not found under ../shared: skipped");
        Understander understander = RuleBasedUnderstander.withCoreNlp();
        List<PloverGoldStandard.Record> records = PloverGoldStandard.records();
        PloverGoldStandard.Score score = new PloverGoldStandard.Score(PloverGoldStandard.iso3ByName());
        for (PloverGoldStandard.Record record : records) {
            Understanding understanding = understander.understand(
                    TestReports.doc("plover-gsr.txt", 1, "", record.text(), null, null, new PartialDate(2000, 1, 1)));
            score.add(record, PloverGoldStandard.tuples(understanding));
        }
        System.out.print(score.report(records.size()));
        assertTrue(records.size() > 300, "records read: " + records.size());
        assertTrue(score.f1() >= F1_FLOOR, "F1 " + score.f1());
        assertTrue(score.precision() >= PRECISION_FLOOR, "precision " + score.precision());
        assertTrue(score.recall() >= RECALL_FLOOR, "recall " + score.recall());
        assertTrue(score.typeAccuracy() >= TYPE_ACCURACY_FLOOR, "type accuracy " + score.typeAccuracy());
    }
}
