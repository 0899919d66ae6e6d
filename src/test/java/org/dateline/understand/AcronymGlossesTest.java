package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * "the International Atomic Energy Agency, or IAEA, ...": an acronym glossed between commas after the name is the same
 * organisation (AcronymIntroductions), not a second one an act is directed at again. An acronym that does not spell
 * the name's initials is an alternative, and stays another party. Exact events (type | actor | target | date |
 * modality), each report published on Tuesday 19 March 2024.
 */
class AcronymGlossesTest {

    @Test
    void anAcronymGlossedWithOrIsTheNamedOrganisation() {
        assertEquals(Set.of("SANCTION | Iran | International Atomic Energy Agency | 2024-03-18 | Asserted",
                "PROTEST | International Atomic Energy Agency | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Iran expelled two inspectors of the International Atomic Energy Agency, or IAEA, on Monday. "
                        + "The IAEA protested on Monday."));
    }

    @Test
    void anAcronymThatSpellsAnotherNameIsAnotherParty() {
        Set<String> organisations = Understood.body("The European Union, or NATO, would have to act, the minister said on Monday.")
                .entities("Organization");
        assertTrue(organisations.contains("European Union"), organisations.toString());
        assertFalse(organisations.stream().anyMatch(o -> o.contains("European Union") && o.contains("NATO")), organisations.toString());
    }
}
