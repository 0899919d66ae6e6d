/**
 * Readers for the externally annotated news corpora Dateline is measured on (MEANTIME and the news
 * genre of GUM, in {@code ../shared/corpora}): each document's title, creation date and paragraphs,
 * rebuilt from the corpus's tokens, and rendered as a plain text report the reader takes like any
 * scraped one ({@link org.dateline.evaluate.corpus.CorpusDocument#reportText()}). The annotations
 * themselves are left to whoever scores against them.
 */
package org.dateline.evaluate.corpus;
