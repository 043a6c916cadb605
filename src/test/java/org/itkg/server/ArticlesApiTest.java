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
import org.itkg.store.Ingest;
import org.itkg.store.Loader;
import org.itkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles posted to and removed from a real server over HTTP, and read back by its queries. */
class ArticlesApiTest {
    @TempDir
    static Path tmp;
    static Store store;
    static ItkgServer server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("editor:correct-horse".getBytes(StandardCharsets.UTF_8));

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(tmp.resolve("db"));
        new Loader(store, 50, f -> fail(f.toString()), n -> {}).load(List.of(Path.of("seeds")));
        Path pw = tmp.resolve("passwd");
        Files.writeString(pw, "editor: correct-horse\n");
        server = ItkgServer.start(store.dataset(), new ItkgServer.Settings("127.0.0.1", 0, pw, 10_000, null, 10_000, 64 * 1024), new Ingest(store));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> post(String type, String body, String auth) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + "/api/articles")).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) r.header("Authorization", auth);
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String ask(String sparql) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/itkg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static final String MEETING = """
            id: posted-1
            url: https://example.org/posted/1
            lang: en
            date: 2026-11-30

            Iranian Interior Minister Reza Kazemi met Turkish Interior Minister Mehmet Karakaya in Ankara on Sunday to discuss border security.
            """;

    @Test
    void aPostedArticleIsAnsweredWithItsPersonsAndEventsAndIsOnTheTimelineAtOnce() throws Exception {
        HttpResponse<String> r = post("text/plain; charset=utf-8", MEETING, AUTH);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode a = new ObjectMapper().readTree(r.body()).get("articles").get(0);
        assertEquals("posted-1", a.get("id").asText());
        assertTrue(a.get("persons").toString().contains("Kazemi"), r.body());
        assertEquals("meeting", a.get("events").get(0).get("type").asText(), r.body());
        String event = a.get("events").get(0).get("iri").asText();
        String rows = ask("SELECT ?e WHERE { GRAPH <https://w3id.org/itkg/graph/timeline> { ?e ?p ?o } FILTER(?e = <" + event + ">) } LIMIT 1");
        assertTrue(rows.contains(event), rows);

        HttpResponse<String> gone = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?url=" + URLEncoder.encode("https://example.org/posted/1", StandardCharsets.UTF_8)))
                .header("Authorization", AUTH).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, gone.statusCode(), gone.body());
        assertTrue(gone.body().contains("posted-1"));
        assertFalse(ask("SELECT ?e WHERE { GRAPH <https://w3id.org/itkg/graph/timeline> { ?e ?p ?o } FILTER(?e = <" + event + ">) } LIMIT 1").contains(event));
        assertFalse(ask("SELECT ?p WHERE { ?p ?x ?l FILTER(CONTAINS(STR(?p), 'kazemi')) } LIMIT 1").contains("kazemi"));
    }

    @Test
    void manyArticlesAsJsonLinesAnswerOneEntryEachAndNameTheBadOnes() throws Exception {
        String lines = """
                {"id":"posted-2","lang":"en","date":"2026-12-01","text":"Turkish Foreign Minister Mehmet Karakaya spoke by phone with Iranian Foreign Minister Reza Kazemi on Monday."}
                {"id":"posted-3","lang":"en","date":12345,"text":"A date that is a number."}
                not json at all
                """;
        HttpResponse<String> r = post("application/x-ndjson", lines, AUTH);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode o = new ObjectMapper().readTree(r.body());
        assertEquals(1, o.get("articles").size());
        assertEquals(2, o.get("failures").size(), r.body());
        assertTrue(o.get("failures").get(0).get("origin").asText().startsWith("request:"), r.body());
    }

    @Test
    void writesNeedAUserOfThePasswordFileAndABodyWithinTheLimit() throws Exception {
        assertEquals(401, post("text/plain", MEETING, null).statusCode());
        String wrong = "Basic " + Base64.getEncoder().encodeToString("editor:wrong".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, post("text/plain", MEETING, wrong).statusCode());
        assertEquals(413, post("text/plain", "x".repeat(200 * 1024), AUTH).statusCode());
        assertEquals(415, post("image/png", "x", AUTH).statusCode());
        HttpResponse<String> empty = post("text/plain", "", AUTH);
        assertEquals(400, empty.statusCode(), empty.body());
        assertTrue(empty.body().contains("empty"), empty.body());
        assertEquals(405, HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/no-such-article"))
                .header("Authorization", AUTH).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, none.statusCode(), none.body());
    }
}
