package org.dateline.understand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;

/**
 * Stanford CoreNLP 4.5.10 behind {@link LanguageEngine}. Loading its models takes some 20 s and
 * over a gigabyte of heap, so there is one per JVM: {@link #shared()}.
 *
 * <p>Annotators, chosen by measurement (see IngestBenchmark): tokenize, ssplit, pos, lemma, ner,
 * depparse (the neural dependency parser: events need who did what to whom; measured at a third
 * of the engine's time, 59 of 183 s on 300 generated reports, against 109 s for ner). No constituency
 * parser and no statistical coreference: coref costs about six times the rest and merged Niger
 * with the United States on the seeds; the rules of this package resolve pronouns, surnames,
 * titles and quotation speakers instead.
 */
public final class CoreNlpEngine implements LanguageEngine {

    /**
     * The most characters (Unicode code points) of text the engine reads for one report: some
     * 20,000 tokens, which took it 19 to 23 s of one core, whatever their shape (prose, one endless
     * line, a repeated line, a list; LongReportBenchmark --chars 100000), so that with the rules,
     * mapping and validation such a report is done in under 30 s. Long-form news stays well under.
     */
    public static final int CHARACTER_LIMIT = 100_000;

    /**
     * Sentences of up to 400 tokens are read whole: the engine's time expressions cost time out of
     * proportion beyond that (measured, one sentence: 1,000 tokens 0.6 s, 2,000 tokens 3 s, 4,000
     * tokens 56 s), and news sentences are a tenth as long. Pieces of 2,000 tokens (about 10,000
     * characters) leave a report of ordinary length whole.
     */
    private static final TextPieces PIECES = new TextPieces(400, 2_000);

    private final StanfordCoreNLP pipeline;
    /** The tokenizer and sentence splitter alone: the cheap first pass that finds where to cut. */
    private final StanfordCoreNLP splitter;
    private final long loadNanos;

    private CoreNlpEngine(Properties properties) {
        long start = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(properties);
        Properties split = new Properties();
        split.putAll(properties);
        split.setProperty("annotators", "tokenize,ssplit");
        this.splitter = new StanfordCoreNLP(split);
        this.loadNanos = System.nanoTime() - start;
    }

    /** The engine of this JVM, loaded on first use (the holder idiom makes that thread-safe). */
    public static CoreNlpEngine shared() {
        return Holder.ENGINE;
    }

    private static final class Holder {
        static final CoreNlpEngine ENGINE = new CoreNlpEngine(properties());
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // Paragraphs (blank lines) end sentences: captions and headings have no final full stop.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Not the fine-grained types (COUNTRY, CITY, NATIONALITY, TITLE): their regular expressions
        // took two thirds of the engine's time (measured: 600 -> 1,900 tokens/s without them). The
        // lists of this package (countries, demonyms, metonyms, titles) type what the rules need.
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        return p;
    }

    /** Milliseconds it took to load the models. */
    public long loadMillis() {
        return loadNanos / 1_000_000;
    }

    /** CoreNLP's own account of the time each annotator has taken so far. */
    public String timingInformation() {
        return pipeline.timingInformation();
    }

    @Override
    public int characterLimit() {
        return CHARACTER_LIMIT;
    }

    /**
     * Annotates the text whole when it is short, as one annotation; in pieces of whole sentences
     * otherwise (see {@link TextPieces}), with every offset mapped back to the text, so that a long
     * text costs the sum of its pieces and the engine holds one piece's annotation at a time.
     *
     * @throws IllegalArgumentException when the text is over {@link #characterLimit()}
     */
    @Override
    public AnnotatedText annotate(String text, LocalDate documentDate) {
        return annotate(text, documentDate, PIECES);
    }

    /** As {@link #annotate(String, LocalDate)}, cut with the given limits (for tests). */
    AnnotatedText annotate(String text, LocalDate documentDate, TextPieces cutter) {
        int length = text.codePointCount(0, text.length());
        if (length > CHARACTER_LIMIT) {
            // The understander refuses such a text first; this guards against any caller that does not.
            throw new IllegalArgumentException("text is " + length + " characters, over the language engine's limit of "
                    + CHARACTER_LIMIT);
        }
        List<TextPieces.Piece> pieces = pieces(text, cutter);
        Reader reader = new Reader(text);
        if (pieces.size() <= 1) {
            reader.add(annotation(text, documentDate), 0);
        } else {
            for (TextPieces.Piece piece : pieces) {
                reader.add(annotation(text.substring(piece.begin(), piece.end()), documentDate), piece.begin());
            }
        }
        return reader.result();
    }

    /** The pieces of the text by the engine's own tokens and sentences (a cheap first pass). */
    private List<TextPieces.Piece> pieces(String text, TextPieces cutter) {
        Annotation split = new Annotation(text);
        splitter.annotate(split);
        List<CoreLabel> tokens = split.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> sentences = split.get(CoreAnnotations.SentencesAnnotation.class);
        int[] begins = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            begins[i] = tokens.get(i).beginPosition();
            ends[i] = tokens.get(i).endPosition();
        }
        int[] sentenceEnds = sentences.stream().mapToInt(s -> s.get(CoreAnnotations.TokenEndAnnotation.class)).toArray();
        return cutter.cut(begins, ends, sentenceEnds);
    }

    private Annotation annotation(String text, LocalDate documentDate) {
        Annotation annotation = new Annotation(text);
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        pipeline.annotate(annotation);
        return annotation;
    }

    /** Reads CoreNLP's annotations of the text, or of its pieces in order, into one {@link AnnotatedText}. */
    private static final class Reader {
        private final String text;
        private final List<AnnotatedText.Token> tokens = new ArrayList<>();
        private final List<AnnotatedText.Sentence> sentences = new ArrayList<>();
        private final List<AnnotatedText.Dependency> dependencies = new ArrayList<>();
        private final List<AnnotatedText.Name> names = new ArrayList<>();
        private final List<AnnotatedText.DateExpression> dates = new ArrayList<>();

        Reader(String text) {
            this.text = text;
        }

        /** Adds the annotation of the part of the text that begins at {@code shift}. */
        void add(Annotation annotation, int shift) {
            int tokenShift = tokens.size();
            for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
                int begin = shift + token.beginPosition();
                int end = shift + token.endPosition();
                tokens.add(new AnnotatedText.Token(begin, end, text.substring(begin, end), token.tag(), token.lemma()));
            }
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                int first = tokenShift + sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
                SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
                if (graph != null) {
                    // IndexedWord indices count from 1 within the sentence.
                    for (SemanticGraphEdge edge : graph.edgeIterable()) {
                        dependencies.add(new AnnotatedText.Dependency(first + edge.getGovernor().index() - 1,
                                first + edge.getDependent().index() - 1, edge.getRelation().toString()));
                    }
                }
                sentences.add(new AnnotatedText.Sentence(
                        shift + sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        shift + sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                        first, tokenShift + sentence.get(CoreAnnotations.TokenEndAnnotation.class)));
            }
            for (CoreMap mention : annotation.get(CoreAnnotations.MentionsAnnotation.class)) {
                int begin = shift + mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = shift + mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
                if (timex != null) {
                    dates.add(new AnnotatedText.DateExpression(begin, end, text.substring(begin, end), timex.timexType(),
                            timex.value()));
                } else if (type != null) {
                    names.add(new AnnotatedText.Name(begin, end, text.substring(begin, end), type));
                }
            }
        }

        AnnotatedText result() {
            return new AnnotatedText(text, tokens, sentences, names, dates, dependencies);
        }
    }
}
