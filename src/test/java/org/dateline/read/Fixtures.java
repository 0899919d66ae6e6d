package org.dateline.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Report text written for these tests in the style of the seed reports (not copied from them). */
final class Fixtures {

    static final String TITLE = "Junta ends defence accord with Washington";

    /** The first sentence after the dateline. */
    static final String FIRST = "Officials in the capital said the talks on the future of the security agreement "
            + "had ended without a deal on Tuesday evening.";

    static final String SECOND = "The transitional government has run the country since the coup in July 2023 "
            + "and has asked foreign troops to leave its territory.";

    static final String THIRD = "Diplomats said another round of meetings could take place in the coming weeks, "
            + "although no date had been set by either side.";

    static final String REST = SECOND + "\n\n" + THIRD;

    /** The body every standard fixture should yield after its opening. */
    static final String BODY = FIRST + "\n\n" + REST;

    private Fixtures() {
    }

    /** A report: the header lines, a blank line, then the body opening with the given dateline. */
    static String report(String header, String opening) {
        return header + "\n\n" + opening + FIRST + "\n\n" + REST + "\n";
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
