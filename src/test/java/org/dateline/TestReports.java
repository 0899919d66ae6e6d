package org.dateline;

import java.nio.charset.StandardCharsets;
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

    public static MappedReport mapped(String sourceName, String headline, String body, String place) {
        return MAPPER.map(doc(sourceName, 1, headline, body, place, "Sahel Dispatch"));
    }
}
