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

    /** The forms wire services close their datelines with, where no dash may follow the agency. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MOSCOW, March 4. /TASS/. The ministers met on Monday.|MOSCOW, March 4. /TASS/.|Moscow|TASS",
        "Yerevan, March 4. /ARKA/. The ministers met on Monday.|Yerevan, March 4. /ARKA/.|Yerevan|ARKA",
        "NAIROBI, Kenya, March 4, 2024 /PRNewswire/ -- The firm said on Monday.|NAIROBI, Kenya, March 4, 2024 /PRNewswire/ --"
                + "|Nairobi|PRNewswire",
        "Havana, Mar 4 (Prensa Latina) The ministers met on Monday.|Havana, Mar 4 (Prensa Latina)|Havana|Prensa Latina",
        "NEW DELHI, March 4 (IANS) The ministers met on Monday.|NEW DELHI, March 4 (IANS)|New Delhi|IANS",
        "ABU DHABI, 4th March, 2024 (WAM) -- The ministers met on Monday.|ABU DHABI, 4th March, 2024 (WAM) --|Abu Dhabi|WAM",
        "Tehran, IRNA -- The ministers met on Monday.|Tehran, IRNA --|Tehran|IRNA",
    })
    void wireForms(String paragraph, String text, String place, String agency) {
        DatelineParser.Result r = DatelineParser.parse(paragraph, AGENCIES);
        assertEquals(text, r.dateline().text());
        assertEquals(place, r.dateline().place());
        assertEquals(agency, r.dateline().agency());
        assertEquals("The", r.rest().split(" ")[0]);
    }

    /** Inside a sentence only an unmistakable dateline is taken; the words before it are kept apart. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "By Staff Reporter KATHMANDU: Nepal reopened the routes on Tuesday after repairs.|By Staff Reporter|Kathmandu",
        "Two sides signed a deal. ISLAMABAD, Feb 5 (APP): Pakistan signed the deal on Monday.|Two sides signed a deal.|Islamabad",
        "Published 4 March 2024 Lagos — Nigeria's central bank kept its rate on Monday.|Published 4 March 2024|Lagos",
        "Jane Doe, Reuters LONDON, March 4 — The ministers met on Monday.|Jane Doe, Reuters|London",
    })
    void datelineAfterALeadIn(String paragraph, String leadIn, String place) {
        DatelineParser.Inside inside = DatelineParser.parseInLead(paragraph, AGENCIES);
        assertEquals(leadIn, inside.leadIn());
        assertEquals(place, inside.result().dateline().place());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The minister met officials in Geneva: talks went on for hours, he said afterwards.",
        "Delegates from the ANC — the ruling party — met in Durban on Monday to discuss it.",
        "Officials said the banner read: STOP THE WAR: a slogan seen across the city on Monday.",
        "He spoke to reporters in London, Paris and Berlin (by video) — and said little.",
        "Africa-Press – Nigeria. The police uncovered a den of kidnappers on Thursday night.",
    })
    void noDatelineInsideOrdinarySentences(String paragraph) {
        assertNull(DatelineParser.parseInLead(paragraph, AGENCIES));
        assertNull(DatelineParser.parse(paragraph, AGENCIES));
    }
}
