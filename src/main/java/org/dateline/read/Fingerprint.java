package org.dateline.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The identity of a report's text: hex SHA-256 of its raw segment after normalising only what
 * does not change the words (Unicode form, line ends, whitespace runs). It is computed from the
 * source text, not from what the parsers extract, so improving the reader later does not
 * change the identity of reports already stored.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(String rawSegment) {
        String text = Normalizer.normalize(rawSegment, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("\\s+", " ")
                .strip();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
