package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Direct and indirect quotations and who said them. */
class QuotationFixturesTest {

    private static final Understood REPORT = Understood.body("""
            Malian Defence Minister Sadio Camara said the new air defence systems had arrived.

            “We will not let anyone choose our partners for us,” Camara said. “Our army is stronger than it has ever been.”

            "The first deliveries came in January," he told Reuters. "More will follow before the rainy season."

            Camara added: “The partnership with Russia is not directed against any neighbour.

            “It serves the security of every Malian family.”

            Residents of the capital greeted the soldiers with “flowers and songs.”

            “No one will dictate our choices any more,” read a banner carried by protesters.

            Two more cargo planes landed at the airport in Bamako, Reuters said.""");

    @Test
    void directQuotationsGoToTheirSpeakerThroughSurnameAndPronoun() {
        assertEquals(List.of(
                "Sadio Camara | We will not let anyone choose our partners for us",
                "Sadio Camara | Our army is stronger than it has ever been.",
                "Sadio Camara | The first deliveries came in January",
                "Sadio Camara | More will follow before the rainy season.",
                "Sadio Camara | The partnership with Russia is not directed against any neighbour. "
                        + "It serves the security of every Malian family.",
                "- | No one will dictate our choices any more"),
                REPORT.quotations("DirectQuote"),
                "curly and straight marks, split around the attribution, over two paragraphs; the scare quote "
                        + "“flowers and songs” is no quotation; the banner has no speaker");
    }

    @Test
    void reportedSpeechIsAnIndirectQuotation() {
        assertEquals(List.of("Sadio Camara | the new air defence systems had arrived",
                "Reuters | Two more cargo planes landed at the airport in Bamako"), REPORT.quotations("IndirectQuote"),
                "“X said that ...” and “..., X said.”");
    }

    @Test
    void theReportsWordsAreAnchoredAndValid() {
        REPORT.assertAnchoredAndValid();
    }
}
