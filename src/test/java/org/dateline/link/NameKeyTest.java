package org.dateline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void spellingsThatNeverChangeTheReferentShareAKey() {
        assertEquals("us", NameKey.of("U.S."));
        assertEquals("us", NameKey.of("US"));
        assertEquals("usa", NameKey.of("U.S.A."));
        assertEquals("niger", NameKey.of("Niger's"));
        assertEquals("niger", NameKey.of("Niger’s"));
        assertEquals("united states", NameKey.of("the United States'"));
        assertEquals("washington post", NameKey.of("The Washington Post"));
        assertEquals("st petersburg", NameKey.of("St. Petersburg"));
        assertEquals("washington dc", NameKey.of("Washington, D.C."));
        assertEquals("n djamena", NameKey.of("N'Djamena"));
        assertEquals("segou", NameKey.of("Ségou"));
        assertEquals("assimi goita", NameKey.of("Assimi Goïta"));
        assertEquals("agence france presse", NameKey.of("Agence France-Presse"));
        assertEquals("theodore", NameKey.of("Theodore"), "only a whole leading word 'the' goes");
    }

    @Test
    void acronymsAreWrittenInCapitals() {
        assertTrue(NameKey.isAcronym("US"));
        assertTrue(NameKey.isAcronym("U.S."));
        assertTrue(NameKey.isAcronym("the UAE"));
        assertFalse(NameKey.isAcronym("us"));
        assertFalse(NameKey.isAcronym("Reuters"));
        assertTrue(NameKey.isPossessive("Washington's"));
        assertFalse(NameKey.isPossessive("Reuters"));
    }

    @Test
    void coreNlpTagsMapToMentionTypes() {
        assertEquals(java.util.Optional.of(MentionType.PLACE), MentionType.ofNerTag("CITY"));
        assertEquals(java.util.Optional.of(MentionType.PLACE), MentionType.ofNerTag("STATE_OR_PROVINCE"));
        assertEquals(java.util.Optional.of(MentionType.NATIONALITY), MentionType.ofNerTag("NATIONALITY"));
        assertEquals(java.util.Optional.empty(), MentionType.ofNerTag("TITLE"));
        assertFalse(MentionType.PERSON.fits(EntityType.COUNTRY));
        assertTrue(MentionType.ORGANIZATION.fits(EntityType.COUNTRY));
    }
}
