package org.dateline.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The linking test set (linking-test-set.tsv) and the precision and recall of a linker on it. */
final class LinkingTestSet {

    static final String RESOURCE = "/org/dateline/link/linking-test-set.tsv";

    /** One mention in context with the right item, or null when the right answer is no link. */
    record Case(int line, String expected, Mention mention, ReportContext context, String why) {
    }

    /** The score of a linker on the set, with the cases it got wrong. */
    record Score(int cases, int expectedLinks, int linksMade, int correctLinks, List<String> mistakes) {
        double precision() {
            return linksMade == 0 ? 1 : (double) correctLinks / linksMade;
        }

        double recall() {
            return (double) correctLinks / expectedLinks;
        }

        @Override
        public String toString() {
            return String.format("%d cases, %d with an item: %d links made, %d right: precision %.3f, recall %.3f",
                    cases, expectedLinks, linksMade, correctLinks, precision(), recall());
        }
    }

    private LinkingTestSet() {
    }

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = LinkingTestSet.class.getResourceAsStream(RESOURCE)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] c = Arrays.copyOf(lines[i].split("\t", -1), 10);
                Mention mention = new Mention(c[1], MentionType.valueOf(c[2]), blankToNull(c[3]), "yes".equals(c[4]),
                        c[5], c[6]);
                List<String> names = c[7] == null || c[7].isBlank() ? List.of() : List.of(c[7].split("\\|"));
                cases.add(new Case(i + 1, "none".equals(c[0]) ? null : c[0], mention,
                        new ReportContext(names, blankToNull(c[8])), c[9]));
            }
        }
        return cases;
    }

    static Score score(Linker linker, List<Case> cases) {
        int expected = 0;
        int made = 0;
        int right = 0;
        List<String> mistakes = new ArrayList<>();
        for (Case c : cases) {
            Optional<Link> link = linker.link(c.mention(), c.context());
            expected += c.expected() == null ? 0 : 1;
            made += link.isPresent() ? 1 : 0;
            boolean correct = link.isPresent() && link.get().qid().equals(c.expected());
            right += correct ? 1 : 0;
            if (!correct && (link.isPresent() || c.expected() != null)) {
                mistakes.add("line " + c.line() + " " + c.mention().text() + " (" + c.mention().type() + ", " + c.why()
                        + "): expected " + (c.expected() == null ? "none" : c.expected()) + ", got "
                        + link.map(l -> l.qid() + " " + l.label() + " " + l.confidence()).orElse("none"));
            }
        }
        return new Score(cases.size(), expected, made, right, mistakes);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
