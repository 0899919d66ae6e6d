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

    private final StanfordCoreNLP pipeline;
    private final long loadNanos;

    private CoreNlpEngine(Properties properties) {
        long start = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(properties);
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
    public AnnotatedText annotate(String text, LocalDate documentDate) {
        Annotation annotation = new Annotation(text);
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        pipeline.annotate(annotation);

        List<AnnotatedText.Token> tokens = new ArrayList<>();
        for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            tokens.add(new AnnotatedText.Token(token.beginPosition(), token.endPosition(),
                    text.substring(token.beginPosition(), token.endPosition()), token.tag(), token.lemma()));
        }
        List<AnnotatedText.Sentence> sentences = new ArrayList<>();
        List<AnnotatedText.Dependency> dependencies = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            int first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (graph != null) {
                // IndexedWord indices count from 1 within the sentence.
                for (SemanticGraphEdge edge : graph.edgeIterable()) {
                    dependencies.add(new AnnotatedText.Dependency(first + edge.getGovernor().index() - 1,
                            first + edge.getDependent().index() - 1, edge.getRelation().toString()));
                }
            }
            sentences.add(new AnnotatedText.Sentence(
                    sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    sentence.get(CoreAnnotations.TokenBeginAnnotation.class),
                    sentence.get(CoreAnnotations.TokenEndAnnotation.class)));
        }
        List<AnnotatedText.Name> names = new ArrayList<>();
        List<AnnotatedText.DateExpression> dates = new ArrayList<>();
        for (CoreMap mention : annotation.get(CoreAnnotations.MentionsAnnotation.class)) {
            int begin = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String type = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
            if (timex != null) {
                dates.add(new AnnotatedText.DateExpression(begin, end, text.substring(begin, end), timex.timexType(),
                        timex.value()));
            } else if (type != null) {
                names.add(new AnnotatedText.Name(begin, end, text.substring(begin, end), type));
            }
        }
        return new AnnotatedText(text, tokens, sentences, names, dates, dependencies);
    }
}
