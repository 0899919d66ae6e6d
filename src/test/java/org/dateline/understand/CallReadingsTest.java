package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A "call" in the sense its clause gives it ({@link CallReadings}): a call on someone with nothing asked is a
 * visit, a call with a request told is a request, calling up a person is a telephone call and calling up
 * reservists a mobilisation, calling someone by a name no call at all. Reports published on Tuesday 19 March 2024.
 */
class CallReadingsTest {

    @Test
    void aCallOnSomeoneWithNothingAskedIsAVisit() {
        assertEquals(Set.of("CONSULT | Maria Lindqvist | Tomas Berg | 2024-03-18 | Asserted"),
                Understood.eventsOf("Maria Lindqvist, Executive Director of the Nordic Trade Forum, called on Foreign Minister Tomas Berg on Monday."));
    }

    @Test
    void aCallOnSomeoneToActIsARequest() {
        assertEquals(Set.of("REQUEST | Kofi Mensah | Togo | 2024-03-18 | Asserted"),
                Understood.eventsOf("President Kofi Mensah on Monday called on Togo to release the detained journalists."));
    }

    @Test
    void callingUpAPersonIsATelephoneCall() {
        assertEquals(Set.of("CONSULT | Jean Dupont | Paul Biya | 2024-03-18 | Asserted"),
                Understood.eventsOf("Jean Dupont called up Paul Biya on Monday."));
    }

    @Test
    void callingUpReservistsIsAMobilisation() {
        assertEquals(Set.of("MOBILIZE | Kenya | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenya called up 20,000 reservists on Monday."));
    }

    @Test
    void callingSomeoneByANameIsNoCall() {
        assertEquals(Set.of(),
                Understood.eventsOf("\"We are old friends,\" said Jean Dupont, calling Kofi Mensah by his nickname."));
    }

    @Test
    void aCallFromAPlaceNamesNoOneCalled() {
        assertEquals(Set.of(),
                Understood.eventsOf("Shortly before 1:00 a.m. on Monday, Truro RCMP received a call from a residence on Maple Drive."));
    }
}
