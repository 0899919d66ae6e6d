package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A fight with a side that names no one ("clashed with protesters", "have been clashing with gunmen") is an
 * assault by the one named, told without a target, as "fired at protesters" is: the "with" names the other
 * side, when it is people, not what one fought with. Before, such a clash was told only when some other
 * phrase of the sentence ("on Monday") happened to fill the dictionary's target slot.
 */
class ClashesWithUnnamedSidesTest {

    @Test
    void aClashWithProtestersIsAnAssaultByThePolice() {
        assertEquals(Set.of("ASSAULT | Malawi | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("Malawian police clashed with protesters outside the electoral commission."));
    }

    @Test
    void soIsAClashToldAsGoingOn() {
        assertEquals(Set.of("ASSAULT | Malawi | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("Police in Malawi are clashing with gunmen in the north."));
    }

    @Test
    void whatOneAttackedWithIsNoSide() {
        // the grenades are the weapon, not a side: no one was named as attacked, and nothing is told
        assertEquals(Set.of(),
                Understood.eventsOf("Malawian police attacked with grenades."));
    }
}
