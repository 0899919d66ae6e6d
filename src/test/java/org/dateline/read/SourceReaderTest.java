package org.dateline.read;

import static org.dateline.read.Fixtures.BODY;
import static org.dateline.read.Fixtures.FIRST;
import static org.dateline.read.Fixtures.REST;
import static org.dateline.read.Fixtures.TITLE;
import static org.dateline.read.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Headers, datelines and dates in the forms scraped reports take, each read from a real file. */
class SourceReaderTest {

    @TempDir
    Path dir;

    /** One fixture and everything the reader must find in it; unset fields are expected null/empty. */
    static final class Case {
        final String name;
        final String text;
        String headline = TITLE;
        String datelineText;
        String place;
        String agency;
        String datelineDate;
        String published;
        boolean inferred;
        String publisher;
        List<String> captions = List.of();
        String byline;
        String agencyName;
        String body = BODY;
        String fileName = "report.txt";

        Case(String name, String text) {
            this.name = name;
            this.text = text;
        }

        Case headline(String h) {
            headline = h;
            return this;
        }

        Case dateline(String text, String place, String agency, String date) {
            this.datelineText = text;
            this.place = place;
            this.agency = agency;
            this.datelineDate = date;
            return this;
        }

        Case published(String date, boolean inferred) {
            this.published = date;
            this.inferred = inferred;
            return this;
        }

        Case publisher(String p) {
            publisher = p;
            return this;
        }

        Case agencyName(String a) {
            agencyName = a;
            return this;
        }

        Case captions(String... c) {
            captions = List.of(c);
            return this;
        }

        Case byline(String b) {
            byline = b;
            return this;
        }

        Case body(String b) {
            body = b;
            return this;
        }

        Case file(String f) {
            fileName = f;
            return this;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Case c(String name, String text) {
        return new Case(name, text);
    }

    static Stream<Case> cases() {
        return Stream.of(
                // The two seed shapes, in new words.
                c("seed 000 shape: markdown title, rule, bold caption, RHC dateline, publisher line",
                        "\n\n# *" + TITLE + "*\n\n---\n\n\n\n**Prime Minister Ali Lamine Zeine in Niamey**\n\n"
                                + "Niamey, May 15 (RHC)-- " + FIRST + "\n\n" + REST + "\n\n\n\n**Radio Habana Cuba**")
                        .dateline("Niamey, May 15 (RHC)--", "Niamey", "RHC", "--05-15")
                        .published("2024-05-15", true).publisher("Radio Habana Cuba").agencyName("Radio Habana Cuba")
                        .captions("Prime Minister Ali Lamine Zeine in Niamey"),
                c("seed 004 shape: plain title, date line, icon share noise, capital dateline",
                        "Pentagon Voices Doubts Over Niger’s Defence Accord\n\nTue Mar 19 2024\n"
                                + "icon-facebook icon-twitter icon-whatsapp\n\nWASHINGTON: " + FIRST + "\n\n" + REST
                                + "\n\nicon-facebook icon-twitter icon-whatsapp\n")
                        .headline("Pentagon Voices Doubts Over Niger’s Defence Accord")
                        .dateline("WASHINGTON:", "Washington", null, null).published("2024-03-19", false),

                // Title forms.
                c("## title, Reuters dateline", report("## " + TITLE, "LONDON (Reuters) - "))
                        .dateline("LONDON (Reuters) -", "London", "Reuters", null)
                        .publisher("Reuters").agencyName("Reuters"),
                c("# **title**, dateline with full date", report("# **" + TITLE + "**", "PARIS, March 3, 2024 — "))
                        .dateline("PARIS, March 3, 2024 —", "Paris", null, "2024-03-03").published("2024-03-03", false),
                c("_title_, NEW YORK AP dateline", report("_" + TITLE + "_", "NEW YORK, March 3 (AP) — "))
                        .dateline("NEW YORK, March 3 (AP) —", "New York", "AP", "--03-03")
                        .published("2024-03-03", true).publisher("Associated Press").agencyName("Associated Press"),
                c("setext title, day-month AFP dateline", report(TITLE + "\n=====", "Kyiv, 3 March (AFP) – "))
                        .dateline("Kyiv, 3 March (AFP) –", "Kyiv", "AFP", "--03-03").published("2024-03-03", true)
                        .publisher("Agence France-Presse").agencyName("Agence France-Presse"),
                c("setext title with dashes", report(TITLE + "\n---", "TEHRAN (IRNA) -- "))
                        .dateline("TEHRAN (IRNA) --", "Tehran", "IRNA", null)
                        .publisher("Islamic Republic News Agency").agencyName("Islamic Republic News Agency"),
                c("plain title, Xinhua dateline: the agency's name as written", report(TITLE, "BEIJING, March 3 (Xinhua) -- "))
                        .dateline("BEIJING, March 3 (Xinhua) --", "Beijing", "Xinhua", "--03-03")
                        .published("2024-03-03", true).publisher("Xinhua").agencyName("Xinhua News Agency"),
                c("# *title* with share noise above it", report("Share this\n\n# *" + TITLE + "*", "WASHINGTON: "))
                        .dateline("WASHINGTON:", "Washington", null, null),

                // Dateline forms.
                c("city, country, date", report(TITLE, "Ouagadougou, Burkina Faso, March 3 — "))
                        .dateline("Ouagadougou, Burkina Faso, March 3 —", "Ouagadougou", null, "--03-03")
                        .published("2024-03-03", true),
                c("capital city, country, agency", report(TITLE, "ABUJA, Nigeria (AP) — "))
                        .dateline("ABUJA, Nigeria (AP) —", "Abuja", "AP", null)
                        .publisher("Associated Press").agencyName("Associated Press"),
                c("agency then colon", report(TITLE, "Moscow (TASS): "))
                        .dateline("Moscow (TASS):", "Moscow", "TASS", null)
                        .publisher("TASS Russian News Agency").agencyName("TASS Russian News Agency"),
                c("unknown agency code kept as the code", report(TITLE, "AGADEZ, May 2 (NGX) -- "))
                        .dateline("AGADEZ, May 2 (NGX) --", "Agadez", "NGX", "--05-02").published("2024-05-02", true)
                        .publisher("NGX").agencyName("NGX"),
                c("capitals place with connector; date after every mention keeps the latest year",
                        report(TITLE, "RIO DE JANEIRO, August 20 (EFE) - "))
                        .dateline("RIO DE JANEIRO, August 20 (EFE) -", "Rio de Janeiro", "EFE", "--08-20")
                        .published("2023-08-20", true).publisher("Agencia EFE").agencyName("Agencia EFE"),
                c("hyphenated capitals place", report(TITLE, "PORT-AU-PRINCE (AFP) — "))
                        .dateline("PORT-AU-PRINCE (AFP) —", "Port-au-Prince", "AFP", null)
                        .publisher("Agence France-Presse").agencyName("Agence France-Presse"),
                c("agency code in lower case (dpa)", report(TITLE, "Berlin, March 3 (dpa) - "))
                        .dateline("Berlin, March 3 (dpa) -", "Berlin", "dpa", "--03-03").published("2024-03-03", true)
                        .publisher("Deutsche Presse-Agentur").agencyName("Deutsche Presse-Agentur"),
                c("Anadolu code AA", report(TITLE, "ANKARA (AA) - "))
                        .dateline("ANKARA (AA) -", "Ankara", "AA", null)
                        .publisher("Anadolu Agency").agencyName("Anadolu Agency"),
                c("a sentence opening with However is no dateline",
                        report(TITLE, "However, the minister said: "))
                        .body("However, the minister said: " + FIRST + "\n\n" + REST),
                c("a sentence opening with a month is no dateline", report(TITLE, "In July, the army — "))
                        .body("In July, the army — " + FIRST + "\n\n" + REST),
                c("a Title-case place and colon before a sentence is a dateline (\"Kolkata: …\")",
                        report(TITLE, "Washington: "))
                        .dateline("Washington:", "Washington", null, null),
                c("a Title-case word and colon before a title is no dateline",
                        report("Ukraine war: talks resume in Geneva", "Officials said. "))
                        .headline("Ukraine war: talks resume in Geneva")
                        .body("Officials said. " + FIRST + "\n\n" + REST),
                c("an organisation in capitals is no dateline", report(TITLE, "ECOWAS: "))
                        .body("ECOWAS: " + FIRST + "\n\n" + REST),
                c("no title: the file opens with the dateline", "NIAMEY, May 15 (PL) -- " + FIRST + "\n\n" + REST)
                        .headline(null).dateline("NIAMEY, May 15 (PL) --", "Niamey", "PL", "--05-15")
                        .published("2024-05-15", true).publisher("Prensa Latina").agencyName("Prensa Latina"),

                // Date lines.
                c("date line: March 19, 2024", report(TITLE + "\n\nMarch 19, 2024", "WASHINGTON: "))
                        .dateline("WASHINGTON:", "Washington", null, null).published("2024-03-19", false),
                c("date line: Mar. 19, 2024", report(TITLE + "\n\nMar. 19, 2024", "WASHINGTON: "))
                        .dateline("WASHINGTON:", "Washington", null, null).published("2024-03-19", false),
                c("date line: 19 March 2024", report(TITLE + "\n19 March 2024", "WASHINGTON: "))
                        .dateline("WASHINGTON:", "Washington", null, null).published("2024-03-19", false),
                c("date line: 2024-03-19", report(TITLE + "\n\n2024-03-19", "WASHINGTON: "))
                        .dateline("WASHINGTON:", "Washington", null, null).published("2024-03-19", false),
                c("date line: ISO date-time", report(TITLE + "\n\n2024-03-19T10:15:00Z", "WASHINGTON: "))
                        .dateline("WASHINGTON:", "Washington", null, null).published("2024-03-19", false),
                c("date line: weekday, date and time",
                        report(TITLE + "\n\nTuesday, March 19, 2024 10:32 AM", "WASHINGTON: "))
                        .dateline("WASHINGTON:", "Washington", null, null).published("2024-03-19", false),
                c("date line: 19 Mar 2024", report(TITLE + "\n\n19 Mar 2024", "WASHINGTON: "))
                        .dateline("WASHINGTON:", "Washington", null, null).published("2024-03-19", false),
                c("date line: month and year only", report(TITLE + "\n\nMarch 2024", "WASHINGTON: "))
                        .dateline("WASHINGTON:", "Washington", null, null).published("2024-03", false),
                c("date line: month and year completed by the dateline's day",
                        report(TITLE + "\n\nMarch 2024", "LAGOS, March 12 (AP) — "))
                        .dateline("LAGOS, March 12 (AP) —", "Lagos", "AP", "--03-12").published("2024-03-12", false)
                        .publisher("Associated Press").agencyName("Associated Press"),
                c("Published: prefix", report(TITLE + "\n\nPublished: March 19, 2024", "WASHINGTON: "))
                        .dateline("WASHINGTON:", "Washington", null, null).published("2024-03-19", false),
                c("Updated: prefix only", report(TITLE + "\n\nUpdated: 2024-03-20", "WASHINGTON: "))
                        .dateline("WASHINGTON:", "Washington", null, null).published("2024-03-20", false),
                c("Published beats Updated",
                        report(TITLE + "\n\nUpdated: March 21, 2024\nPublished: March 19, 2024", "WASHINGTON: "))
                        .dateline("WASHINGTON:", "Washington", null, null).published("2024-03-19", false),
                c("a date line is preferred to the dateline's date",
                        report(TITLE + "\n\nTue Mar 19 2024", "Niamey, March 18 (RHC)-- "))
                        .dateline("Niamey, March 18 (RHC)--", "Niamey", "RHC", "--03-18").published("2024-03-19", false)
                        .publisher("Radio Habana Cuba").agencyName("Radio Habana Cuba"),

                // Bylines.
                c("byline: By Jane Doe", report(TITLE + "\n\nBy Jane Doe", "WASHINGTON: "))
                        .dateline("WASHINGTON:", "Washington", null, null).byline("Jane Doe"),
                c("byline in capitals with two names", report(TITLE + "\nBy JANE DOE and JOHN ROE\nMarch 19, 2024",
                        "WASHINGTON: "))
                        .dateline("WASHINGTON:", "Washington", null, null).byline("Jane Doe and John Roe")
                        .published("2024-03-19", false),
                c("byline: name | agency", report(TITLE + "\n\nAmina Bello | Reuters", "LONDON (Reuters) - "))
                        .dateline("LONDON (Reuters) -", "London", "Reuters", null).byline("Amina Bello")
                        .publisher("Reuters").agencyName("Reuters"),

                // Captions and publishers.
                c("markdown image caption", report(TITLE + "\n\n![Soldiers at the air base in Agadez](https://example.org/a.jpg)",
                        "WASHINGTON: "))
                        .dateline("WASHINGTON:", "Washington", null, null).captions("Soldiers at the air base in Agadez"),
                c("Photo: and (Photo …) caption lines",
                        report(TITLE + "\n\nPhoto: Troops on parade in Niamey\n\n(Photo by Jane Doe)", "WASHINGTON: "))
                        .dateline("WASHINGTON:", "Washington", null, null)
                        .captions("Troops on parade in Niamey", "Photo by Jane Doe"),
                c("plain trailing publisher line", report(TITLE, "WASHINGTON: ") + "\nVoice of America\n")
                        .dateline("WASHINGTON:", "Washington", null, null).publisher("Voice of America"),
                c("a trailing line that is a sentence is body, not publisher",
                        report(TITLE, "WASHINGTON: ") + "\nThe talks are over.\n")
                        .dateline("WASHINGTON:", "Washington", null, null)
                        .body(BODY + "\n\nThe talks are over."),

                // Noise and markup in the body.
                c("share noise lines anywhere",
                        TITLE + "\n\nShare on Facebook\nTweet\n\nWASHINGTON: " + FIRST + "\n\nAdvertisement\n\n"
                                + "Read more: Junta expels envoy\n\n" + Fixtures.SECOND + "\n\nAlso read: Talks stall\n"
                                + "Related: Niger and Mali\n\n" + Fixtures.THIRD + "\n\nFollow us on X\nSubscribe to our newsletter\n"
                                + "Click here for more\nPrint\nEmail\nShare this\nRead more\n")
                        .dateline("WASHINGTON:", "Washington", null, null),
                c("links, emphasis, entities and wrapped lines reduced to text",
                        TITLE + "\n\nNIAMEY, May 15 (PL) -- The [ministry](https://example.org/m) said *on Tuesday*\n"
                                + "that the **agreement** had ended &amp; troops would go.\n\n" + REST)
                        .dateline("NIAMEY, May 15 (PL) --", "Niamey", "PL", "--05-15").published("2024-05-15", true)
                        .publisher("Prensa Latina").agencyName("Prensa Latina")
                        .body("The ministry said on Tuesday that the agreement had ended & troops would go.\n\n" + REST),
                c(".md extension with a markdown file", report("# " + TITLE, "WASHINGTON: ")).file("report.md")
                        .dateline("WASHINGTON:", "Washington", null, null),
                c("file without extension", report(TITLE, "WASHINGTON: ")).file("report")
                        .dateline("WASHINGTON:", "Washington", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsHeaderDatelineAndDate(Case c) throws Exception {
        Path file = Fixtures.write(dir, c.fileName, c.text);
        List<ReportDoc> reports = new SourceReader().read(file);
        assertEquals(1, reports.size());
        ReportDoc doc = reports.get(0);
        Dateline d = doc.dateline();
        assertAll(
                () -> assertEquals(c.headline, doc.headline(), "headline"),
                () -> assertEquals(c.datelineText, d == null ? null : d.text(), "dateline text"),
                () -> assertEquals(c.place, d == null ? null : d.place(), "dateline place"),
                () -> assertEquals(c.agency, d == null ? null : d.agency(), "dateline agency"),
                () -> assertEquals(c.datelineDate, d == null || d.date() == null ? null : d.date().lexical(), "dateline date"),
                () -> assertEquals(c.published, doc.published() == null ? null : doc.published().date().lexical(), "published"),
                () -> assertEquals(c.inferred, doc.published() != null && doc.published().inferred(), "inferred"),
                () -> assertEquals(c.publisher, doc.publisher(), "publisher"),
                () -> assertEquals(c.agencyName, doc.agencyName(), "agency name"),
                () -> assertEquals(c.captions, doc.captions(), "captions"),
                () -> assertEquals(c.byline, doc.byline(), "byline"),
                () -> assertEquals(c.body, doc.body(), "body"),
                () -> assertEquals(new Source(file.toAbsolutePath().normalize().toUri().toString(), c.fileName, 1),
                        doc.source(), "source"),
                () -> assertEquals("en", doc.language()));
    }

    @Test
    void statedDatesHaveNoNote() throws Exception {
        ReportDoc doc = read(report(TITLE + "\n\nMarch 19, 2024", "WASHINGTON: "));
        assertEquals(new PublicationDate(new PartialDate(2024, 3, 19), false, null), doc.published());
    }

    @Test
    void partialDateLineSaysWhatIsMissing() throws Exception {
        ReportDoc doc = read(report(TITLE + "\n\nMarch 2024", "WASHINGTON: "));
        assertEquals(new PublicationDate(new PartialDate(2024, 3, null), false, "day not stated"), doc.published());
    }

    @Test
    void noDateAnywhereGivesNoPublicationDate() throws Exception {
        ReportDoc doc = read(report(TITLE, "WASHINGTON: "));
        assertNull(doc.published());
    }

    @Test
    void fingerprintIgnoresWhitespaceAndLineEnds() throws Exception {
        String text = report(TITLE, "WASHINGTON: ");
        ReportDoc a = read(text);
        ReportDoc b = read(text.replace("\n", "\r\n").replace(" the ", "   the ") + "\n\n\n");
        ReportDoc c = read(text.replace("talks", "meetings"));
        assertEquals(a.fingerprint(), b.fingerprint());
        assertEquals(64, a.fingerprint().length());
        assertEquals(false, a.fingerprint().equals(c.fingerprint()));
        assertEquals(Fingerprint.of(text), a.fingerprint());
    }

    @Test
    void curlyQuotesAndDashesAreKeptExactly() throws Exception {
        String first = "Officials said the “primary reason” for the break — as they put it — was the tone of the talks.";
        ReportDoc doc = read(TITLE + "\n\nWASHINGTON: " + first + "\n\n" + REST);
        assertEquals(first + "\n\n" + REST, doc.body());
    }

    private ReportDoc read(String text) throws Exception {
        return new SourceReader().read(Fixtures.write(dir, "r" + System.nanoTime() + ".txt", text)).get(0);
    }
}
