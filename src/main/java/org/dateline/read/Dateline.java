package org.dateline.read;

/**
 * The dateline that opens a report's body, e.g. {@code Niamey, May 15 (RHC)--}.
 *
 * @param text   the dateline exactly as written (without the trailing separator's spaces)
 * @param place  the place as a name ("Niamey", "Washington": all-capitals datelines are title-cased)
 * @param date   the date the dateline gives, possibly without a year; null when none
 * @param agency the agency code in parentheses ("RHC", "Reuters"); null when none
 */
public record Dateline(String text, String place, PartialDate date, String agency) {
}
