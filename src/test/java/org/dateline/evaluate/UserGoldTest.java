package org.dateline.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.dateline.read.ReportDoc;
import org.dateline.read.SourceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gold file of one's own: its format, its errors, and its texts found in the body the reader keeps. */
class UserGoldTest {

    @TempDir
    Path dir;

    @Test
    void annotationsAreFoundInTheBodyInOrderCaseAndQuoteMarksAside() throws Exception {
        Files.writeString(dir.resolve("abiy.txt"), "# Abiy speaks\n\nADDIS ABABA, May 3, 2024 - Prime Minister Abiy Ahmed "
                + "said on Friday: “We will not retreat.” Abiy spoke last July too. Protesters chanted "
                + "\"Down with the war!\" in the streets of the capital, where the police watched them from a distance and "
                + "shops stayed closed for most of the afternoon while the talks went on in another city.\n");
        Path gold = Files.writeString(dir.resolve("gold.tsv"), "file\tlayer\ttext\tvalue\n"
                + "abiy.txt\tname\tAbiy Ahmed\tPER\n"
                + "abiy.txt\tname\tabiy\tPER\n"
                + "abiy.txt\tlink\tAbiy Ahmed\tQ7075405\n"
                + "abiy.txt\tdate\tlast July\t2023-07\n"
                + "abiy.txt\tquotation\t\"We will not\tAbiy Ahmed\n"
                + "abiy.txt\tquotation\tDown with\t\n"
                + "abiy.txt\tname\tMeles Zenawi\tPER\n");
        List<GoldSource> sources = UserGold.read(gold, dir, null);
        assertEquals(1, sources.size());
        ReportDoc doc = new SourceReader().read(sources.get(0).report(dir)).get(0);
        GoldDocument g = sources.get(0).gold(doc);
        String body = doc.body();
        assertEquals(3, g.mentions().size());
        assertEquals("Abiy", body.substring(g.mentions().get(1).range().begin(), g.mentions().get(1).range().end()),
                "the second 'abiy' is looked for after the first");
        assertEquals("Q7075405", g.mentions().get(2).title());
        assertEquals("2023-07", g.times().get(0).value());
        assertEquals("“We will not", body.substring(g.quotations().get(0).range().begin(), g.quotations().get(0).range().end()));
        assertEquals("", g.quotations().get(1).speaker(), "no one in particular");
        assertEquals(List.of("abiy.txt:8 name 'Meles Zenawi' is not in the body"), UserGold.unplaced(sources.get(0)));
        assertEquals(java.util.EnumSet.allOf(GoldDocument.Layer.class), g.layers());
    }

    @Test
    void theDevelopmentCorpusQuotationGoldIsReadAsItIsAndFilteredBySplit() throws IOException {
        Path gold = Files.writeString(dir.resolve("quotes.tsv"), "id\tquote_start\tspeaker\tspeaker_kind\tnotes\n"
                + "dc001\tWe are not armed\tDavid Oluoch\tPER\t\n"
                + "dc004\tkept aside\tSomeone\tPER\t\n");
        List<GoldSource> sources = UserGold.read(gold, dir, Set.of("dc001"));
        assertEquals(List.of("dc001.txt"), sources.stream().map(GoldSource::id).toList());
        assertEquals(dir.resolve("dc001.txt"), sources.get(0).report(dir));
    }

    @Test
    void aLineNotInTheFormatIsNamedWithItsNumber() throws IOException {
        Path badHeader = Files.writeString(dir.resolve("bad.tsv"), "text\tvalue\n");
        assertTrue(assertThrows(IOException.class, () -> UserGold.read(badHeader, dir, null)).getMessage()
                .startsWith(badHeader + ":1: header must be"));
        Path badLayer = Files.writeString(dir.resolve("layer.tsv"), "file\tlayer\ttext\tvalue\na.txt\tevent\tx\ty\n");
        assertTrue(assertThrows(IOException.class, () -> UserGold.read(badLayer, dir, null)).getMessage()
                .startsWith(badLayer + ":2: a file, a layer"));
        Path badType = Files.writeString(dir.resolve("type.tsv"), "file\tlayer\ttext\tvalue\na.txt\tname\tx\tPERSON\n");
        assertTrue(assertThrows(IOException.class, () -> UserGold.read(badType, dir, null)).getMessage()
                .contains(":2: a name's value is PER, ORG or LOC"));
    }
}
