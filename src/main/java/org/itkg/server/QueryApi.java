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
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws jakarta.servlet.ServletException, IOException {
        if (!Requests.refuseWrites(req, resp)) super.service(req, resp);
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
        Map<String, String> values;
        Format format;
        try {
            values = Requests.parameters(req);
            format = Format.of(values.remove("format"), req.getHeader("Accept"));
            // read by the server before the query runs (AfterFilter), not a parameter of any query
            values.remove("after");
        } catch (Requests.Refused e) {
            error(resp, e.status, e.getMessage());
            return;
        }
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
        // a cap on rows keeps one call from holding the server; one row more than the cap tells a cut answer
        if (!q.hasLimit() || q.getLimit() > maxRows) q.setLimit(maxRows + 1);
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
        boolean truncated = rows.size() > maxRows;
        if (truncated) {
            var vars = rows.getResultVars().stream().map(org.apache.jena.sparql.core.Var::alloc).toList();
            rows = org.apache.jena.query.ResultSetFactory.makeRewindable(
                    org.apache.jena.sparql.exec.RowSetStream.create(vars, firstRows(rows, maxRows).iterator()));
            resp.setHeader(GuardedQuery.TRUNCATED, "true; rows=" + maxRows);
        }
        send(resp, 200, format.mediaType, format.write(rows, truncated, maxRows));
    }

    private static java.util.List<org.apache.jena.sparql.engine.binding.Binding> firstRows(ResultSetRewindable rows, long n) {
        java.util.List<org.apache.jena.sparql.engine.binding.Binding> out = new java.util.ArrayList<>();
        rows.reset();
        while (rows.hasNext() && out.size() < n) out.add(rows.nextBinding());
        return out;
    }

    /** The formats a saved query answers in, chosen by {@code format=} or else by the Accept header. */
    enum Format {
        JSON("application/sparql-results+json"), CSV("text/csv"), TSV("text/tab-separated-values"), XML("application/sparql-results+xml");

        final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        static Format of(String asked, String accept) throws Requests.Refused {
            if (asked != null) {
                for (Format f : values()) if (f.name().equalsIgnoreCase(asked)) return f;
                throw new Requests.Refused(406, "format " + asked + " is not one of json, csv, tsv, xml");
            }
            if (accept == null || accept.isBlank()) return JSON;
            for (String part : accept.split(",")) {
                String type = part.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
                switch (type) {
                    case "application/sparql-results+json", "application/json", "*/*", "application/*" -> { return JSON; }
                    case "text/csv" -> { return CSV; }
                    case "text/tab-separated-values" -> { return TSV; }
                    case "application/sparql-results+xml", "application/xml", "text/xml" -> { return XML; }
                    default -> { }
                }
            }
            throw new Requests.Refused(406, "cannot answer in " + accept + "; ask for application/sparql-results+json, text/csv, "
                    + "text/tab-separated-values or application/sparql-results+xml");
        }

        /** The rows in this format; a cut answer says so in JSON with {@code "truncated"} (CSV and TSV have only the header). */
        String write(ResultSetRewindable rows, boolean truncated, long maxRows) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            switch (this) {
                case CSV -> body.writeBytes(org.itkg.query.Csv.of(rows).getBytes(StandardCharsets.UTF_8));
                case TSV -> ResultSetFormatter.outputAsTSV(body, rows);
                case XML -> ResultSetFormatter.outputAsXML(body, rows);
                default -> ResultSetFormatter.outputAsJSON(body, rows);
            }
            String text = body.toString(StandardCharsets.UTF_8);
            if (this != JSON || !truncated) return text;
            try {
                ObjectNode o = (ObjectNode) QueryApi.JSON.readTree(text);
                o.put("truncated", true);
                o.put("maxRows", maxRows);
                return o.toString();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
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
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentType(type + "; charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
