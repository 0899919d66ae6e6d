package org.dateline.understand;

/**
 * A date expression in the body, normalised against the report's date.
 *
 * @param begin code-point offset in the body
 * @param end   code-point offset just past it
 * @param text  the expression as written ("last July")
 * @param value ISO value: yyyy-MM-dd, yyyy-MM or yyyy
 */
public record TimeExpression(int begin, int end, String text, String value) {
}
