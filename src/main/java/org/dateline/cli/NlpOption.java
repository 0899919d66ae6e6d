package org.dateline.cli;

import org.dateline.understand.RuleBasedUnderstander;
import org.dateline.understand.Understander;

import picocli.CommandLine.Option;

/** The option of the commands that read reports: understand their text, or map metadata only. */
public final class NlpOption {

    @Option(names = "--no-nlp", description = "Map each report's metadata only: skip the language engine "
            + "(no entities, mentions, roles, quotations or time expressions; no 20 s model load).")
    boolean noNlp;

    Understander understander() {
        return noNlp ? Understander.NONE : RuleBasedUnderstander.withCoreNlp();
    }
}
