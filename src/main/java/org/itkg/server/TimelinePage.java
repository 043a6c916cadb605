package org.itkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.itkg.query.SavedQueries;
import org.itkg.query.Timeline;

/**
 * {@code GET /timeline?month=…&topic=…&person=…&country=…&type=…&status=…&from=…&to=…&page=…}: the timeline
 * page, one page of rows (the first when none is asked for), so that it opens as fast on a large store.
 */
final class TimelinePage extends HttpServlet {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static String nonce() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return java.util.Base64.getEncoder().encodeToString(b);
    }

    private static final String[] FILTERS = {"month", "topic", "person", "country", "type", "status", "from", "to", "page"};
    private final DatasetGraph dsg;
    private final SavedQueries queries;

    TimelinePage(DatasetGraph dsg, SavedQueries queries) {
        this.dsg = dsg;
        this.queries = queries;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws jakarta.servlet.ServletException, IOException {
        if (!Requests.refuseWrites(req, resp)) super.service(req, resp);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> filters = new LinkedHashMap<>();
        Map<String, String> given;
        try {
            given = Requests.parameters(req);
        } catch (Requests.Refused e) {
            QueryApi.error(resp, e.status, e.getMessage());
            return;
        }
        for (String k : given.keySet())
            if (!java.util.List.of(FILTERS).contains(k) && !k.equals("lang")) {
                QueryApi.error(resp, 400, "the timeline has no parameter " + k + " (parameters: " + String.join(", ", FILTERS) + ", lang)");
                return;
            }
        for (String f : FILTERS) {
            String v = given.get(f);
            if (v != null && !v.isBlank()) filters.put(f, v.strip());
        }
        filters.putIfAbsent("page", "1");
        try {
            String nonce = nonce();
            resp.setHeader("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-" + nonce
                    + "'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
            QueryApi.send(resp, 200, "text/html", Timeline.of(dsg, queries, filters).html(nonce));
        } catch (IllegalArgumentException e) {
            QueryApi.error(resp, 400, e.getMessage());
        } catch (QueryCancelledException e) {
            QueryApi.error(resp, 503, "timeline query timed out");
        }
    }
}
