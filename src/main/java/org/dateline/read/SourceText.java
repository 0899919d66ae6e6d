package org.dateline.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns a file's bytes into the text every parser works on: strict UTF-8 (scraped reports are
 * UTF-8; guessing another charset would silently corrupt names), no byte order mark, LF line
 * ends and Unicode NFC, so that "Niger’s" typed with a combining accent or on Windows compares
 * equal to the same word elsewhere.
 */
final class SourceText {

    /** Share of control characters above which decoded text is treated as binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private SourceText() {
    }

    /**
     * Decodes bytes to normalised text.
     *
     * @throws IllegalArgumentException with a one-line reason when the bytes are not usable text
     */
    static String decode(byte[] bytes) {
        // A NUL never occurs in text; checking it before decoding names images and archives
        // "binary" rather than "not valid UTF-8", which is the more useful reason.
        for (byte b : bytes) {
            if (b == 0) {
                throw new IllegalArgumentException("binary file, not text");
            }
        }
        String text = strictUtf8(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty file");
        }
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            throw new IllegalArgumentException("binary file, not text");
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            // The decoder stops at the first bad byte, so its position is the offset to report.
            throw new IllegalArgumentException("not valid UTF-8 (byte offset " + in.position() + ")");
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new IllegalArgumentException("not valid UTF-8 (byte offset " + in.position() + ")");
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
        return s.replaceAll("[ \\t\\f\\u000B]+", " ").strip();
    }
}
