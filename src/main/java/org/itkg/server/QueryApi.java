package org.itkg.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.itkg.query.Parameter;
import org.itkg.query.QueryRunner;
import org.itkg.query.SavedQueries;
import org.itkg.query.SavedQuery;

/**
 * The saved queries over HTTP: {@code GET /api/queries} lists them, {@code GET /api/queries/NAME?k=v} runs
 * one (SPARQL JSON results; CSV with {@code Accept: text/csv} or {@code format=csv}), {@code GET
 * /api/openapi.json} describes them. Answers are complete before a byte is sent, so a query that runs out
 * of time is a 503, never a 200 with a cut-off body. Errors are JSON: {@code {"error": "..."}}.
 */
final class QueryApi extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DatasetGraph dsg;
    private final SavedQueries queries;
    private final long maxRows;

    QueryApi(DatasetGraph dsg, SavedQueries queries, long maxRows) {
        this.dsg = dsg;
        this.queries = queries;
        this.maxRows = maxRows;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.equals("/openapi.json")) {
            send(resp, 200, "application/json", OpenApi.of(queries).toPrettyString());
        } else if (path.equals("/queries") || path.equals("/queries/")) {
            send(resp, 200, "application/json", list().toPrettyString());
        } else if (path.startsWith("/queries/")) {
            run(path.substring("/queries/".length()), req, resp);
        } else {
            error(resp, 404, "no such resource: /api" + path);
        }
    }

    private ArrayNode list() {
        ArrayNode out = JSON.createArrayNode();
        for (SavedQuery q : queries.all()) {
            ObjectNode o = out.addObject();
            o.put("name", q.name());
            o.put("summary", q.summary());
            if (q.description() != null) o.put("description", q.description());
            o.set("tags", JSON.valueToTree(q.tags()));
            o.put("url", "/api/queries/" + q.name());
            ArrayNode ps = o.putArray("parameters");
            for (Parameter p : q.parameters()) {
                ObjectNode po = ps.addObject();
                po.put("name", p.name());
                po.put("required", p.required());
                po.put("type", p.type());
                if (p.language() != null) po.put("language", p.language());
                if (p.defaultValue() != null) po.put("default", p.defaultValue());
                if (p.description() != null) po.put("description", p.description());
            }
        }
        return out;
    }

    private void run(String name, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SavedQuery saved = queries.get(name);
        if (saved == null) {
            error(resp, 404, "no saved query named " + name);
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet())
            if (!e.getKey().equals("format")) values.put(e.getKey(), e.getValue()[0]);
        Query q;
        try {
            q = saved.bind(values);
        } catch (IllegalArgumentException e) {
            error(resp, 400, e.getMessage());
            return;
        }
        if (!q.isSelectType()) {
            error(resp, 500, "saved query " + name + " is not a SELECT query");
            return;
        }
        // a cap on rows keeps one call from holding the server; the caller sees it in the answer's size
        if (!q.hasLimit() || q.getLimit() > maxRows) q.setLimit(maxRows);
        ResultSetRewindable rows;
        try {
            rows = QueryRunner.select(dsg, q);
        } catch (QueryCancelledException e) {
            error(resp, 503, "query " + name + " timed out");
            return;
        } catch (org.apache.jena.query.text.TextIndexException | org.apache.jena.query.text.TextIndexParseException e) {
            error(resp, 400, QueryRunner.textError(e));
            return;
        }
        boolean csv = "csv".equals(req.getParameter("format"))
                || (req.getHeader("Accept") != null && req.getHeader("Accept").contains("text/csv"));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csv) ResultSetFormatter.outputAsCSV(body, rows);
        else ResultSetFormatter.outputAsJSON(body, rows);
        send(resp, 200, csv ? "text/csv" : "application/sparql-results+json", body.toString(StandardCharsets.UTF_8));
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("error", message);
        o.put("status", status);
        send(resp, status, "application/json", o.toString());
    }

    static void send(HttpServletResponse resp, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(type + "; charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
