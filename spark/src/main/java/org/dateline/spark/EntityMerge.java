package org.dateline.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.vocabulary.RDFS;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.dateline.map.Vocab;

import scala.Tuple2;

/**
 * The entity descriptions of all reports, merged as {@code ReportStore} merges them when a single
 * machine stores the reports one after another, without a shuffle of whole descriptions per entity:
 * <ul>
 * <li>an entity keeps the label of the first report (in {@code ingest}'s order) that labelled it; a
 *     later report's other spelling becomes a skos:altLabel in that report's own graph;</li>
 * <li>of the dl:linkConfidence values reports gave, the entity keeps the highest (the first of equals);</li>
 * <li>everything else is kept once.</li>
 * </ul>
 */
final class EntityMerge {

    private static final String LABEL = "<" + RDFS.label.getURI() + ">";
    private static final String NAME = "<" + Vocab.NAME.getURI() + ">";
    private static final String ALT_LABEL = "<" + Vocab.ALT_LABEL.getURI() + ">";
    private static final String CONFIDENCE = "<" + Vocab.LINK_CONFIDENCE.getURI() + ">";

    /** @param entities the merged entities graph; @param altLabels the lines that go into report graphs */
    record Merged(JavaRDD<String> entities, JavaRDD<String> altLabels) {
    }

    /** What one report says of one entity. */
    record Contribution(long order, String report, List<EntityQuad> quads) implements Serializable {

        Set<String> labels() {
            Set<String> labels = new TreeSet<>();
            quads.stream().filter(q -> q.predicate().equals(LABEL)).forEach(q -> labels.add(q.object()));
            return labels;
        }
    }

    /** The labels of the first report that labelled an entity. */
    record Held(long order, Set<String> labels) implements Serializable {
    }

    /** A dl:linkConfidence line, and the report order it came in. */
    record Confidence(long order, BigDecimal value, String line) implements Serializable {
    }

    private EntityMerge() {
    }

    static Merged merge(JavaRDD<ReportOutput> reports, String entitiesGraph) {
        JavaPairRDD<String, Contribution> contributions = reports.flatMapToPair(report -> bySubject(report, entitiesGraph));
        JavaPairRDD<String, Held> held = contributions
                .filter(c -> !c._2().labels().isEmpty())
                .mapValues(c -> new Held(c.order(), c.labels()))
                .reduceByKey((a, b) -> a.order() <= b.order() ? a : b);
        JavaPairRDD<String, Tuple2<Contribution, Optional<Held>>> joined = contributions.leftOuterJoin(held);

        JavaRDD<String> altLabels = joined.flatMap(entry -> respelled(entry._2()._1(), entry._2()._2()).stream()
                .map(label -> entry._1() + " " + ALT_LABEL + " " + label + " <" + entry._2()._1().report() + "> .")
                .iterator());
        JavaRDD<EntityQuad> kept = joined.flatMap(entry -> kept(entry._2()._1(), entry._2()._2()));

        JavaRDD<String> plain = kept.filter(q -> !q.predicate().equals(CONFIDENCE)).map(EntityQuad::line).distinct();
        JavaRDD<String> confidence = joined
                .flatMapToPair(entry -> confidences(entry._2()._1()))
                .reduceByKey(EntityMerge::higher)
                .map(pair -> pair._2().line());
        return new Merged(plain.union(confidence), altLabels);
    }

    private static Iterator<Tuple2<String, Contribution>> bySubject(ReportOutput report, String entitiesGraph) {
        Map<String, List<EntityQuad>> bySubject = new LinkedHashMap<>();
        for (String line : report.entities()) {
            EntityQuad quad = EntityQuad.parse(line, entitiesGraph);
            bySubject.computeIfAbsent(quad.subject(), s -> new ArrayList<>()).add(quad);
        }
        List<Tuple2<String, Contribution>> pairs = new ArrayList<>();
        bySubject.forEach((subject, quads) -> pairs.add(new Tuple2<>(subject, new Contribution(report.order(), report.iri(), quads))));
        return pairs.iterator();
    }

    /** This report's labels the entity does not hold: another spelling, kept in the report's graph. */
    private static Set<String> respelled(Contribution contribution, Optional<Held> held) {
        Set<String> respelled = new TreeSet<>();
        if (held.isPresent() && held.get().order() != contribution.order()) {
            contribution.labels().stream().filter(label -> !held.get().labels().contains(label)).forEach(respelled::add);
        }
        return respelled;
    }

    /** What the report adds to the entity: all it says but another spelling (as rdfs:label and dl:name) and its confidence. */
    private static Iterator<EntityQuad> kept(Contribution contribution, Optional<Held> held) {
        Set<String> respelled = respelled(contribution, held);
        return contribution.quads().stream()
                .filter(q -> !(respelled.contains(q.object()) && (q.predicate().equals(LABEL) || q.predicate().equals(NAME))))
                .iterator();
    }

    private static Iterator<Tuple2<String, Confidence>> confidences(Contribution contribution) {
        List<Tuple2<String, Confidence>> values = new ArrayList<>();
        for (EntityQuad quad : contribution.quads()) {
            if (quad.predicate().equals(CONFIDENCE) && quad.object().startsWith("\"")) {
                String lexical = quad.object().substring(1, quad.object().indexOf('"', 1));
                values.add(new Tuple2<>(quad.subject(), new Confidence(contribution.order(), new BigDecimal(lexical), quad.line())));
            }
        }
        return values.iterator();
    }

    /** The higher confidence; of equal ones, the one that came first. */
    private static Confidence higher(Confidence a, Confidence b) {
        int compared = a.value().compareTo(b.value());
        if (compared != 0) {
            return compared > 0 ? a : b;
        }
        return a.order() <= b.order() ? a : b;
    }
}
