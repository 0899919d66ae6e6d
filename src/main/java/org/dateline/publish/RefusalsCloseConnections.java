package org.dateline.publish;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Refusals of requests that carry a body say {@code Connection: close}. A request refused before its
 * body is read (an update sent to the read-only endpoint, a post without its token) leaves the rest
 * of the body on the connection, and Jetty closes the connection after the answer; a client that
 * pools connections (Java's HttpClient) would send its next request on it and see it closed before
 * any answer ("header parser received no bytes"). Told so, it opens a new connection instead.
 */
final class RefusalsCloseConnections implements Filter {

    private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && !WITHOUT_BODY.contains(req.getMethod())) {
            chain.doFilter(request, new HttpServletResponseWrapper(resp) {
                @Override
                public void setStatus(int status) {
                    closeIfRefused(status);
                    super.setStatus(status);
                }

                @Override
                public void sendError(int status) throws IOException {
                    closeIfRefused(status);
                    super.sendError(status);
                }

                @Override
                public void sendError(int status, String message) throws IOException {
                    closeIfRefused(status);
                    super.sendError(status, message);
                }

                private void closeIfRefused(int status) {
                    if (status >= 400 && !isCommitted()) {
                        setHeader("Connection", "close");
                    }
                }
            });
        } else {
            chain.doFilter(request, response);
        }
    }
}
