package org.dateline.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What every executor needs to set up the stages, shipped with the tasks.
 *
 * @param base        the base of the IRIs minted (as {@code ingest --base})
 * @param nlp         whether the language engine understands the text ({@code --no-nlp} turns it off)
 * @param gazetteers  the user's gazetteer files, at the same path on every executor
 * @param generatedAt the time of the run, recorded as each report's ingestion time: one instant
 *                    for the whole job, so that a report's quads do not depend on when its task ran
 */
public record JobOptions(String base, boolean nlp, List<String> gazetteers, String generatedAt) implements Serializable {

    public JobOptions {
        gazetteers = List.copyOf(gazetteers);
    }
}
