/**
 * Measures the pipeline on news other people annotated: reads annotated documents (MEANTIME CAT XML,
 * GUM, or a gold TSV file of one's own), runs the read, understand and link stages on each, and
 * compares what they find with the gold, layer by layer: named mentions (span, and span and type),
 * links, dates (value), quotations (span) and speakers. {@code dateline evaluate} prints the figures.
 */
package org.dateline.evaluate;
