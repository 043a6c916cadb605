package org.itkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code ?after=OFFSET} on any request: it waits (up to the query timeout) until the store has applied that
 * log offset, so that a client reads its own writes from a replica; 503 if it has not by then, 400 on a
 * server that follows no log. Read from the query string only, so that a posted body stays unread.
 */
final class AfterFilter implements Filter {
    private final Replication replication;
    private final long waitMillis;

    AfterFilter(Replication replication, long waitMillis) {
        this.replication = replication;
        this.waitMillis = waitMillis;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String after = after(req.getQueryString());
        if (after == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        long offset;
        try {
            offset = Long.parseLong(after);
            if (offset < 0) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            Requests.drain(req);
            QueryApi.error(resp, 400, "after must be a log offset (a whole number from 0): " + after);
            return;
        }
        if (replication.topic() == null) {
            Requests.drain(req);
            QueryApi.error(resp, 400, "this server follows no change log: after= has no meaning here");
            return;
        }
        boolean applied;
        try {
            applied = replication.awaitApplied(offset, waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            applied = false;
        }
        if (!applied) {
            Requests.drain(req);
            resp.setHeader("Retry-After", "1");
            QueryApi.error(resp, 503, "offset " + offset + " is not applied yet (applied: " + replication.offset() + ", log: " + replication.head() + ")"
                    + (replication.error() == null ? "" : "; " + replication.error()));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String after(String query) {
        if (query == null) return null;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
            if (name.equals("after")) return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
        }
        return null;
    }
}
