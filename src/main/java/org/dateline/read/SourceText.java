package org.dateline.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into the text every parser works on: strict UTF-8, or strict UTF-16 when
 * a byte order mark says so (Windows tools save "Unicode" text as UTF-16 LE with a BOM); no other
 * charset is guessed, because a wrong guess would silently corrupt names. The text has no byte
 * order mark, LF line ends and Unicode NFC, so that "Niger’s" typed with a combining accent or on
 * Windows compares equal to the same word elsewhere.
 */
final class SourceText {

    /** Share of control characters above which decoded text is treated as binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\t\\f\\u000B]+");

    private SourceText() {
    }

    /**
     * Decodes bytes to normalised text.
     *
     * @throws IllegalArgumentException with a one-line reason when the bytes are not usable text
     */
    static String decode(byte[] bytes) {
        String text;
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            // Checked before UTF-16 LE, whose byte order mark is a prefix of UTF-32 LE's.
            throw new IllegalArgumentException("UTF-32 text is not supported: save it as UTF-8");
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        } else {
            // A NUL never occurs in UTF-8 text; checking it before decoding names images and
            // archives "binary" rather than "not valid UTF-8", which is the more useful reason.
            for (byte b : bytes) {
                if (b == 0) {
                    throw new IllegalArgumentException(looksLikeUtf16WithoutBom(bytes)
                            ? "UTF-16 text without a byte order mark: save it as UTF-8, or as UTF-16 with a byte order mark"
                            : "binary file, not text");
                }
            }
            int bom = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            text = strict(bytes, bom, StandardCharsets.UTF_8, "UTF-8");
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty file");
        }
        if (text.indexOf('\0') >= 0 || controlShare(text) > MAX_CONTROL_SHARE) {
            throw new IllegalArgumentException("binary file, not text");
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Mostly ASCII in UTF-16 has a NUL in every other byte: one of the two byte positions is
     * nearly all NULs and the other nearly none. Only used to give a better reason, never to decode.
     */
    private static boolean looksLikeUtf16WithoutBom(byte[] bytes) {
        if (bytes.length < 8 || bytes.length % 2 != 0) {
            return false;
        }
        int[] nuls = new int[2];
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                nuls[i % 2]++;
            }
        }
        int half = bytes.length / 2;
        return Math.max(nuls[0], nuls[1]) * 10 >= half * 9 && Math.min(nuls[0], nuls[1]) * 10 <= half;
    }

    /** The bytes after the byte order mark, decoded; malformed input names its byte offset. */
    private static String strict(byte[] bytes, int bomLength, Charset charset, String name) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, bomLength, bytes.length - bomLength);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // The decoder stops at the first bad byte, so its position is the offset to report.
            throw new IllegalArgumentException("not valid " + name + " (byte offset " + in.position() + ")");
        }
        out.flip();
        return out.toString();
    }

    private static double controlShare(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return (double) controls / text.length();
    }

    /** Normalises horizontal whitespace inside one line of text; leaves other characters alone. */
    static String collapseSpaces(String s) {
        return needsCollapsing(s) ? HORIZONTAL_SPACE.matcher(s).replaceAll(" ").strip() : s.strip();
    }

    /** Whether {@link #HORIZONTAL_SPACE} would change anything: a run of two, or a space other than ' '. */
    private static boolean needsCollapsing(String s) {
        boolean afterSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\f' || c == '\u000B' || c == ' ' && afterSpace) {
                return true;
            }
            afterSpace = c == ' ';
        }
        return false;
    }
}
