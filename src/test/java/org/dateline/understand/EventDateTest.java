package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An event's date is a day, a month or a year of the calendar, or nothing: the shapes take no other. */
class EventDateTest {

    @Test
    void daysMonthsAndYearsDateAnEvent() {
        assertTrue(EventFinder.isCalendarDate("2024-02-14"));
        assertTrue(EventFinder.isCalendarDate("2024-02"));
        assertTrue(EventFinder.isCalendarDate("2024"));
    }

    @Test
    void valuesWithoutAYearOrOutsideTheCalendarDoNot() {
        assertFalse(EventFinder.isCalendarDate("--02"));
        assertFalse(EventFinder.isCalendarDate("--02-14"));
        assertFalse(EventFinder.isCalendarDate("2024-W05"));
        assertFalse(EventFinder.isCalendarDate("PRESENT_REF"));
        assertFalse(EventFinder.isCalendarDate("202X"));
        assertFalse(EventFinder.isCalendarDate(null));
    }
}
