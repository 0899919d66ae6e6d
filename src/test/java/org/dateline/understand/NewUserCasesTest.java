package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.dateline.TestReports;
import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.Link;
import org.dateline.link.ReportLinker;
import org.dateline.link.ReportLinks;
import org.dateline.read.ReportDoc;
import org.junit.jupiter.api.Test;

/**
 * What a new user found wrong on real reports (issue 10), read by the real engine and linked with the
 * bundled gazetteer: one person for "Abiy" and "Abiy Ahmed", for "Lula" and "Luiz Inácio Lula da
 * Silva"; the African Union an organisation, linked; "Gaza" not Gaza City; nationality words giving the
 * country of a role; no quotation of "at a news conference" or of an HTML attribute; Macron the speaker
 * of what he said France would do.
 */
class NewUserCasesTest {

    private static final Understander UNDERSTANDER = RuleBasedUnderstander.withCoreNlp();
    private static final ReportLinker LINKER = new ReportLinker(new GazetteerLinker(Gazetteer.bundled()));

    private record Read(ReportDoc doc, Understanding understanding, ReportLinks links) {

        Entity entity(String name) {
            return understanding.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no entity " + name + " in " + understanding.entities()));
        }

        List<String> quotations() {
            return understanding.quotations().stream().map(q -> (q.speaker() == null ? "-"
                    : understanding.entity(q.speaker()).map(Entity::name).orElse(q.speaker())) + " | " + q.text()).toList();
        }

        Set<String> roles() {
            return understanding.roles().stream().map(r -> understanding.entity(r.person()).orElseThrow().name() + " | "
                    + r.title() + " | " + (r.of() == null ? "-" : understanding.entity(r.of()).orElseThrow().name()))
                    .collect(Collectors.toSet());
        }
    }

    private static Read read(String body) {
        ReportDoc doc = TestReports.doc("new-user.txt", 1, "A report", body, null, null);
        Understanding understanding = UNDERSTANDER.understand(doc);
        return new Read(doc, understanding, LINKER.link(doc, understanding));
    }

    private static final Read SUMMIT = read("""
            Ethiopian Prime Minister Abiy Ahmed met Kenyan President William Ruto and Brazilian President Luiz \
            Inácio Lula da Silva in Addis Ababa on Monday, at a summit of the African Union. Abiy said the talks had \
            been "frank and useful". Lula told reporters that Brazil would double its trade with Africa.

            Israeli strikes on Gaza killed at least 40 people overnight, according to the World Health Organization. \
            Residents of Gaza City said the bombardment lasted for hours.""");

    @Test
    void aPersonNamedByOneWordOfTheFullNameIsOnePerson() {
        assertEquals(List.of("Abiy"), SUMMIT.entity("Abiy Ahmed").variants());
        assertEquals(List.of("Lula"), SUMMIT.entity("Luiz Inácio Lula da Silva").variants());
        assertEquals(1, SUMMIT.understanding().entities().stream().filter(e -> e.name().contains("Lula")).count());
        assertTrue(SUMMIT.quotations().contains("Luiz Inácio Lula da Silva | Brazil would double its trade with Africa"),
                SUMMIT.quotations().toString());
    }

    @Test
    void nationalityWordsGiveTheCountryOfARole() {
        assertEquals(Set.of("Abiy Ahmed | prime minister | Ethiopia", "William Ruto | president | Kenya",
                "Luiz Inácio Lula da Silva | president | Brazil"), SUMMIT.roles());
    }

    @Test
    void theAfricanUnionIsAnOrganisationAndLinked() {
        Entity au = SUMMIT.entity("African Union");
        assertEquals(EntityType.ORGANIZATION, au.type());
        Link link = SUMMIT.links().entity(au.key());
        assertNotNull(link, "linked");
        assertEquals("Q7159", link.qid());
    }

    @Test
    void gazaAloneIsNotGazaCity() {
        assertNull(SUMMIT.links().entity(SUMMIT.entity("Gaza").key()), "Gaza, where Israel strikes, is the Strip");
        assertEquals("Q47492", SUMMIT.links().entity(SUMMIT.entity("Gaza City").key()).qid());
        assertTrue(SUMMIT.quotations().contains(
                "World Health Organization | Israeli strikes on Gaza killed at least 40 people overnight"),
                "according to X: " + SUMMIT.quotations());
    }

    @Test
    void whatAPresidentSaidHisCountryWouldDoIsHis() {
        Read report = read("""
                French President Emmanuel Macron said France would send humanitarian aid to Gaza. "We cannot stand by \
                while children starve," Macron told a news conference in Paris.""");
        assertEquals(List.of("Emmanuel Macron | France would send humanitarian aid to Gaza",
                "Emmanuel Macron | We cannot stand by while children starve"), report.quotations());
    }

    @Test
    void aPlaceOrAnAttributeIsNoQuotation() {
        Read report = read("""
                Kenya's foreign ministry said the talks would resume next week. It added that no agreement had been \
                reached on the border. The minister said at a news conference. Visitors were asked to click \
                <a href="javascript:alert(3)">here</a> before they said anything, the ministry said.""");
        List<String> quotations = report.quotations();
        assertTrue(quotations.contains("Kenya | the talks would resume next week"), quotations.toString());
        assertTrue(quotations.contains("Kenya | no agreement had been reached on the border"), "it added: " + quotations);
        assertFalse(quotations.stream().anyMatch(q -> q.endsWith("at a news conference")), quotations.toString());
        assertFalse(quotations.stream().anyMatch(q -> q.contains("javascript")), quotations.toString());
    }
}
