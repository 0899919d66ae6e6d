package org.dateline.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date of which any part may be unknown, as news text gives it: "May 15" has no year,
 * "October 2023" no day. Months and days are 1-based.
 */
public record PartialDate(Integer year, Integer month, Integer day) {

    public PartialDate {
        if (year == null && month == null) {
            throw new IllegalArgumentException("a date needs at least a year or a month");
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("no month " + month);
        }
        if (day != null) {
            // Validates the day against the month (and the year, for 29 February).
            try {
                LocalDate.of(year == null ? 2000 : year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public boolean isComplete() {
        return year != null && month != null && day != null;
    }

    public boolean hasYear() {
        return year != null;
    }

    public PartialDate withYear(int newYear) {
        return new PartialDate(newYear, month, day);
    }

    public LocalDate toLocalDate() {
        if (!isComplete()) {
            throw new IllegalStateException("not a complete date: " + this);
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * The XML Schema lexical form, whose datatype {@link #xsdType()} names:
     * 2024-05-15 (date), 2024-05 (gYearMonth), 2024 (gYear), --05-15 (gMonthDay), --05 (gMonth).
     */
    public String lexical() {
        if (year != null && month != null && day != null) {
            return toLocalDate().toString();
        }
        if (year != null && month != null) {
            return YearMonth.of(year, month).toString();
        }
        if (year != null) {
            return String.format("%04d", year);
        }
        return day != null ? String.format("--%02d-%02d", month, day) : String.format("--%02d", month);
    }

    /** Local name of the XML Schema datatype of {@link #lexical()}. */
    public String xsdType() {
        if (year != null) {
            return month == null ? "gYear" : day == null ? "gYearMonth" : "date";
        }
        return day != null ? "gMonthDay" : "gMonth";
    }

    @Override
    public String toString() {
        return lexical();
    }
}
