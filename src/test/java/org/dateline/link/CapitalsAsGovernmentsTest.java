package org.dateline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.dateline.TestReports;
import org.dateline.map.Vocab;
import org.dateline.pipeline.ProcessedReport;
import org.dateline.pipeline.ReportProcessor;
import org.dateline.read.SourceReader;
import org.dateline.understand.RuleBasedUnderstander;
import org.dateline.validate.ShapeValidator;
import org.junit.jupiter.api.Test;

/**
 * A national capital stands for its government only where the gazetteer holds the country it is
 * the capital of; otherwise it is the place (issue 15: Pristina and Hargeisa, capitals of states
 * the country table does not list, crashed the link stage).
 */
class CapitalsAsGovernmentsTest {

    private static final GazetteerLinker BUNDLED = new GazetteerLinker(Gazetteer.bundled());
    /** The context of issue 15's report: Serbia, Kosovo, Belgrade, the European Union. */
    private static final ReportContext SERBIA_AND_KOSOVO =
            new ReportContext(List.of("Serbia", "Kosovo", "Pristina", "Belgrade", "European Union"), "Belgrade");

    private static Mention speaking(String capital) {
        return new Mention(capital, MentionType.LOCATION, null, false, "near a disputed crossing.", "said the deployment");
    }

    private static Mention visited(String capital) {
        return new Mention(capital, MentionType.LOCATION, null, false, "The minister visited", "on Monday.");
    }

    @Test
    void pristinaAndHargeisaSpeakForKosovoAndSomaliland() {
        assertEquals("Q1246", BUNDLED.link(speaking("Pristina"), SERBIA_AND_KOSOVO).orElseThrow().qid());
        ReportContext somaliland = new ReportContext(List.of("Somaliland", "Ethiopia", "Hargeisa"), null);
        Link hargeisa = BUNDLED.link(speaking("Hargeisa"), somaliland).orElseThrow();
        assertEquals("Q34754", hargeisa.qid());
        assertEquals(EntityType.COUNTRY, hargeisa.type());
    }

    @Test
    void pristinaAndHargeisaVisitedAreTheCities() {
        assertEquals("Q25270", BUNDLED.link(visited("Pristina"), SERBIA_AND_KOSOVO).orElseThrow().qid());
        assertEquals("Q168652", BUNDLED.link(Mention.dateline("Hargeisa"), ReportContext.EMPTY).orElseThrow().qid());
    }

    @Test
    void theStatesTheCountryTableLacksAreCountriesWithTheirCapitalsAndOffices() {
        Gazetteer gazetteer = Gazetteer.bundled();
        for (String capital : List.of("Q25270", "Q168652")) {
            GazetteerEntry entry = gazetteer.byQid(capital).orElseThrow();
            assertTrue(entry.isNationalCapital(), entry.toString());
            assertEquals(EntityType.COUNTRY, gazetteer.countryOf(entry).orElseThrow().type(), entry.toString());
        }
        // Muse Bihi Abdi, President of Somaliland: his office's country is an entry, by its office's name too.
        assertEquals("Q34754", gazetteer.byQid("Q17155777").orElseThrow().countryQid());
        assertEquals("Q23681", BUNDLED.link(Mention.of("Northern Cyprus", MentionType.COUNTRY), ReportContext.EMPTY)
                .orElseThrow().qid());
    }

    @Test
    void aCapitalOfAStateTheGazetteerDoesNotHoldIsThePlaceInEveryReading() throws Exception {
        // A user's gazetteer may name any country; neither capital's country is in this one.
        Gazetteer gazetteer = Gazetteer.of(GazetteerFile.read(new BufferedReader(new StringReader("""
                Q900000001\tPlace\tNorthport\t\t\t\t500000\tnational capital
                Q900000002\tPlace\tSouthport\t\t\tQ900000009\t400000\tnational capital
                Q900000003\tCountry\tWestland\t\t\t\t1000\t
                """)), "test"));
        GazetteerLinker linker = new GazetteerLinker(gazetteer);
        ReportContext international = new ReportContext(List.of("Westland", "Serbia", "France"), null);
        for (String capital : List.of("Northport", "Southport")) {
            GazetteerEntry entry = gazetteer.lookup(NameKey.of(capital)).get(0).entry();
            assertEquals(Optional.empty(), gazetteer.countryOf(entry), capital);
            for (Mention mention : List.of(speaking(capital), visited(capital), Mention.dateline(capital),
                    new Mention(capital + "'s", MentionType.LOCATION, null, false, "over", "threats"))) {
                Link link = linker.link(mention, international).orElseThrow(() -> new AssertionError(mention.toString()));
                assertEquals(entry.qid(), link.qid(), mention.toString());
                assertEquals(EntityType.PLACE, link.type(), mention.toString());
            }
            // Tagged as an organisation, it could only be the government: with none known, no link.
            assertEquals(Optional.empty(), linker.link(new Mention(capital, MentionType.ORGANIZATION, null, false, "",
                    "'s ministry said"), international));
        }
    }

    @Test
    void aUsersRowWithANegativePriorIsRefusedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GazetteerFile.read(
                new BufferedReader(new StringReader("Q900000001\tPlace\tNorthport\t\t\t\t-5\t\n")), "mine.tsv"));
        assertTrue(e.getMessage().startsWith("mine.tsv line 1: "), e.getMessage());
        assertTrue(e.getMessage().contains("prior"), e.getMessage());
    }

    @Test
    void issue15sReportThroughTheLanguageEngineConformsAndPristinaIsKosovo() throws Exception {
        ReportProcessor processor = new ReportProcessor(new SourceReader(), RuleBasedUnderstander.withCoreNlp(),
                new ReportLinker(BUNDLED), TestReports.MAPPER, ShapeValidator.bundled());
        Path file = Path.of("src/test/resources/org/dateline/link/issue15-pristina.txt");
        List<ProcessedReport> reports = processor.process(file);
        assertEquals(1, reports.size());
        ProcessedReport report = reports.get(0);
        assertTrue(report.validation().conforms(), report.validation().summary());
        Resource kosovo = report.mapped().graph().getResource(TestReports.IRIS.linkedEntity("Q1246"));
        Resource reportNode = report.mapped().graph().getResource(report.mapped().reportIri());
        assertTrue(reportNode.hasProperty(Vocab.MENTIONS, kosovo), "the report mentions Kosovo, Q1246");
        assertEquals("http://example.org/entity/Q3711", reportNode.getPropertyResourceValue(Vocab.DATELINE_PLACE).getURI(),
                "the dateline BELGRADE is the city");
    }
}
