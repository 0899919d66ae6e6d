package org.dateline.understand;

import org.junit.jupiter.api.Test;

class ScratchParseTest {
    @Test
    void print() {
        for (String s : System.getProperty("sents").split("\\|")) {
            AnnotatedText a = CoreNlpEngine.shared().annotate(s, java.time.LocalDate.of(2024, 3, 19));
            System.out.println("### " + s);
            for (AnnotatedText.Dependency d : a.dependencies()) {
                System.out.println("  " + d.relation() + "(" + a.tokens().get(d.governor()).text() + "-" + d.governor() + ", "
                        + a.tokens().get(d.dependent()).text() + "-" + d.dependent() + ")");
            }
        }
    }
}
