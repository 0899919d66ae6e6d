package org.dateline.understand;

import java.util.List;

/**
 * A language engine's reading of a text. All offsets are Java string (UTF-16) indices into
 * {@link #text()}; the understand stage converts them to code points only at its boundary.
 */
public record AnnotatedText(String text, List<Token> tokens, List<Sentence> sentences, List<Name> names,
        List<DateExpression> dates, List<Dependency> dependencies) {

    public AnnotatedText {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
        dates = List.copyOf(dates);
        dependencies = List.copyOf(dependencies);
    }

    /** A reading without a parse (an engine that gives no dependencies). */
    public AnnotatedText(String text, List<Token> tokens, List<Sentence> sentences, List<Name> names,
            List<DateExpression> dates) {
        this(text, tokens, sentences, names, dates, List.of());
    }

    /** A token with its part-of-speech tag (Penn Treebank) and its lemma. */
    public record Token(int begin, int end, String text, String tag, String lemma) {
    }

    /**
     * A grammatical relation between two tokens of a sentence, as indices into {@link #tokens()}, with
     * its Universal Dependencies label, enhanced with the preposition or conjunction it goes through
     * ("obl:with", "nmod:of", "conj:and") and with subjects shared by controlled verbs ("nsubj:xsubj").
     */
    public record Dependency(int governor, int dependent, String relation) {
    }

    /** A sentence: its character range and the index range of its tokens. */
    public record Sentence(int begin, int end, int firstToken, int endToken) {
    }

    /**
     * A name the engine found, with the engine's type: PERSON, ORGANIZATION, COUNTRY, CITY,
     * STATE_OR_PROVINCE, LOCATION, NATIONALITY, TITLE, MISC, ...
     */
    public record Name(int begin, int end, String text, String type) {
    }

    /**
     * A time expression: its TIMEX3 type (DATE, DURATION, SET, TIME) and value ("2024-05-14",
     * "P10Y", "FUTURE_REF", "XXXX-07"), null when the engine gave none.
     */
    public record DateExpression(int begin, int end, String text, String type, String value) {
    }
}
