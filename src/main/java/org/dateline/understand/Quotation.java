package org.dateline.understand;

/**
 * Words a report attributes to a speaker.
 *
 * @param begin   code-point offset of the quoted words in the body (inside the quotation marks)
 * @param end     code-point offset just past them
 * @param text    the words
 * @param speaker the key of the speaking entity; null when the text does not say who spoke
 * @param kind    direct or indirect
 */
public record Quotation(int begin, int end, String text, String speaker, QuoteKind kind) {
}
