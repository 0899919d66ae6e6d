package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.dateline.read.PartialDate;
import org.junit.jupiter.api.Test;

/** Dates normalised against the report's date; future references and durations are no dates. */
class TimeFixturesTest {

    private static final String BODY = """
            The junta took power in late January and dissolved the electoral commission last month. On Tuesday it \
            announced that elections would be held in the coming months, after a transition of three years that \
            began in 2021.""";

    @Test
    void relativeDatesResolveAgainstThePublicationDate() {
        Understood report = Understood.body(BODY);
        assertEquals(Set.of("late January = 2024-01", "last month = 2024-02", "Tuesday = 2024-03-19", "2021 = 2021"),
                report.times());
        assertEquals("gYear", report.timeDatatype("2021"));
        assertEquals("date", report.timeDatatype("Tuesday"));
        report.assertAnchoredAndValid();
    }

    @Test
    void aReportWithoutAFullDateKeepsOnlyAbsoluteDates() {
        Understood report = Understood.body(BODY, new PartialDate(2024, 3, null));
        assertEquals(Set.of("2021 = 2021"), report.times());
    }
}
