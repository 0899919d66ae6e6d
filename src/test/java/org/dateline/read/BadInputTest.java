package org.dateline.read;

import static org.dateline.read.Fixtures.TITLE;
import static org.dateline.read.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not news reports, or not readable at all, are refused with a one-line reason. */
class BadInputTest {

    @TempDir
    Path dir;

    private String refusal(Path file) {
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> new SourceReader().read(file));
        assertEquals(file, e.path());
        assertEquals(e.getMessage(), e.reason());
        assertTrue(!e.reason().contains("\n"), "one line");
        return e.reason();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void emptyFile() throws Exception {
        assertEquals("empty file", refusal(write("empty.txt", new byte[0])));
    }

    @Test
    void whitespaceOnlyFile() throws Exception {
        assertEquals("empty file", refusal(write("blank.txt", " \n\t\r\n  \n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void bomOnlyFile() throws Exception {
        assertEquals("empty file", refusal(write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'})));
    }

    @Test
    void binaryFileWithNulBytes() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertEquals("binary file, not text", refusal(write("picture.txt", png)));
    }

    @Test
    void binaryFileWithControlCharacters() throws Exception {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x07 : 'a');
        }
        assertEquals("binary file, not text", refusal(write("bell.txt", bytes)));
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws Exception {
        byte[] start = "Niamey caf".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[start.length + 3];
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[start.length] = (byte) 0xE9; // Latin-1 é
        bytes[start.length + 1] = ' ';
        bytes[start.length + 2] = 'x';
        assertEquals("not valid UTF-8 (byte offset 10)", refusal(write("latin1.txt", bytes)));
    }

    @Test
    void fileOverTheSizeLimitIsRefusedUnread() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024); // sparse: all NUL bytes, which would fail as binary if read
        }
        assertEquals("file is 50.0 MB, over the 10 MB limit for one report", refusal(file));
    }

    @Test
    void sizeLimitCanBeSet() throws Exception {
        Path file = Fixtures.write(dir, "r.txt", report(TITLE, "WASHINGTON: "));
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> new SourceReader(100).read(file));
        assertTrue(e.reason().matches("file is \\d+ bytes, over the 100 bytes limit for one report"), e.reason());
        assertEquals(1, new SourceReader(4096).read(file).size());
    }

    @Test
    void missingFile() {
        assertEquals("no such file", refusal(dir.resolve("nothing-here.txt")));
    }

    @Test
    void directory() {
        assertEquals("a directory, not a file", refusal(dir));
    }

    @Test
    void unreadableFile() throws Exception {
        Path file = Fixtures.write(dir, "secret.txt", report(TITLE, "WASHINGTON: "));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions on this file system");
        }
        Assumptions.assumeFalse(Files.isReadable(file), "running as root: the file stays readable, skipped");
        assertEquals("cannot read file: permission denied", refusal(file));
    }

    @Test
    void csvTable() throws Exception {
        String csv = "date,country,event,fatalities\n2024-03-19,Niger,protest,0\n2024-03-20,Niger,battle,12\n"
                + "2024-03-21,Mali,explosion,3\n2024-03-22,Burkina Faso,battle,7\n";
        assertEquals("not a news report: looks like a table (','-separated rows), not prose",
                refusal(Fixtures.write(dir, "events.csv", csv)));
    }

    @Test
    void javaSource() throws Exception {
        String java = "package org.example;\n\nimport java.util.List;\n\npublic class Hello {\n"
                + "    public static void main(String[] args) {\n        System.out.println(\"Hello, world.\");\n"
                + "    }\n}\n";
        assertEquals("not a news report: looks like source code, not prose",
                refusal(Fixtures.write(dir, "Hello.java", java)));
    }

    @Test
    void shoppingList() throws Exception {
        String list = "Shopping\n\n- rice\n- onions\n- tomato paste\n- millet flour\n- tea\n- sugar\n";
        assertEquals("not a news report: no sentences", refusal(Fixtures.write(dir, "list.txt", list)));
    }

    @Test
    void aFewWords() throws Exception {
        assertEquals("not a news report: fewer than 25 words of prose (9)",
                refusal(Fixtures.write(dir, "note.txt", "Call the ministry about the interview on Tuesday morning.\n")));
    }

    @Test
    void crlfBomAndDecomposedAccentsGiveNfcText() throws Exception {
        String nfcPlace = "Zinder";
        String first = "Le ministre a déclaré que la coopération militaire était terminée après la réunion de mardi.";
        String text = report("Niger’s café diplomacy ends", "ZINDER, May 2 (AFP) -- ").replace(Fixtures.FIRST, first);
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD).replace("\n", "\r\n");
        byte[] body = nfd.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        ReportDoc doc = new SourceReader().read(write("nfd.txt", bytes)).get(0);
        assertEquals("Niger’s café diplomacy ends", doc.headline());
        assertTrue(Normalizer.isNormalized(doc.body(), Normalizer.Form.NFC));
        assertTrue(doc.body().startsWith(first), doc.body());
        assertTrue(!doc.body().contains("\r"));
        assertEquals(nfcPlace, doc.dateline().place());
        assertEquals(Fingerprint.of(text), doc.fingerprint(), "same text, same fingerprint");
    }
}
