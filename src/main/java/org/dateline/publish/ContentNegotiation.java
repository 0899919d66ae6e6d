package org.dateline.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Picks a representation from an Accept header (RFC 9110 section 12.5.1): the highest q wins,
 * more specific ranges before wildcards, and on a tie the server's order (HTML first, for
 * browsers that send {@code text/html,...;q=0.9,* /*;q=0.8}). No Accept header means HTML.
 */
public final class ContentNegotiation {

    /** One media range of an Accept header. */
    record Range(String type, String subtype, double q) {
        boolean matches(String mediaType) {
            String[] parts = mediaType.split("/");
            return (type.equals("*") || type.equals(parts[0])) && (subtype.equals("*") || subtype.equals(parts[1]));
        }

        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }
    }

    private ContentNegotiation() {
    }

    /** @return the chosen variant, or null when the client accepts none of them (406) */
    public static RdfVariant choose(String accept, List<RdfVariant> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        List<Range> ranges = parse(accept);
        RdfVariant best = null;
        double bestQ = 0;
        for (RdfVariant variant : offered) {
            double q = quality(ranges, variant.mediaType());
            if (variant == RdfVariant.TURTLE) {
                q = Math.max(q, quality(ranges, "application/x-turtle"));
            }
            if (variant == RdfVariant.JSONLD) {
                q = Math.max(q, quality(ranges, "application/json") * 0.99);
            }
            if (variant == RdfVariant.HTML) {
                q = Math.max(q, quality(ranges, "application/xhtml+xml"));
            }
            if (q > bestQ) {
                best = variant;
                bestQ = q;
            }
        }
        return best;
    }

    /** The q of the most specific range that matches the media type (0 when none does). */
    static double quality(List<Range> ranges, String mediaType) {
        Range match = null;
        for (Range r : ranges) {
            if (r.matches(mediaType) && (match == null || r.specificity() > match.specificity())) {
                match = r;
            }
        }
        // A wildcard match counts for slightly less, so that an explicit type beats */* at equal q.
        return match == null ? 0 : match.q() - (2 - match.specificity()) * 0.0001;
    }

    static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] params = part.trim().split(";");
            String[] type = params[0].trim().toLowerCase(Locale.ROOT).split("/");
            if (type.length != 2) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(type[0].trim(), type[1].trim(), q));
        }
        return ranges;
    }
}
