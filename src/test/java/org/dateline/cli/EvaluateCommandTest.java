package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dateline evaluate` on a gold file of one's own: the figures, the misses, and a bad path as a usage error. */
class EvaluateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return DatelineCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    @Test
    void aGoldFileGivesTheFiguresAndEveryMiss() throws Exception {
        Files.writeString(dir.resolve("report.txt"), "# Kenya's president speaks\n\nNAIROBI, March 3, 2024 - "
                + "President William Ruto said on Tuesday that Kenya would send police officers to Haiti. "
                + "\"We will not abandon the people of Haiti,\" Ruto told reporters in Nairobi. The opposition leader "
                + "Raila Odinga criticised the plan, saying the police were needed at home and that parliament had "
                + "not been consulted.\n");
        Path gold = Files.writeString(dir.resolve("gold.tsv"), "file\tlayer\ttext\tvalue\n"
                + "report.txt\tname\tWilliam Ruto\tPER\n"
                + "report.txt\tname\tKenya\tLOC\n"
                + "report.txt\tname\tRaila Odinga\tPER\n"
                + "report.txt\tdate\tTuesday\t2024-02-27\n"
                + "report.txt\tquotation\tWe will not abandon\tWilliam Ruto\n");
        assertEquals(0, run("evaluate", gold.toString(), "--misses"), err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("gold.tsv: 1 documents in "), printed);
        assertTrue(printed.contains("named mentions (span)"), printed);
        assertTrue(printed.contains("speakers (named or pronoun)"), printed);
        assertTrue(printed.contains("quotations (span)"), printed);
    }

    @Test
    void aPathWithNothingAnnotatedIsAUsageError() throws Exception {
        Files.writeString(dir.resolve("notes.xml"), "<notes/>");
        assertEquals(2, run("evaluate", dir.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no MEANTIME or GUM document"), err.toString(StandardCharsets.UTF_8));
    }
}
