package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Resource;
import org.dateline.map.MappedReport;
import org.dateline.map.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per layout real scraped reports come in (our own text, in the style of the pages of
 * the development corpus): the header in its many orders, timestamps of every shape, labels,
 * share words, captions, datelines after all of those, credits and teasers at the end.
 */
class ScrapedLayoutsTest {

    /**
     * What the reader must find; null means "none".
     *
     * @param leftOut text that must not stay in the body (chrome, captions, credits)
     */
    record Expected(String headline, String date, String publisher, String place, String byline,
            String bodyStart, List<String> leftOut) {
    }

    static Stream<Arguments> layouts() {
        return Stream.of(
                layout("no-title-wire-lede", null, null, "Associated Press", "Nairobi", null,
                        "Kenyan police fired tear gas"),
                layout("title-then-caption-line", "Ghana and Togo agree to reopen land border crossings", null, "Reuters",
                        "Accra", null, "Ghana and Togo agreed on Tuesday", "Trucks wait"),
                layout("site-labels-before-title", "Zambia signs debt deal with bondholders after three-year talks", null,
                        null, "Lusaka", null, "Zambia reached an agreement", "Home", "World", "Africa"),
                layout("byline-updated-relative", null, null, null, "Beijing", "Jane Doe",
                        "China's foreign ministry said", "Updated 3 hours ago", "Jane Doe"),
                layout("timestamp-forms", "Chile raises interest rates for the first time in two years", "2023-08-15",
                        "Santiago Daily Herald", "Santiago", "Carlos Mena", "Chile's central bank raised",
                        "Published", "4 min read", "Written by"),
                layout("iso-timestamp-author", "Flood waters recede in southern Pakistan as aid arrives", "2022-09-12",
                        null, "Karachi", "Ayesha Khan", "Flood waters began to recede", "WhatsApp", "Author"),
                layout("section-reading-time-share", "Peru's Congress votes to remove president after impeachment trial",
                        "2023-03-07", "Agence France-Presse", "Lima", null, "Peru's Congress voted on Tuesday",
                        "Politics", "5 min read", "LinkedIn", "Share this article"),
                layout("caption-and-credit-before-dateline", "Indonesia opens new capital's first government offices",
                        null, "Associated Press", "Jakarta", null, "Indonesia opened the first government offices",
                        "inspects the presidential palace", "Antara/Rina Sari"),
                layout("agency-credit-tail", "Mongolia declares emergency as harsh winter kills livestock", null,
                        "Agence France-Presse", "Ulaanbaatar", null, "Mongolia declared a state of emergency", "SOURCE"),
                layout("related-tail-comments", "Fiji's parliament passes budget with higher tourism tax", null, null, "Suva",
                        null, "Fiji's parliament passed", "Related Articles", "Tourism arrivals", "Leave a Reply",
                        "email address"),
                layout("broken-lines", "Uzbekistan and Kyrgyzstan sign agreement on water sharing", null, "Xinhua",
                        "Tashkent", null, "The presidents of Uzbekistan and Kyrgyzstan signed an agreement on the sharing "
                                + "of water from the Syr Darya river on Wednesday, the Uzbek presidential press service said.\n\n"
                                + "Under the agreement the two countries will jointly manage"),
                layout("archive-date-prefix", "Argentina's president-elect meets outgoing government to plan handover",
                        "2023-11-20", "Associated Press", "Buenos Aires", null, "Argentina's president-elect met", "date 2023"),
                layout("publisher-written-in-full", "Tonga restores internet link months after volcano cut cable", null,
                        "Associated Press", "Nuku'Alofa", null, "Tonga's internet connection", "Associated Press"),
                layout("title-with-site-suffix", "Senate passes bill on regional development funds", null,
                        "Manila Daily News", "Manila", "Maria Santos", "The Philippine Senate approved", "By Maria"),
                layout("standfirst-before-dateline", "Nepal's prime minister survives confidence vote", "2023-08-21",
                        "Reuters", "Kathmandu", null, "The vote came after a coalition partner withdrew its support last week."
                                + "\n\nNepal's prime minister won", "09:15"),
                layout("aggregator-credit-dateline", "Kuwait and Oman discuss cooperation in energy sector", null,
                        "Kuwait News Agency", "Kuwait", null, "Kuwait's oil minister discussed", "MENAFN"),
                layout("title-ends-with-initialism", "Police seek witnesses after fire at a home in Lower Sackville, N.S.",
                        null, null, null, null, "Police are asking for the public's help", "Source: Release"),
                layout("quoted-title-author-name", "Penang hawkers want new council to be ‘on the ground’", "2024-03-04",
                        "The Coastal Insight", null, null, "GEORGE Town hawkers want", "file pic", "Siti Rahman"),
                layout("agency-place-line", "Strong earthquake rattles Peru's capital", null, "Associated Press", "Lima",
                        null, "A strong earthquake shook", "AP, LIMA"),
                layout("agency-code-closing-paragraph", null, null, "Qatar News Agency", "Doha", null,
                        "Qatar's foreign minister received", "(QNA)", "This post has been read"),
                layout("site-promotion-line", "Floods close roads across northern Malaysia", null, "HARBOUR DAILY",
                        "Kota Bharu", null, "Heavy rain flooded", "Follow", "WhatsApp", "Advertisement"),
                layout("author-category-line", "Lesotho opens new highland water tunnel", null, null, "Maseru",
                        "Thabo Mokoena", "Lesotho opened a new tunnel", "Category", "Author"),
                layout("compiled-from-credit", "Police break up march on parliament", "2006-04-12", "Herald wire services",
                        "Kampala", null, "Police fired tear gas", "compiled"),
                layout("lone-word-chrome-above-title",
                        "President: We will not accept new borders drawn in the region by force", "2021-03-18", null, "Baku",
                        null, "“We will never accept", "Close photo mode", "Top"),
                layout("dateline-credit-with-date", "Seoul Shares Climb On Export Data", "2019-03-14", "AsiaWire", "Seoul",
                        null, "Seoul shares rose on Thursday", "Korea Point News", "14th March"),
                layout("place-date-outlet-dateline", "Georgia and Armenia agree to open a new border crossing", null,
                        "NEWS.GE", "Tbilisi", null, "Georgia and Armenia have agreed", "NEWS.GE/"),
                layout("run-on-header", "Mongolia reopens border crossing with China", "2021-02-12", "Agence France-Presse",
                        "Ulaanbaatar", "Staff Writers", "Mongolia on Friday reopened", "Staff Writers", "(AFP) Feb 12"),
                layout("outlet-named-in-body", null, null, "Delta Online", null, null, "A court in Alexandria on Sunday"),
                layout("promotion-bullet", "Hosts win the regional cup with a late goal in the final", null, "Sportline",
                        null, null, "• A header in the last minute", "For more football news"),
                // Agencies credited with no credit word, datelines in the forms wire services print them.
                layout("agency-slash-dateline", "Russian grain exports set to rise after good harvest", "2024-03-04",
                        "TASS Russian News Agency", "Moscow", null, "Russian grain exports are expected", "/TASS/"),
                layout("agency-name-line", "Cuba and Vietnam sign rice cooperation agreement", null, "Prensa Latina",
                        "Havana", null, "The governments of Cuba and Vietnam", "(Prensa Latina)"),
                layout("agency-code-in-parens-lead", "Venezuela and Bolivia agree to expand trade links", null,
                        "Prensa Latina", "Caracas", null, "The foreign ministers of Venezuela", "(PL)"),
                layout("dashed-agency-tail", "Penang to build second ferry terminal", null, "BERNAMA", "Kuala Lumpur",
                        null, "The Penang state government", "BERNAMA"),
                layout("agency-closing-lead", "Laos opens new railway station in the north", null, "Xinhua", null, null,
                        "The government of Laos opened", "(Xinhua)"),
                layout("dateline-after-lead-in", "Pakistan and Uzbekistan sign deal on rail link", null,
                        "Associated Press of Pakistan", "Islamabad", null,
                        "Pakistan and Uzbekistan have signed a framework agreement on a railway line through Afghanistan.\n\n"
                                + "Pakistan and Uzbekistan on Monday signed", "(APP)", "ISLAMABAD"),
                layout("dateline-after-byline-lead-in", "Nepal reopens trekking routes after monsoon", null, null,
                        "Kathmandu", "Staff Reporter", "Nepal reopened several trekking routes", "By Staff", "KATHMANDU"),
                layout("author-category-world-news", "Namibia launches green hydrogen project", "2024-03-04", null,
                        "Windhoek", "Naledi Shikongo", "Namibia launched the first phase", "Category", "World News"),
                layout("promo-line-above-title", null, null, null, "N'Djamena", null, "Schools in Chad's capital",
                        "Connect with us", "Stay connected"),
                layout("run-on-header-two-word-place", "UN council meets on Sudan ceasefire", "2024-03-04",
                        "Agence France-Presse", "New York", "Staff Writers", "The UN Security Council met", "(AFP)"),
                layout("release-wire-dateline", "Kenyan solar firm raises funds to expand mini-grids", "2024-03-04",
                        "PRNewswire", "Nairobi", null, "A Kenyan solar company", "/PRNewswire/"),
                layout("dateline-after-timestamp-lead-in", "Nigeria's central bank holds rates steady", "2024-03-04", null,
                        "Lagos", null, "Nigeria's central bank kept", "Published", "Lagos —"),
                layout("agency-credit-before-blurb", "Sarawak to open three new rural clinics", null, "BERNAMA", "Kuching",
                        null, "The Sarawak government will open", "-- BERNAMA"),
                // Credits and titles in the places a second batch of real pages put them.
                layout("agency-byline-archive-date", null, "2024-03-04", "Emirates News Agency", null, "Wam",
                        "The UAE President received", "By WAM"),
                layout("desk-byline-section", "Dhaka and Kathmandu agree to expand power trade", "2024-03-04", "KTN", null,
                        null, "Bangladesh and Nepal agreed", "KTN Report", "Last modified"),
                layout("agency-with-place-line", "Mumbai police seize fake currency worth Rs 2 crore", "2024-03-04",
                        "Press Trust of India", null, null, "Mumbai police have seized", "Press Trust of India Mumbai",
                        "More From This Section"),
                layout("place-bullet-agency", null, null, "Ukrainian National News", "Odesa", null,
                        "A drone attack damaged port facilities in Odesa overnight", "UNN"),
                layout("from-outlet-repost", "Manila and Hanoi sign rice supply deal", "2024-03-04", "Philippine News Agency",
                        null, null, "The Philippines and Vietnam signed", "From the Philippine", "Post a Comment"),
                layout("breadcrumb-title", "Foreign Minister meets his Mongolian counterpart in Ulaanbaatar", null, null, null,
                        null, "The foreign minister met", "Home »", "Comments are closed"),
                layout("one-block-source-line", null, null, "The Middle Belt Courier", null, null,
                        "Police in Benue State have confirmed", "Source:"),
                layout("source-run-into-paragraph", "Accra hosts regional meeting on fisheries", null, "Ghana News Agency",
                        "Accra", null, "Ministers from eight West African countries", "Source:"),
                layout("release-distributed-by", "Red Cross calls for safe access to flood-hit areas in Somalia", "2024-03-04",
                        "APO Group", null, null, "The World Red Cross (WRC) called", "Distributed by", "You just read",
                        "Submit Release", "press releases posted"),
                layout("teaser-only", "Floods cut off villages in southern Malawi as rivers burst their banks", null,
                        "Lakeshore News", null, null, "Floods have cut off dozens of villages", "12 Views"),
                layout("glued-site-label", "Kenya Opens New Grain Storage Silos in Eldoret", null, "Kenya News Agency", null,
                        null, "Kenya opened four new grain storage silos", "site.kna", "KNA Photo"),
                // Look-alikes that credit no one: an interview given to another outlet, an initialism
                // in brackets before the full stop, capitals before a colon inside a sentence.
                layout("interview-and-initialism", "Gaza talks to resume next week, minister says", null, null, null,
                        null, "Egypt's foreign minister said talks"));
    }

    private static Arguments layout(String name, String headline, String date, String publisher, String place,
            String byline, String bodyStart, String... leftOut) {
        return Arguments.of(name, new Expected(headline, date, publisher, place, byline, bodyStart, List.of(leftOut)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void readsTheLayout(String name, Expected expected) throws Exception {
        List<ReportDoc> docs = new SourceReader().read(fixture(name));
        assertEquals(1, docs.size());
        ReportDoc doc = docs.get(0);
        String date = doc.published() == null || !doc.published().date().isComplete() ? null
                : doc.published().date().lexical();
        assertAll(
                () -> assertEquals(expected.headline(), doc.headline(), "headline"),
                () -> assertEquals(expected.date(), date, "publication date"),
                () -> assertEquals(expected.publisher(), doc.publisher(), "publisher"),
                () -> assertEquals(expected.place(), doc.dateline() == null ? null : doc.dateline().place(), "dateline place"),
                () -> assertEquals(expected.byline(), doc.byline(), "byline"),
                () -> assertTrue(doc.body().startsWith(expected.bodyStart()), "body starts: " + doc.body()),
                () -> expected.leftOut().forEach(text ->
                        assertFalse(doc.body().contains(text), "'" + text + "' left in the body: " + doc.body())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void convertsToAConformingGraph(String name, Expected expected) throws Exception {
        assertEquals(1, Converted.conforming(fixture(name)).size());
    }

    /** The last line "Associated Press" names the publisher as written, not by its code "AP". */
    @Test
    void publisherWrittenInFullStaysWrittenInFull() throws Exception {
        MappedReport mapped = Converted.conforming(fixture("publisher-written-in-full")).get(0).mapped();
        Resource publisher = mapped.graph().getResource(mapped.reportIri()).getPropertyResourceValue(Vocab.PUBLISHER);
        assertEquals("Associated Press", mapped.entities().getResource(publisher.getURI()).getProperty(Vocab.NAME).getString());
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ScrapedLayoutsTest.class.getResource("layouts/" + name + ".txt").toURI());
    }
}
