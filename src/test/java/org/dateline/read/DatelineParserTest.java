package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Datelines are found only where they are: a wrong dateline is worse than none. */
class DatelineParserTest {

    private static final AgencyDirectory AGENCIES = AgencyDirectory.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "However, the minister said — in an interview — that the talks failed.",
        "In July, the army took power: the president was detained.",
        "The Americans stayed on our soil -- doing nothing, he said.",
        "On Tuesday, March 19, officials met — and disagreed.",
        "Zeine said: the tone was unacceptable to the government.",
        "NATO: allies met in Brussels to discuss the Sahel.",
        "Washington: officials met in private on Tuesday.",
        "Last month (AP) — something unusual happened in the capital.",
        "Niamey (file photo) — troops on parade.",
        "A very long opening sentence that goes on and on without any separator for more than eighty characters - then a dash."
    })
    void ordinarySentencesAreNotDatelines(String paragraph) {
        assertNull(DatelineParser.parse(paragraph, AGENCIES));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ST. LOUIS (AP) — Text.|ST. LOUIS (AP) —|St. Louis|AP",
        "N'DJAMENA, Chad (Reuters) - Text.|N'DJAMENA, Chad (Reuters) -|N'Djamena|Reuters",
        "Guinea-Bissau (AFP) - Text.|Guinea-Bissau (AFP) -|Guinea-Bissau|AFP",
        "The Hague, March 3 (ANP) – Text.|The Hague, March 3 (ANP) –|The Hague|ANP",
    })
    void placeForms(String paragraph, String text, String place, String agency) {
        DatelineParser.Result r = DatelineParser.parse(paragraph, AGENCIES);
        assertEquals(text, r.dateline().text());
        assertEquals(place, r.dateline().place());
        assertEquals(agency, r.dateline().agency());
        assertEquals("Text.", r.rest());
    }
}
