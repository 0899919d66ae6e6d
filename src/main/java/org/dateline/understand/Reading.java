package org.dateline.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The working state the rules share while they read one text: the engine's annotation and the
 * spans found so far, with look-ups by token and by position.
 */
final class Reading {

    final AnnotatedText annotated;
    final String text;
    /** The body ends here; what follows (captions) is read for roles and names only. */
    final int bodyEnd;
    final List<Span> spans = new ArrayList<>();
    /** The engine's parse, indexed once for the rules that read it (roles, pronouns, quotations). */
    final DependencyIndex parse;

    Reading(AnnotatedText annotated, int bodyEnd) {
        this.annotated = annotated;
        this.text = annotated.text();
        this.bodyEnd = bodyEnd;
        this.parse = new DependencyIndex(annotated.dependencies());
    }

    List<AnnotatedText.Token> tokens() {
        return annotated.tokens();
    }

    AnnotatedText.Token token(int index) {
        return annotated.tokens().get(index);
    }

    /** The index of the token that starts at or covers {@code position}; -1 when none. */
    int tokenAt(int position) {
        List<AnnotatedText.Token> tokens = annotated.tokens();
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            AnnotatedText.Token t = tokens.get(mid);
            if (t.end() <= position) {
                low = mid + 1;
            } else if (t.begin() > position) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The index of the first token that begins at or after {@code position}. */
    int tokenFrom(int position) {
        List<AnnotatedText.Token> tokens = annotated.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).begin() >= position) {
                return i;
            }
        }
        return tokens.size();
    }

    AnnotatedText.Sentence sentenceOf(int tokenIndex) {
        for (AnnotatedText.Sentence s : annotated.sentences()) {
            if (tokenIndex >= s.firstToken() && tokenIndex < s.endToken()) {
                return s;
            }
        }
        throw new IllegalArgumentException("token outside every sentence: " + tokenIndex);
    }

    /** The entity span that covers the token, the longest one when several do. */
    Optional<Span> spanCovering(int tokenIndex) {
        AnnotatedText.Token t = token(tokenIndex);
        return spans.stream().filter(s -> s.begin <= t.begin() && s.end >= t.end())
                .max(Comparator.comparingInt(s -> s.end - s.begin));
    }

    /** The span that ends exactly at the end of the token. */
    Optional<Span> spanEndingAt(int tokenIndex) {
        AnnotatedText.Token t = token(tokenIndex);
        return spans.stream().filter(s -> s.end == t.end()).max(Comparator.comparingInt(s -> s.end - s.begin));
    }

    /** The span that begins exactly at the beginning of the token. */
    Optional<Span> spanStartingAt(int tokenIndex) {
        AnnotatedText.Token t = token(tokenIndex);
        return spans.stream().filter(s -> s.begin == t.begin()).max(Comparator.comparingInt(s -> s.end - s.begin));
    }

    /** Whether the report's body (headline and text, not its trailing matter) names the entity of this key. */
    boolean namesInBody(String key) {
        return spans.stream().anyMatch(s -> key.equals(s.key) && s.end <= bodyEnd);
    }

    boolean overlapsSpan(int begin, int end) {
        return spans.stream().anyMatch(s -> s.begin < end && begin < s.end);
    }

    /** Start of the paragraph (blank-line separated) that holds {@code position}. */
    int paragraphStart(int position) {
        int i = text.lastIndexOf("\n\n", Math.max(0, position - 1));
        return i < 0 ? 0 : i + 2;
    }

    static boolean isPossessive(String token) {
        return token.equals("'s") || token.equals("’s") || token.equals("'") || token.equals("’");
    }
}
