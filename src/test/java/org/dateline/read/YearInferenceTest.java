package org.dateline.read;

import static org.dateline.read.Fixtures.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The year a dateline leaves out, inferred from the years the report mentions. */
class YearInferenceTest {

    private static final PartialDate MAY_15 = new PartialDate(null, 5, 15);

    @TempDir
    Path dir;

    @Test
    void aMentionLaterInTheLatestYearMeansTheNextYear() {
        assertEquals(new PublicationDate(new PartialDate(2024, 5, 15), true,
                        "year inferred from years mentioned in the text (latest 2023)"),
                YearInference.infer(MAY_15, null, "The minister visited Tehran in October 2023. Troops left in 2022."));
    }

    @Test
    void noLaterMentionKeepsTheLatestYear() {
        assertEquals(new PublicationDate(new PartialDate(2023, 5, 15), true,
                        "year inferred from years mentioned in the text (latest 2023)"),
                YearInference.infer(MAY_15, null, "The junta seized power in March 2023 and has ruled since."));
    }

    @Test
    void aMentionWithADayLaterInTheSameMonth() {
        assertEquals(2024, YearInference.infer(MAY_15, null, "Talks began on May 20, 2023, in Niamey.").date().year());
        assertEquals(2023, YearInference.infer(MAY_15, null, "Talks began on 2 May 2023 in Niamey.").date().year());
    }

    @Test
    void noYearInTheTextKeepsThePartialDate() {
        assertEquals(new PublicationDate(MAY_15, false, "year not stated and could not be inferred"),
                YearInference.infer(MAY_15, null, "The minister visited Tehran last July. About 1,000 troops remain."));
    }

    @Test
    void yearsInSentencesAboutTheFutureAreIgnored() {
        String text = "The junta seized power in July 2023. Elections are scheduled for 2026. "
                + "The withdrawal will be complete by September 2025. Officials expected talks in 2027.";
        assertEquals(new PublicationDate(new PartialDate(2024, 5, 15), true,
                        "year inferred from years mentioned in the text (latest 2023)"),
                YearInference.infer(MAY_15, null, text));
        assertEquals(new PublicationDate(MAY_15, false, "year not stated and could not be inferred"),
                YearInference.infer(MAY_15, null, "A vote is planned for 2026. Next year, in 2025, troops will leave."));
    }

    @Test
    void countsAreNotYears() {
        assertEquals(new PublicationDate(MAY_15, false, "year not stated and could not be inferred"),
                YearInference.infer(MAY_15, null, "About 2000 soldiers and 1500 civilians were moved."));
    }

    @Test
    void theWeekdaySettlesTheYear() {
        // 15 May 2023 was a Monday, 15 May 2024 a Wednesday.
        String text = "The junta seized power in March 2023.";
        assertEquals(new PublicationDate(new PartialDate(2024, 5, 15), true,
                        "year inferred from years mentioned in the text (latest 2023) and the weekday (Wednesday)"),
                YearInference.infer(MAY_15, DayOfWeek.WEDNESDAY, text));
        assertEquals(new PublicationDate(new PartialDate(2023, 5, 15), true,
                        "year inferred from years mentioned in the text (latest 2023) and the weekday (Monday)"),
                YearInference.infer(MAY_15, DayOfWeek.MONDAY, text));
        // A weekday matching neither candidate leaves the rule's answer.
        assertEquals(new PublicationDate(new PartialDate(2023, 5, 15), true,
                        "year inferred from years mentioned in the text (latest 2023)"),
                YearInference.infer(MAY_15, DayOfWeek.FRIDAY, text));
    }

    @Test
    void weekdayInADatelineIsUsedWhenReading() throws Exception {
        String text = TITLE + "\n\nNiamey, Wednesday, May 15 (RHC)-- The minister spoke to reporters after the "
                + "cabinet meeting that ended late in the evening.\n\nThe junta seized power in March 2023 and has "
                + "since asked foreign troops to leave the country, officials said on Wednesday.\n\n" + Fixtures.THIRD + "\n";
        ReportDoc doc = new SourceReader().read(Fixtures.write(dir, "w.txt", text)).get(0);
        assertEquals("Niamey, Wednesday, May 15 (RHC)--", doc.dateline().text());
        assertEquals(new PartialDate(null, 5, 15), doc.dateline().date());
        assertEquals(new PartialDate(2024, 5, 15), doc.published().date());
        assertEquals(true, doc.published().inferred());
    }

    @Test
    void notInferableWhenReading() throws Exception {
        String text = TITLE + "\n\nNiamey, May 15 (RHC)-- The minister spoke to reporters after the cabinet meeting "
                + "that ended late in the evening.\n\nThe junta seized power last July and has since asked foreign "
                + "troops to leave the country, officials said on Wednesday.\n\n" + Fixtures.THIRD + "\n";
        ReportDoc doc = new SourceReader().read(Fixtures.write(dir, "n.txt", text)).get(0);
        assertEquals(new PublicationDate(MAY_15, false, "year not stated and could not be inferred"), doc.published());
        assertEquals("--05-15", doc.published().date().lexical());
    }
}
