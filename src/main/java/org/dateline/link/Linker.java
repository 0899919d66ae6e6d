package org.dateline.link;

import java.util.Optional;

/**
 * The link stage: a mention in its report's context becomes a Wikidata item, or nothing. A wrong
 * link is worse than none, so implementations return empty below their confidence threshold.
 * Implementations are thread-safe.
 */
public interface Linker {

    Optional<Link> link(Mention mention, ReportContext context);
}
