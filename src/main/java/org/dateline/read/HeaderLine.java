package org.dateline.read;

/**
 * One non-blank line near the top of a report, with what it reads as.
 *
 * @param index   the line's index in the report's lines
 * @param end     the index after its last line (a line broken in mid-sentence goes on below)
 * @param raw     the line as written
 * @param text    the line as plain text (markdown reduced)
 * @param kind    what it reads as
 * @param heading true when markdown marks it as a heading ({@code # …} or an underlined line)
 * @param stamp   the timestamp, for {@link LineKind#TIMESTAMP} and {@link LineKind#RELATIVE_TIME}; else null
 * @param byline  the author names, for {@link LineKind#BYLINE} (or a timestamp beside a byline); else null
 * @param site    the outlet's name: a {@link LineKind#SITE_NAME}, or the site a title line ends with
 *                ("87 Senate bills passed | Inquirer News"); else null
 */
record HeaderLine(int index, int end, String raw, String text, LineKind kind, boolean heading,
        TimestampLine.Stamp stamp, String byline, String site) {

    int words() {
        return NewsReportCheck.countWords(text);
    }
}
