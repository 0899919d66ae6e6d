package org.dateline.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dateline.evaluate.corpus.CorpusDocument;
import org.dateline.read.ReportDoc;

/** A corpus document: rendered as the plain text report it was, with the gold read from the corpus. */
final class CorpusSource implements GoldSource {

    private final CorpusDocument document;
    private final GoldDocument gold;

    CorpusSource(CorpusDocument document, GoldDocument gold) {
        this.document = document;
        this.gold = gold;
    }

    @Override
    public String id() {
        return document.id();
    }

    @Override
    public Path report(Path work) throws IOException {
        return Files.writeString(work.resolve(document.id() + ".txt"), gold.text(), StandardCharsets.UTF_8);
    }

    @Override
    public GoldDocument gold(ReportDoc doc) {
        return gold;
    }
}
