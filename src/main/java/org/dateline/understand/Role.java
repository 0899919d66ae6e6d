package org.dateline.understand;

/**
 * A title the report says a person holds.
 *
 * @param person the key of the person
 * @param title  the title as written ("prime minister"; lower-cased when it is made of title words only)
 * @param of     the key of the country or organisation whose title it is; null when the report does not say
 */
public record Role(String person, String title, String of) {
}
