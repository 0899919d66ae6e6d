package org.dateline.understand;

import java.nio.file.Path;
import org.dateline.read.SourceReader;
import org.junit.jupiter.api.Test;

class ScratchEventsTest {
    @Test
    void print() throws Exception {
        Understander u = RuleBasedUnderstander.withCoreNlp();
        for (String f : new String[] {"000_00f213b68e0cbf10.txt", "004_b989fd716c0c8bdd.txt"}) {
            var doc = new SourceReader().read(Path.of("/work/shared/seeds", f)).get(0);
            var und = u.understand(doc);
            System.out.println("=== " + f + " " + doc.published());
            und.events().forEach(e -> System.out.println(e.category() + " " + e.actor() + " -> " + e.target() + " " + e.date()
                    + " place=" + e.place() + " trig=" + e.trigger() + " " + e.modality() + " | " + e.evidence().substring(0, Math.min(90, e.evidence().length()))));
        }
    }
}
