package org.dateline.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Share widgets, teasers and advertising left in scraped text. The patterns are data
 * ({@code boilerplate.txt}) because every site adds its own and they should be added without
 * touching code.
 */
final class Boilerplate {

    static final String RESOURCE = "/org/dateline/read/boilerplate.txt";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * The patterns as one alternation, each in its own group (where an inline flag ends): a line
     * matches it whole exactly when it matches one of them whole, and one matcher a line costs
     * far less than one per pattern. Null when there is no pattern.
     */
    private final Pattern any;

    Boilerplate(List<Pattern> patterns) {
        this.any = patterns.isEmpty() ? null : Pattern.compile(patterns.stream().map(p -> "(?:" + p.pattern() + ")")
                .collect(Collectors.joining("|")), FLAGS);
    }

    /** The patterns shipped with Dateline. */
    static Boilerplate standard() {
        return load(RESOURCE);
    }

    /**
     * A whole-line pattern list shipped with Dateline in the format of {@code boilerplate.txt}
     * (one pattern a line, {@code #} comments); the section labels and tail markers use it too.
     */
    static Boilerplate load(String resource) {
        try (InputStream in = Boilerplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static Boilerplate parse(BufferedReader reader) throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String p = line.strip();
            if (p.isEmpty() || p.startsWith("#")) {
                continue;
            }
            patterns.add(Pattern.compile(p, FLAGS));
        }
        return new Boilerplate(patterns);
    }

    /** True when the whole line is noise, as written or once markdown is reduced to text. */
    boolean isNoise(String line) {
        return matches(line);
    }

    /** True when one of the patterns matches the whole line, as written or once markdown is reduced to text. */
    boolean matches(String line) {
        String raw = line.strip();
        if (raw.isEmpty() || any == null) {
            return false;
        }
        if (any.matcher(raw).matches()) {
            return true;
        }
        String plain = InlineMarkup.toText(raw);
        return !plain.equals(raw) && any.matcher(plain).matches();
    }
}
