package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A request made of the public at large ("called on the public to stay calm", "are requesting the public's help") is
 * PLOVER REQUEST by whoever makes it, with no target: the public names no party (PublicAppeals,
 * public-addressees.txt). A public that a name or a demonym places is that party's; an appeal with no one making it is
 * no event. Each report published on Tuesday 19 March 2024.
 */
class PublicAppealsTest {

    @Test
    void callingOnThePublicIsARequestWithoutTarget() {
        assertEquals(Set.of("REQUEST | Ghana | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("The Ghana Police Service called on the public to keep away from the flooded districts."));
    }

    @Test
    void askingForThePublicsHelpIsARequestWithoutTarget() {
        assertEquals(Set.of("REQUEST | Kenya | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenyan police are requesting the public's help after a warehouse fire in Mombasa."));
    }

    @Test
    void theMountedPoliceActForCanada() {
        assertEquals(Set.of("REQUEST | Canada | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("RCMP are requesting the public's help after a barn fire near Moncton."));
    }

    @Test
    void aPublicANamePlacesIsThatPartys() {
        assertEquals(Set.of("REQUEST | Ghana | Togo | 2024-03-19 | Asserted"),
                Understood.eventsOf("The Ghana Police Service urged the Togolese public to keep away from the border."));
    }

    @Test
    void anAppealNoOneMakesIsNoEvent() {
        assertEquals(Set.of(),
                Understood.eventsOf("The public was asked to keep away from the flooded districts."));
    }
}
