package org.dateline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.dateline.map.IriScheme;
import org.dateline.map.MappedReport;
import org.dateline.map.ReportMapper;
import org.dateline.read.Dateline;
import org.dateline.read.PartialDate;
import org.dateline.read.PublicationDate;
import org.dateline.read.ReportDoc;
import org.dateline.read.Source;
import org.dateline.read.SourceReader;
import org.dateline.read.UnreadableSourceException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Reports built in code, for tests of the stages after reading. */
public final class TestReports {

    public static final IriScheme IRIS = new IriScheme("http://example.org/");
    public static final Instant INGESTED = Instant.parse("2026-11-25T12:00:00Z");
    public static final ReportMapper MAPPER =
            new ReportMapper(IRIS, Clock.fixed(INGESTED, ZoneOffset.UTC), "test");

    private TestReports() {
    }

    /** A report whose fingerprint derives from its body, from source file {@code sourceName}. */
    public static ReportDoc doc(String sourceName, int position, String headline, String body, String place,
            String publisher) {
        return doc(sourceName, position, headline, body, place, publisher, new PartialDate(2024, 3, 19));
    }

    /** As {@link #doc(String, int, String, String, String, String)}, published on {@code published}. */
    public static ReportDoc doc(String sourceName, int position, String headline, String body, String place,
            String publisher, PartialDate published) {
        String fingerprint = sha256(headline + "\n" + body);
        return new ReportDoc(new Source("file:///reports/" + sourceName, sourceName, position), fingerprint,
                headline, body, List.of(), null,
                place == null ? null : new Dateline(place.toUpperCase() + ":", place, null, null),
                new PublicationDate(published, false, null), publisher, null, "en");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A seed report from {@code ../shared/seeds} (or the folder the {@code dateline.seeds} property
     * names); the calling test is skipped, saying why, when the folder is absent.
     */
    public static Path seed(String fileName) {
        Path seeds = Path.of(System.getProperty("dateline.seeds", "../shared/seeds"));
        Assumptions.assumeTrue(Files.isDirectory(seeds), "seed reports not found at " + seeds.toAbsolutePath()
                + " (set -Ddateline.seeds=DIR): skipped");
        return seeds.resolve(fileName);
    }

    /** The one report a seed file holds, read by the real reader. */
    public static ReportDoc readSeed(String fileName) throws UnreadableSourceException {
        List<ReportDoc> docs = new SourceReader().read(seed(fileName));
        Assertions.assertEquals(1, docs.size(), fileName + " holds one report");
        return docs.get(0);
    }

    public static MappedReport mapped(String sourceName, String headline, String body, String place) {
        return MAPPER.map(doc(sourceName, 1, headline, body, place, "Sahel Dispatch"));
    }
}
