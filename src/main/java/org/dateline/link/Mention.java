package org.dateline.link;

/**
 * A name in a report that may refer to a Wikidata item: what the linker is given.
 *
 * @param text        the name as written ("Niger's", "U.S.", "Putin")
 * @param type        its coarse type
 * @param statedRole  the role the text gives the person ("Russian President", "president of Russia");
 *                    null when none
 * @param isDateline  true for the dateline's place ("WASHINGTON:"), which is always a place
 * @param before      a few words of the sentence just before the mention ("talks in"); "" when none
 * @param after       a few words just after it ("River", "'s threats"); "" when none
 */
public record Mention(String text, MentionType type, String statedRole, boolean isDateline, String before,
        String after) {

    public Mention {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a mention needs its text");
        }
        if (type == null) {
            throw new IllegalArgumentException("a mention needs a type: " + text);
        }
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    /** A mention in running text with no role and no surrounding words known. */
    public static Mention of(String text, MentionType type) {
        return new Mention(text, type, null, false, "", "");
    }

    /** The place a dateline names. */
    public static Mention dateline(String place) {
        return new Mention(place, MentionType.PLACE, null, true, "", "");
    }
}
