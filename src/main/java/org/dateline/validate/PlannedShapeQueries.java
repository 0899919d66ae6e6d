package org.dateline.validate;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.query.Query;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanOp;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.util.Context;

/**
 * Plans the query of each SPARQL-based constraint (sh:sparql) once per JVM instead of once per
 * focus node. Jena's SHACL engine runs such a query for every focus node, with the node pre-bound
 * to {@code $this}, and ARQ compiles it to algebra and optimises that afresh each time: on a
 * report of a few hundred triples the optimiser took most of the time of validation.
 *
 * <p>Here the query is compiled and optimised on its first run, and later runs evaluate that plan
 * with ARQ's own engine, starting from the focus node bound to {@code $this}. The optimiser only
 * rewrites a query into an equivalent one, so the results are the same; {@code PlannedShapeQueriesTest} compares the outcome with Jena's plain
 * validator on every example, fixture and seed, and on graphs broken on purpose.
 *
 * <p>Only the queries of registered shapes are taken (by identity, as the SHACL engine passes on
 * the very Query object it parsed); every other query in the JVM (the server's, the store's) goes
 * to the engines it went to before.
 */
final class PlannedShapeQueries implements QueryEngineFactory {

    private static final PlannedShapeQueries FACTORY = new PlannedShapeQueries();

    /** Each registered query and its plan, once planned (null until then); replaced whole on change, read without a lock. */
    private static volatile Map<Query, Op> plans = new IdentityHashMap<>();
    /** Queries run from a plan, so that tests can tell this engine was used. */
    private static final AtomicLong RUNS = new AtomicLong();

    private PlannedShapeQueries() {
    }

    /** Adds this engine to ARQ's, once, while Jena initialises ({@link PlannedShapeQueriesInit}). */
    static synchronized void install() {
        if (!QueryEngineRegistry.containsFactory(FACTORY)) {
            QueryEngineRegistry.addFactory(FACTORY);
        }
    }

    /** Plans the queries of the SPARQL-based constraints of {@code shapes} once from now on. */
    static synchronized void register(Shapes shapes) {
        Map<Query, Op> more = new IdentityHashMap<>(plans);
        for (Shape shape : shapes.getShapeMap().values()) {
            for (Constraint constraint : shape.getConstraints()) {
                if (constraint instanceof SparqlConstraint sparql) {
                    more.putIfAbsent(sparql.getQuery(), null);
                }
            }
        }
        plans = more;
    }

    /** How many queries have been run from a plan so far. */
    static long runs() {
        return RUNS.get();
    }

    private static synchronized void keep(Query query, Op plan) {
        Map<Query, Op> more = new IdentityHashMap<>(plans);
        more.put(query, plan);
        plans = more;
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return plans.containsKey(query);
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding initial, Context context) {
        RUNS.incrementAndGet();
        return new PlannedEngine(query, dataset, initial, context).getPlan();
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return false;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding initial, Context context) {
        throw new UnsupportedOperationException("planned shape queries are taken as queries, not algebra");
    }

    /**
     * ARQ's main engine, but the algebra it evaluates is the query's optimised plan, made on the
     * first run, and the pre-bound variables ({@code $this}) are handed to it as the solution it
     * starts from instead of being substituted into a fresh copy of the algebra. SHACL-SPARQL
     * allows pre-binding only in queries where the two are the same (no MINUS, VALUES or
     * sub-select that hides {@code $this}; SHACL 5.3.1); a shape query outside those rules would be
     * wrong in any engine, and PlannedShapeQueriesTest would tell them apart.
     */
    private static final class PlannedEngine extends QueryEngineMain {

        PlannedEngine(Query query, DatasetGraph dataset, Binding initial, Context context) {
            super(query, dataset, initial, context);
        }

        @Override
        protected Op createOp(Query query) {
            Op plan = plans.get(query);
            if (plan == null) {
                plan = modifyOp(Algebra.compile(query));
                keep(query, plan);
            }
            return plan;
        }

        @Override
        protected Plan createPlan() {
            Op plan = getOp();
            context.put(ARQConstants.sysCurrentAlgebra, plan);
            return new PlanOp(plan, this, evaluate(plan, dataset, getStartBinding(), context));
        }
    }
}
