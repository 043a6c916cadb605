package org.itkg.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.itkg.query.Parameter;
import org.itkg.query.SavedQueries;
import org.itkg.query.SavedQuery;

/** An OpenAPI 3 description of the saved-query API, one GET operation per saved query, from the headers. */
final class OpenApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApi() {}

    static ObjectNode of(SavedQueries queries) {
        ObjectNode root = JSON.createObjectNode();
        root.put("openapi", "3.0.3");
        root.putObject("info").put("title", "itkg saved queries").put("version", "0.1")
                .put("description", "Saved SPARQL queries over the Iran–Turkey knowledge graph. Parameters are bound as typed RDF terms.");
        ObjectNode paths = root.putObject("paths");
        paths.putObject("/api/queries").putObject("get").put("operationId", "listQueries").put("summary", "The saved queries")
                .putObject("responses").putObject("200").put("description", "a JSON array of queries and their parameters");
        for (SavedQuery q : queries.all()) {
            ObjectNode get = paths.putObject("/api/queries/" + q.name()).putObject("get");
            get.put("operationId", q.name().replace('-', '_'));
            get.put("summary", q.summary());
            if (q.description() != null) get.put("description", q.description());
            get.set("tags", JSON.valueToTree(q.tags()));
            ArrayNode params = get.putArray("parameters");
            for (Parameter p : q.parameters()) {
                ObjectNode po = params.addObject();
                po.put("name", p.name()).put("in", "query").put("required", p.required() && p.defaultValue() == null);
                if (p.description() != null) po.put("description", p.description());
                ObjectNode schema = po.putObject("schema");
                switch (p.type()) {
                    case "date" -> schema.put("type", "string").put("format", "date");
                    case "integer" -> schema.put("type", "integer");
                    case "iri" -> schema.put("type", "string").put("format", "iri-reference");
                    default -> schema.put("type", "string");
                }
                if (p.defaultValue() != null) schema.put("default", p.defaultValue());
            }
            params.addObject().put("name", "format").put("in", "query").put("required", false)
                    .put("description", "csv for CSV; SPARQL JSON results otherwise")
                    .putObject("schema").put("type", "string").putArray("enum").add("json").add("csv");
            ObjectNode responses = get.putObject("responses");
            ObjectNode ok = responses.putObject("200").put("description", "the results");
            ObjectNode content = ok.putObject("content");
            content.putObject("application/sparql-results+json").putObject("schema").put("type", "object");
            content.putObject("text/csv").putObject("schema").put("type", "string");
            responses.putObject("400").put("description", "a parameter is missing, unknown or not of its type");
            responses.putObject("503").put("description", "the query ran out of time");
        }
        return root;
    }
}
