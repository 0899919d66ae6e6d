package org.dateline.read;

/**
 * When a report was published, as far as the report tells.
 *
 * @param date     the date; without a year when none was stated and none could be inferred
 * @param inferred true when part of the date (usually the year) was inferred rather than stated
 * @param note     why the date is partial or how it was inferred, for people; null when stated
 */
public record PublicationDate(PartialDate date, boolean inferred, String note) {
}
