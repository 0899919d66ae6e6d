package org.dateline.publish;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Gives every path the site does not know the site's own 404 page (the header, search and the way
 * home) instead of the server's bare one. Fuseki answers paths no servlet is mapped to with
 * {@code sendError(404)} from a default servlet of its own, so the page is put in at that call.
 * The SPARQL service's paths ({@code /dateline/…}) keep Fuseki's plain-text errors, which are
 * written for programs and say what went wrong.
 */
final class NotFoundFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals(DatelineServer.DATASET_PATH) || path.startsWith(DatelineServer.DATASET_PATH + "/")) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {
            @Override
            public void sendError(int status, String message) throws IOException {
                if (status == SC_NOT_FOUND && !isCommitted()) {
                    resetBuffer();
                    Responses.notFound((HttpServletResponse) getResponse(), path, !"HEAD".equals(req.getMethod()));
                } else {
                    super.sendError(status, message);
                }
            }

            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }
        });
    }
}
