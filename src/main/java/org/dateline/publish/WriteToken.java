package org.dateline.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The bearer token that opens the write endpoint, read from a file so that it appears in no
 * command line or process list. Only its SHA-256 is kept; a presented token is hashed and the two
 * digests compared with {@link MessageDigest#isEqual}, which takes the same time wherever they
 * differ, so response times do not leak how much of a guess was right.
 */
public final class WriteToken {

    /** Short tokens can be guessed: 16 characters is 64 bits as hex, 96 as base64. */
    static final int MIN_LENGTH = 16;

    private final byte[] digest;

    private WriteToken(String token) {
        this.digest = sha256(token);
    }

    /**
     * The token in {@code file} (its first line, without surrounding white space).
     *
     * @throws IllegalArgumentException with a one-line reason when the file cannot be read or the
     *                                  token is too short
     */
    public static WriteToken fromFile(Path file) {
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the token file " + file + ": " + e.getMessage());
        }
        if (token.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the token in " + file + " is " + (token.isEmpty() ? "empty" : "too short")
                    + ": use at least " + MIN_LENGTH + " characters, e.g. openssl rand -hex 32 > " + file);
        }
        return new WriteToken(token);
    }

    /** A warning when people other than the file's owner may read the token. */
    public static Optional<String> exposure(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ)::contains)) {
                return Optional.of("warning: others can read the token file " + file + " (chmod 600 " + file + ")");
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to say.
        }
        return Optional.empty();
    }

    /** Whether {@code presented} is the token. */
    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
