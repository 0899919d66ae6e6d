package org.dateline.map;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The IRIs of DESIGN.md section 3, all under one configurable base.
 * Reports are named by their text's fingerprint, so the same text always gets the same IRI;
 * entities not linked to Wikidata get a readable slug of their name.
 */
public final class IriScheme {

    public static final String DEFAULT_BASE = "http://localhost:3030/";
    /** Hex digits of the fingerprint kept in a report id: 64 bits, ample for any news archive. */
    private static final int REPORT_ID_LENGTH = 16;

    private final String base;

    public IriScheme(String base) {
        if (!base.matches("(?i)https?://[^\\s]+")) {
            throw new IllegalArgumentException("base must be an http(s) IRI: " + base);
        }
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    public String reportId(String fingerprint) {
        return fingerprint.substring(0, REPORT_ID_LENGTH);
    }

    public String report(String fingerprint) {
        return base + "report/" + reportId(fingerprint);
    }

    /** The NIF context of a report's body, named as NIF 2.0 suggests: the character range it spans. */
    public String bodyContext(String reportIri, int length) {
        return reportIri + "#char=0," + length;
    }

    public String ingestion(String reportIri) {
        return reportIri + "#ingestion";
    }

    public String entity(String name) {
        return base + "entity/" + slug(name);
    }

    /** A stretch of a report's body, named as NIF 2.0 suggests: {@code {report}#char=B,E} (code points). */
    public String phrase(String reportIri, int begin, int end) {
        return reportIri + "#char=" + begin + "," + end;
    }

    /** A role a report states: one per person and title within the report. */
    public String role(String reportIri, String personName, String title) {
        return reportIri + "#role-" + slug(personName) + "-" + slug(title);
    }

    /** The same title of another country or organisation ({@code ofIri}) held by the same person. */
    public String role(String reportIri, String personName, String title, String ofIri) {
        return role(reportIri, personName, title) + "-of-" + lastSegment(ofIri);
    }

    /** A quotation: stable, since its offsets into the report's text are. */
    public String quotation(String fingerprint, int begin, int end) {
        return base + "quote/" + reportId(fingerprint) + "-" + begin + "-" + end;
    }

    /** A linked entity is named by its Wikidata item: {@code {base}entity/Q1032}. */
    public String linkedEntity(String qid) {
        if (!qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata item id: " + qid);
        }
        return base + "entity/" + qid;
    }

    /**
     * An event, named by what it is rather than by the report that tells it
     * ({@code event/sanction-niger-united-states-2024}): two reports that tell the same event (same
     * category, actor and target, in the same year) describe one node, each in its own graph with its
     * own dl:reportedIn. The entities are given by their IRIs, so linked entities (entity/Q1032) name
     * the event as they name themselves. An event without a target ("Kenyans protested") is named by its
     * actor alone ({@code event/protest-kenya-2024}).
     */
    public String event(String category, String actorIri, String targetIri, String year) {
        // An event with no actor has an empty segment in its place ("assault--kenya-2024"): no slug holds
        // two hyphens in a row, so it is told apart from every event of a named actor.
        return base + "event/" + slug(category) + "-" + (actorIri == null ? "" : lastSegment(actorIri))
                + (targetIri == null ? "" : "-" + lastSegment(targetIri)) + "-"
                + (year == null || year.isEmpty() ? "undated" : year);
    }

    /**
     * An event whose report names neither who acted nor whom it struck ("four persons were shot and killed in
     * Kingston"): nothing names it as the same event another report tells, so it is named by the report and
     * the place of its telling, {@code event/assault---{report}-{begin}-{trigger}-2024}: three hyphens in a row,
     * which no event of a named actor or target holds, and unique within the report.
     */
    public String unnamedEvent(String category, String fingerprint, int evidenceBegin, String trigger, String year) {
        return base + "event/" + slug(category) + "---" + reportId(fingerprint) + "-" + evidenceBegin + "-" + slug(trigger) + "-"
                + (year == null || year.isEmpty() ? "undated" : year);
    }

    private static String lastSegment(String iri) {
        return slug(iri.substring(iri.lastIndexOf('/') + 1));
    }

    public String entitiesGraph() {
        return base + "graph/entities";
    }

    /**
     * "Radio Habana Cuba" -> "radio-habana-cuba", "Ségou" -> "segou", "U.S." -> "u-s". Letters
     * outside the Latin script ("محمد بن سلمان", "习近平") cannot be spelt in a slug, so a short
     * hash of the name's letters and digits stands for them ("n-" and ten hex digits, after the
     * Latin part when there is one): stable for a name, shared by spellings that differ only in
     * case or punctuation, and never an error that would cost the user the report.
     */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        boolean unspelt = ascii.codePoints().anyMatch(c -> Character.isLetterOrDigit(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.COMMON);
        if (!unspelt && !slug.isEmpty()) {
            return slug;
        }
        String hash = "n-" + nameHash(name);
        return slug.isEmpty() ? hash : slug + "-" + hash;
    }

    /** Ten hex digits of the SHA-256 of the name's letters and digits, case folded. */
    private static String nameHash(String name) {
        String key = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "");
        if (key.isEmpty()) {
            key = name; // nothing but punctuation: the name as written
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
