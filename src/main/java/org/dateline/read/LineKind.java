package org.dateline.read;

/** What one line near the top of a scraped report reads as, judged from the line alone. */
enum LineKind {
    /** Share buttons, rules, advertising: dropped. */
    NOISE,
    /** A section name, breadcrumb or navigation word: dropped, never the headline. */
    LABEL,
    /** A news outlet's name standing alone ("The Sunday Mail"): the site, not the headline. */
    SITE_NAME,
    /** A bare web address. */
    URL,
    /** "5 min read". */
    READING_TIME,
    /** A timestamp with a date ({@link TimestampLine}). */
    TIMESTAMP,
    /** "3 hours ago": a timestamp that names no day. */
    RELATIVE_TIME,
    /** An author line. */
    BYLINE,
    /** A picture's caption or credit. */
    CAPTION,
    /** A paragraph that opens with a dateline: where the body starts. */
    DATELINE_PROSE,
    /** A sentence long enough to be a paragraph of the report. */
    PROSE,
    /** A short sentence: a caption, a standfirst or a one-line paragraph. */
    SHORT_SENTENCE,
    /** A line that does not end like a sentence: a headline, a caption or a summary point. */
    TITLE_LIKE
}
