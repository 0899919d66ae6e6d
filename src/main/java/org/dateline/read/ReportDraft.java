package org.dateline.read;

import java.util.ArrayList;
import java.util.List;

/**
 * What a format-specific parser (text or HTML) found, before the shared rules for datelines,
 * dates, bylines, captions, noise and publishers turn it into a {@link ReportDoc}.
 */
final class ReportDraft {

    /** The headline, already plain text; null when the source has none. */
    String headline;

    /** The report's blocks (paragraphs) in order, each as its raw lines. */
    final List<List<String>> blocks = new ArrayList<>();

    /** True when the lines are markdown (emphasis, rules, images to reduce); false for HTML text. */
    boolean markdown;

    /** A publication date from metadata (HTML {@code article:published_time}); null when none. */
    PublicationDate published;

    /** A publisher from metadata (HTML {@code og:site_name}); null when none. */
    String publisher;

    /** The timestamp read from the header lines; null when none. */
    TimestampLine.Stamp stamp;

    /** The author names read from the header lines; null when none. */
    String byline;

    /** A dateline printed on a line of its own in the header ("AP, JAKARTA"); null when none. */
    Dateline dateline;

    /** The outlet's name printed alone above the report; null when none. */
    String siteName;

    /** Captions found by the format parser (HTML figcaption). */
    final List<String> captions = new ArrayList<>();

    /** The raw text of this report in the source, for its fingerprint. */
    String rawSegment;
}
