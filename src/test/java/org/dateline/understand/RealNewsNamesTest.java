package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Classes of error found by {@code dateline evaluate} on news annotated by others (GUM, MEANTIME),
 * in sentences of their kind: names the engine leaves untyped or gives away to a time expression,
 * dates it reads as stretches or parts of days, and quoted words that nobody said.
 */
class RealNewsNamesTest {

    private static final Understood REPORT = Understood.body("""
            A senior member of the Church of Scientology has left the movement. He said Scientology had kept him \
            from his family for a decade, according to the Sydney Morning Herald.

            He spent twenty years in the Sea Org group, whose members sign a contract for a billion years. \
            Members of the Sea Org live apart from their families, the newspaper reported yesterday afternoon.

            The study modelled crop yields over 2000 - 2050. Years ago, researchers had looked at ozone alone. \
            Microsoft says on "The Internet Explorer 6 Countdown" that the browser must go.""");

    @Test
    void theEndOfAnOrganisationsNameTheEngineLeftUntypedIsThatOrganisation() {
        assertEquals(List.of("Church of Scientology", "Scientology"), REPORT.mentionsOf("Church of Scientology"));
    }

    @Test
    void aRunOfProperNounsBeforeAnOrganisationNounIsAnOrganisationRepeatedLater() {
        assertEquals(List.of("Sea Org", "Sea Org"), REPORT.mentionsOf("Sea Org"));
    }

    @Test
    void aNewspaperTheEngineTookForATimeIsAnOrganisationAndNoDate() {
        assertTrue(REPORT.entities("Organization").contains("Sydney Morning Herald"), REPORT.entities("Organization").toString());
        assertFalse(REPORT.times().stream().anyMatch(t -> t.startsWith("Sydney")), REPORT.times().toString());
    }

    @Test
    void yearsOfAStretchAndADaysPartAreDatesAndVagueYearsAgoIsNone() {
        Set<String> times = REPORT.times();
        assertTrue(times.containsAll(Set.of("2000 = 2000", "2050 = 2050", "yesterday afternoon = 2024-03-18")), times.toString());
        assertFalse(times.stream().anyMatch(t -> t.startsWith("Years ago")), times.toString());
    }

    @Test
    void theTitleOfAPageIsCitedNotSaid() {
        assertFalse(REPORT.quotations("DirectQuote").stream().anyMatch(q -> q.contains("Countdown")),
                REPORT.quotations("DirectQuote").toString());
    }

    @Test
    void theReportsWordsAreAnchoredAndValid() {
        REPORT.assertAnchoredAndValid();
    }
}
