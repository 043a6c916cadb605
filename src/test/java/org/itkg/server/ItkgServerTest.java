package org.itkg.server;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.itkg.store.Loader;
import org.itkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Fuseki on a free port over a real TDB2 store loaded with the seeds, spoken to over HTTP. */
class ItkgServerTest {
    @TempDir
    static Path tmp;
    static Store store;
    static ItkgServer server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(tmp.resolve("db"));
        new Loader(store, 50, f -> fail(f.toString()), n -> {}).load(List.of(Path.of("seeds")));
        Path pw = tmp.resolve("passwd");
        Files.writeString(pw, "editor: correct-horse\n");
        server = ItkgServer.start(store.dataset(), new ItkgServer.Settings("127.0.0.1", 0, pw, 10_000));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> send(HttpRequest r) throws Exception {
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sparqlProtocolReturnsTheSeedMeeting() throws Exception {
        String q = """
                PREFIX itkg: <https://w3id.org/itkg/ontology#>
                PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?date ?a ?b WHERE {
                  ?e a itkg:Meeting ; itkg:date ?date ; itkg:status itkg:occurred ; sem:hasActor ?x, ?y .
                  ?x rdfs:label ?a . ?y rdfs:label ?b . FILTER(LANG(?a) = "fa" && LANG(?b) = "fa" && STR(?a) < STR(?b))
                }""";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/itkg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode rows = new ObjectMapper().readTree(r.body()).path("results").path("bindings");
        assertEquals(1, rows.size(), r.body());
        assertEquals("2025-10-29", rows.get(0).path("date").path("value").asText());
        assertEquals("اسکندر مومنی", rows.get(0).path("a").path("value").asText());
        assertEquals("منیر کارال اوغلو", rows.get(0).path("b").path("value").asText());
    }

    @Test
    void updateNeedsThePassword() throws Exception {
        String update = "update=" + URLEncoder.encode("INSERT DATA { GRAPH <urn:test> { <urn:a> <urn:b> \"c\" } }", StandardCharsets.UTF_8);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/itkg/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        assertEquals(401, send(b.build()).statusCode());
        String wrong = Base64.getEncoder().encodeToString("editor:wrong".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, send(b.copy().header("Authorization", "Basic " + wrong).build()).statusCode());
        String right = Base64.getEncoder().encodeToString("editor:correct-horse".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, send(b.copy().header("Authorization", "Basic " + right).build()).statusCode());
        HttpResponse<String> ask = send(HttpRequest.newBuilder(URI.create(base + "/itkg/sparql?query="
                + URLEncoder.encode("ASK { GRAPH <urn:test> { <urn:a> <urn:b> \"c\" } }", StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build());
        assertTrue(ask.body().contains("true"), ask.body());
    }

    @Test
    void queriesNeedNoPasswordAndGraphStoreWritesDo() throws Exception {
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(base + "/itkg/get?default")).build());
        assertEquals(200, get.statusCode());
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base + "/itkg/data?graph=urn:x"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertEquals(401, put.statusCode());
    }

    @Test
    void theUiAndItsServerStatusAnswer() throws Exception {
        HttpResponse<String> ui = send(HttpRequest.newBuilder(URI.create(base + "/")).build());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().toLowerCase().contains("<html"), "the UI page is HTML");
        HttpResponse<String> status = send(HttpRequest.newBuilder(URI.create(base + "/$/server")).build());
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/itkg"), status.body());
    }
}
