package org.dateline.publish;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.web.HttpSC;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Which endpoints the served SPARQL may reach with {@code SERVICE <…>} (federated queries, e.g.
 * joining the store with live Wikidata). None by default: a public endpoint that runs SERVICE
 * for anyone makes HTTP requests on their behalf, to any host.
 * <p>
 * In Jena 5.6, SERVICE is governed per dataset context by {@link ARQ#httpServiceAllowed} (all or
 * nothing) and by the {@link ServiceExecutorRegistry} the context names: this class switches the
 * first on only when some endpoint is allowed, and puts a link at the head of a copy of the
 * registry's chain that refuses every SERVICE IRI not on the list before any request is made.
 */
public final class ServiceAllowList {

    private static final ServiceAllowList NONE = new ServiceAllowList(List.of());

    private final Set<String> endpoints;

    private ServiceAllowList(Collection<String> endpoints) {
        this.endpoints = Set.copyOf(new TreeSet<>(endpoints));
    }

    /** SERVICE refused whatever the endpoint. */
    public static ServiceAllowList none() {
        return NONE;
    }

    /** SERVICE allowed for exactly these endpoint IRIs (compared as written). */
    public static ServiceAllowList of(Collection<String> endpoints) {
        for (String endpoint : endpoints) {
            if (!endpoint.matches("(?i)https?://\\S+")) {
                throw new IllegalArgumentException("not an http(s) endpoint: " + endpoint);
            }
        }
        return endpoints.isEmpty() ? NONE : new ServiceAllowList(endpoints);
    }

    public Set<String> endpoints() {
        return endpoints;
    }

    public boolean allows(String endpoint) {
        return endpoints.contains(endpoint);
    }

    /** Makes queries run with this context follow the list. */
    public void applyTo(Context context) {
        context.set(ARQ.httpServiceAllowed, !endpoints.isEmpty());
        // A copy of the global registry, not of the context's: applying a new list replaces the old one.
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addSingleLink(new Gate());
        ServiceExecutorRegistry.set(context, registry);
    }

    /** The head of the SERVICE chain: lets an allowed endpoint through, refuses the rest. */
    private final class Gate implements ChainingServiceExecutor {
        @Override
        public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                ExecutionContext execCxt, ServiceExecutor chain) {
            Node service = opExecute.getService();
            if (service == null || !service.isURI() || !allows(service.getURI())) {
                // Fuseki answers an ActionErrorException with its status and message: the client's
                // query asked for something refused (400), not a fault of the server (500).
                throw new ActionErrorException(HttpSC.BAD_REQUEST_400, "SERVICE " + (service == null ? "" : service.isURI() ? "<" + service.getURI() + ">" : service)
                        + " is not allowed" + (endpoints.isEmpty() ? " (none is; see serve --allow-service)"
                                : "; allowed: " + String.join(" ", endpoints)), null);
            }
            return chain.createExecution(opExecute, original, binding, execCxt);
        }
    }
}
