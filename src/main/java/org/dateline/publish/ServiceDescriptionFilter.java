package org.dateline.publish;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * SPARQL 1.1 Service Description section 2: a GET on the endpoint without a query answers with
 * the service description. Fuseki answers such a request with 404, so this filter, in front of
 * /dateline/sparql, hands it to the VoID servlet; every request with a query passes through.
 */
final class ServiceDescriptionFilter implements Filter {

    private final VoidServlet description;

    ServiceDescriptionFilter(VoidServlet description) {
        this.description = description;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if ("GET".equals(req.getMethod()) && req.getQueryString() == null) {
            description.doGet(req, (HttpServletResponse) response);
            return;
        }
        chain.doFilter(request, response);
    }
}
