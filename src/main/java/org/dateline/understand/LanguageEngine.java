package org.dateline.understand;

import java.time.LocalDate;

/**
 * What the understand stage needs from a language engine: sentences, tokens, typed names and
 * normalised time expressions. The rules that repair and interpret its output work on
 * {@link AnnotatedText} only, so another engine can be swapped in behind this interface.
 */
public interface LanguageEngine {

    /**
     * @param text         the text to annotate
     * @param documentDate the date relative expressions ("on Tuesday") are resolved against; null
     *                     when unknown, and then only absolute dates get a value
     */
    AnnotatedText annotate(String text, LocalDate documentDate);

    /**
     * The most characters (Unicode code points) the engine reads for one report in bounded time and
     * memory; a longer text is not given to it at all. No limit unless the engine sets one.
     */
    default int characterLimit() {
        return Integer.MAX_VALUE;
    }
}
