package org.dateline.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * For people tuning the reader: prints how each of a file's first lines is judged and what the
 * header reading takes from them.
 *
 * <pre>java -cp target/classes:target/test-classes:target/lib/* org.dateline.read.ExplainHeader FILE…</pre>
 */
public final class ExplainHeader {

    private ExplainHeader() {
    }

    public static void main(String[] args) throws Exception {
        LineClassifier classifier = LineClassifier.standard(Boilerplate.standard(), AgencyDirectory.standard());
        HeaderReader reader = new HeaderReader(classifier);
        for (String arg : args) {
            String text = SourceText.decode(Files.readAllBytes(Path.of(arg)));
            List<String> lines = Arrays.asList(text.split("\n", -1));
            System.out.println("== " + arg);
            for (HeaderLine line : reader.lines(lines, true)) {
                String t = line.text();
                System.out.printf("%3d-%-3d %-15s %s%n", line.index(), line.end(), line.kind(),
                        t.length() > 110 ? t.substring(0, 110) + "…" : t);
            }
            HeaderReader.Header h = reader.read(lines, true);
            System.out.println("-> headline: " + h.headline() + " | stamp: " + h.stamp() + " | byline: " + h.byline()
                    + " | body at line " + h.bodyStart() + " | captions: " + h.captions());
        }
    }
}
