package org.dateline.read;

import static org.dateline.read.Fixtures.BODY;
import static org.dateline.read.Fixtures.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text saved as UTF-16 with a byte order mark (what Windows tools call "Unicode") is read like
 * UTF-8; UTF-16 without one, and UTF-32, are refused with a reason that says what to do.
 */
class EncodingTest {

    /** A report with a title, a byline, a date line and a dateline, as a scraper saves it. */
    static final String REPORT = Fixtures.report(TITLE + "\n\nBy Amina Sule\n\nPublished: 19 March 2024",
            "NIAMEY, March 19 (Reuters) — ") + "\nSahel Daily\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bom, String text, Charset charset) throws Exception {
        byte[] body = text.replace("\n", "\r\n").getBytes(charset);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static void assertReport(ReportDoc doc) {
        assertEquals(TITLE, doc.headline());
        assertEquals("2024-03-19", doc.published().date().lexical());
        assertEquals("Sahel Daily", doc.publisher());
        assertEquals("Amina Sule", doc.byline());
        assertEquals("Niamey", doc.dateline().place());
        assertEquals(BODY, doc.body());
        assertEquals(Fingerprint.of(REPORT), doc.fingerprint(), "same text, same fingerprint as UTF-8");
    }

    @Test
    void utf16LittleEndianWithByteOrderMarkIsText() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        Path file = write("report.txt", bom, REPORT, StandardCharsets.UTF_16LE);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(List.of((byte) 'J', (byte) 0), List.of(bytes[2], bytes[3]), "real little-endian bytes");
        assertReport(Converted.conforming(file).get(0).doc());
    }

    @Test
    void utf16BigEndianWithByteOrderMarkIsText() throws Exception {
        byte[] bom = {(byte) 0xFE, (byte) 0xFF};
        Path file = write("report.md", bom, REPORT, StandardCharsets.UTF_16BE);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(List.of((byte) 0, (byte) 'J'), List.of(bytes[2], bytes[3]), "real big-endian bytes");
        assertReport(Converted.conforming(file).get(0).doc());
    }

    @Test
    void utf8WithByteOrderMarkIsText() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertReport(new SourceReader().read(write("report.txt", bom, REPORT, StandardCharsets.UTF_8)).get(0));
    }

    @Test
    void utf16PageWithByteOrderMarkIsAPage() throws Exception {
        String html = "<!DOCTYPE html><html><head><meta property=\"og:title\" content=\"" + TITLE + "\">"
                + "<meta property=\"og:site_name\" content=\"Sahel Daily\"></head><body><article>"
                + "<p>NIAMEY, March 19 (Reuters) — " + Fixtures.FIRST + "</p><p>" + Fixtures.SECOND + "</p><p>"
                + Fixtures.THIRD + "</p></article></body></html>";
        ReportDoc doc = new SourceReader().read(write("page.html", new byte[] {(byte) 0xFF, (byte) 0xFE}, html,
                StandardCharsets.UTF_16LE)).get(0);
        assertEquals(TITLE, doc.headline());
        assertEquals(BODY, doc.body());
    }

    private String refusal(Path file) {
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> new SourceReader().read(file));
        assertTrue(!e.reason().contains("\n"), "one line");
        return e.reason();
    }

    @Test
    void utf16WithoutByteOrderMarkIsRefusedWithAReasonToAct() throws Exception {
        Path file = write("report.txt", new byte[0], REPORT, StandardCharsets.UTF_16LE);
        assertEquals("UTF-16 text without a byte order mark: save it as UTF-8, or as UTF-16 with a byte order mark",
                refusal(file));
    }

    @Test
    void oddLengthUtf16NamesTheByteOffset() throws Exception {
        Path file = write("cut.txt", new byte[] {(byte) 0xFF, (byte) 0xFE}, REPORT, StandardCharsets.UTF_16LE);
        byte[] bytes = Files.readAllBytes(file);
        byte[] cut = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, cut, 0, cut.length);
        Files.write(file, cut);
        assertEquals("not valid UTF-16LE (byte offset " + (cut.length - 1) + ")", refusal(file));
    }

    @Test
    void unpairedSurrogateInUtf16IsRefused() throws Exception {
        byte[] bytes = {(byte) 0xFE, (byte) 0xFF, 0, 'N', (byte) 0xD8, 0x3D, 0, 'x'};
        Path file = dir.resolve("surrogate.txt");
        Files.write(file, bytes);
        assertEquals("not valid UTF-16BE (byte offset 4)", refusal(file));
    }

    @Test
    void utf32IsRefusedWithAReasonToAct() throws Exception {
        Path file = write("wide.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, REPORT, Charset.forName("UTF-32LE"));
        assertEquals("UTF-32 text is not supported: save it as UTF-8", refusal(file));
    }

    @Test
    void imagesAreStillBinary() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Path file = dir.resolve("picture.txt");
        Files.write(file, png);
        assertEquals("binary file, not text", refusal(file));
    }
}
