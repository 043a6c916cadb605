package org.itkg.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.itkg.article.Article;
import org.itkg.article.ArticleReader;
import org.itkg.article.ArticleSink;
import org.itkg.store.Ingest;
import org.itkg.store.Loader;
import org.itkg.store.Store;

/**
 * {@code /api/articles}: articles written into the running server's store. {@code POST} takes one article in
 * the text format ({@code text/plain}), one JSON article ({@code application/json}) or many as JSON Lines
 * ({@code application/x-ndjson}); {@code DELETE /api/articles/ID} or {@code DELETE /api/articles?url=URL}
 * (the parameter may repeat, and {@code id=} too) removes articles. Only users of the password file may
 * write (HTTP basic; 401 otherwise); a server started without a password file has no such resource (404).
 * Answers are JSON, one entry per article; what was written is visible to every query once the answer
 * is sent.
 */
final class ArticlesApi extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Ingest ingest;
    private final org.eclipse.jetty.security.UserStore users;

    ArticlesApi(Ingest ingest, org.eclipse.jetty.security.UserStore users) {
        this.ingest = ingest;
        this.users = users;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws jakarta.servlet.ServletException, IOException {
        String m = req.getMethod();
        if (ingest == null) {
            // a server started without a password file takes no articles: for it this resource is not there
            Requests.drain(req);
            QueryApi.error(resp, 404, "this server takes no articles: start it with --password-file");
            return;
        }
        if (!m.equals("POST") && !m.equals("DELETE")) {
            Requests.drain(req);
            resp.setHeader("Allow", "POST, DELETE");
            QueryApi.error(resp, 405, m + " is not allowed here: POST articles, or DELETE them");
            return;
        }
        if (users == null) {
            Requests.drain(req);
            QueryApi.error(resp, 403, "this server takes no articles: start it on a store with --password-file");
            return;
        }
        if (!authorised(req)) {
            Requests.drain(req);
            resp.setHeader("WWW-Authenticate", "Basic realm=\"itkg\"");
            QueryApi.error(resp, 401, "a user of the server's password file is needed to write");
            return;
        }
        super.service(req, resp);
    }

    private boolean authorised(HttpServletRequest req) {
        String h = req.getHeader("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Basic ", 0, 6)) return false;
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = pair.indexOf(':');
        if (colon < 0) return false;
        var user = users.getUserPrincipal(pair.substring(0, colon));
        return user != null && user.authenticate(pair.substring(colon + 1));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(java.util.Locale.ROOT);
        byte[] body = req.getInputStream().readAllBytes();
        boolean json = type.contains("json");
        if (!json && !type.isEmpty() && !type.startsWith("text/plain")) {
            QueryApi.error(resp, 415, "send text/plain (one article), application/json (one) or application/x-ndjson (many), not " + type);
            return;
        }
        List<Article> articles = new ArrayList<>();
        List<Loader.Failure> failures = new ArrayList<>();
        ArticleReader.read(body, json, "request", new ArticleSink() {
            @Override
            public void article(Article a) {
                articles.add(a);
            }

            @Override
            public void failure(String origin, String reason) {
                failures.add(new Loader.Failure(origin, reason));
            }
        });
        Ingest.Outcome out;
        try {
            out = ingest.add(articles);
        } catch (RuntimeException e) {
            QueryApi.error(resp, 500, "nothing was written: " + oneLine(e));
            return;
        }
        failures.addAll(out.failures());
        ObjectNode o = JSON.createObjectNode();
        ArrayNode written = o.putArray("articles");
        for (Ingest.Written w : out.written()) {
            ObjectNode a = written.addObject();
            a.put("id", w.id());
            a.put("iri", w.iri());
            ArrayNode persons = a.putArray("persons");
            for (Ingest.Named p : w.persons()) persons.addObject().put("name", p.name()).put("iri", p.iri());
            ArrayNode events = a.putArray("events");
            for (Ingest.Told e : w.events()) events.addObject().put("type", e.type()).put("status", e.status()).put("date", e.date()).put("iri", e.iri());
        }
        failures(o, failures);
        o.put("seconds", Math.round(out.seconds() * 1000) / 1000.0);
        // the log offset of this write, for ?after= on a replica
        if (out.offset() >= 0) o.put("offset", out.offset());
        QueryApi.send(resp, out.written().isEmpty() && !failures.isEmpty() ? 400 : 200, "application/json", o.toPrettyString());
    }

    @Override
    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Requests.drain(req);
        List<String> names = new ArrayList<>();
        String path = req.getPathInfo();
        if (path != null && path.length() > 1) names.add(java.net.URLDecoder.decode(path.substring(1), StandardCharsets.UTF_8));
        for (String p : new String[] {"id", "url"}) {
            String[] vs = req.getParameterValues(p);
            if (vs != null) names.addAll(List.of(vs));
        }
        if (names.isEmpty()) {
            QueryApi.error(resp, 400, "name the articles to remove: /api/articles/ID, ?id=ID or ?url=URL");
            return;
        }
        Store.Removal r;
        try {
            r = ingest.remove(names);
        } catch (RuntimeException e) {
            QueryApi.error(resp, 500, "nothing was removed: " + oneLine(e));
            return;
        }
        ObjectNode o = JSON.createObjectNode();
        ArrayNode removed = o.putArray("removed");
        r.ids().forEach(removed::add);
        ArrayNode unknown = o.putArray("unknown");
        r.unknown().forEach(unknown::add);
        if (r.change() != null) o.put("seconds", Math.round(r.change().seconds() * 1000) / 1000.0);
        if (r.offset() >= 0) o.put("offset", r.offset());
        QueryApi.send(resp, r.ids().isEmpty() ? 404 : 200, "application/json", o.toPrettyString());
    }

    private static void failures(ObjectNode o, List<Loader.Failure> failures) {
        ArrayNode f = o.putArray("failures");
        for (Loader.Failure x : failures) f.addObject().put("origin", x.origin()).put("reason", x.reason());
    }

    private static String oneLine(RuntimeException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
