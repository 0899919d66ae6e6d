package org.dateline.link;

/**
 * What the link stage hands the map stage for one report: the Wikidata item of each name the
 * report's metadata gives, or null where it linked nothing (the map stage then mints a slug IRI).
 *
 * @param publisher     the publisher's item
 * @param datelinePlace the dateline place's item
 * @param agency        the dateline agency's item
 */
public record ReportLinks(Link publisher, Link datelinePlace, Link agency) {

    /** Nothing linked: every entity keeps its slug IRI. */
    public static final ReportLinks NONE = new ReportLinks(null, null, null);
}
