package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Blocking a road, a street, a bridge or traffic is a protest (CAMEO 144, PLOVER PROTEST) unless the forces
 * of order do it (CAMEO 191, COERCE): the lines of event-lexicon-additions.tsv that say so carry a pattern,
 * so they are tried before CAMEO's catch-all lines of "block". Reports published on Tuesday 19 March 2024.
 */
class RoadBlockadesTest {

    @Test
    void anAdditionWithAPatternIsTriedBeforeTheBuiltLinesAndOneWithoutAfter() {
        String columns = "\tsubject\tobj\t";
        EventLexicon lexicon = EventLexicon.parse(
                List.of("halt\tverb\t-" + columns + "COERCE\t-\tbuilt\t170\t-\t-"),
                List.of(), List.of(), List.of(),
                List.of("&lane\tlane|path",
                        "halt\tverb\t-" + columns + "CONSULT\t-\tadded, no pattern\t040\t-\t-",
                        "halt\tverb\t-" + columns + "PROTEST\t-\tadded, a pattern\t144\t-\tO=&lane"));
        assertEquals(List.of("PROTEST", "COERCE", "CONSULT"),
                lexicon.lookUp("halt", true).stream().map(EventLexicon.Entry::category).toList());
    }

    @Test
    void demonstratorsBlockingABridgeProtest() {
        assertEquals(Set.of("PROTEST | Greece | European Union | 2024-03-18 | Asserted"),
                Understood.eventsOf("Hundreds of Greek farmers blocked a bridge near Thessaloniki on Monday in protest against the European Union."));
    }

    @Test
    void blockingStreetsIsAProtest() {
        assertEquals(Set.of("PROTEST | Kenya | William Ruto | 2024-03-19 | Asserted"),
                Understood.eventsOf("Thousands of Kenyan students blocked streets in Nairobi to demand the resignation of President William Ruto."));
    }

    @Test
    void theForcesOfOrderBlockingRoadsCoerce() {
        assertEquals(Set.of("COERCE | Uganda | Bobi Wine | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ugandan police blocked roads leading to the home of Bobi Wine on Tuesday.")); // the one whose movement is restricted
    }

    @Test
    void blockingALawIsNoProtest() {
        assertEquals(Set.of("COERCE | Kenya | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya's opposition blocked the finance bill in parliament."));
    }
}
