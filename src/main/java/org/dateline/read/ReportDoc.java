package org.dateline.read;

import java.util.List;

/**
 * One news report as the read stage hands it on: clean text and the metadata around it.
 *
 * @param source      where it came from
 * @param fingerprint hex SHA-256 of the report's normalised source text (NFC, LF line ends,
 *                    whitespace runs collapsed, trimmed): equal texts give equal fingerprints
 * @param headline    the title; null when the source has none
 * @param body        the body text: paragraphs separated by a blank line, dateline removed,
 *                    no markup, captions, share noise or trailing publisher line
 * @param captions    image captions found in the source, in order
 * @param byline      the author line ("By Jane Doe" gives "Jane Doe"); null when none
 * @param dateline    the dateline; null when the body opens without one
 * @param published   the publication date; null when the report gives none
 * @param publisher   the publisher's name; null when unknown
 * @param agencyName  the full name of the dateline's agency code, from agencies.tsv; null when none
 * @param language    BCP 47 language tag of the text
 */
public record ReportDoc(
        Source source,
        String fingerprint,
        String headline,
        String body,
        List<String> captions,
        String byline,
        Dateline dateline,
        PublicationDate published,
        String publisher,
        String agencyName,
        String language) {

    public ReportDoc {
        captions = List.copyOf(captions);
    }
}
