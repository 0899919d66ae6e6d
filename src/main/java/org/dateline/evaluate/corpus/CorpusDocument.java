package org.dateline.evaluate.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One document of an annotated corpus, as the news report it was. */
public interface CorpusDocument {

    /** "May 18, 2015": a date line the reader knows. */
    DateTimeFormatter DATE_LINE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    /** The corpus's id of the document (its file name without the extension). */
    String id();

    /** The headline. */
    String title();

    /** The document's creation (publication) date as the corpus annotates it; null when it gives none. */
    LocalDate created();

    /** The body's paragraphs, in order, without the title and the date line. */
    List<String> paragraphs();

    /**
     * The document as a plain text report: the title line, a blank line, the date line ("May 18,
     * 2015", left out when there is no date), a blank line, and the paragraphs separated by blank lines.
     */
    default String reportText() {
        List<String> blocks = new ArrayList<>();
        blocks.add(title());
        if (created() != null) {
            blocks.add(DATE_LINE.format(created()));
        }
        blocks.addAll(paragraphs());
        return String.join("\n\n", blocks) + "\n";
    }
}
