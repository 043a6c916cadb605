package org.itkg.server;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.itkg.store.Loader;
import org.itkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers that must not be silent: a cut result says it is cut, a parameter that is not of its kind is a
 * 400 naming it, a format that cannot be given is a 406, and every error under /api and /timeline is JSON.
 */
class SilentAnswersTest {
    @TempDir
    static Path tmp;
    static Store store;
    static ItkgServer server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(tmp.resolve("db"));
        new Loader(store, 50, f -> fail(f.toString()), n -> {}).load(List.of(Path.of("seeds")));
        server = ItkgServer.start(store.dataset(), new ItkgServer.Settings("127.0.0.1", 0, null, 10_000, null, 2, 1024));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertJsonError(HttpResponse<String> r, int status, String mentions) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        JsonNode o = JSON.readTree(r.body());
        assertTrue(o.path("error").asText().contains(mentions), r.body());
    }

    @Test
    void aResultCutAtMaxRowsSaysSoInJsonAndInAHeader() throws Exception {
        HttpResponse<String> r = get("/api/queries/entities");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode o = JSON.readTree(r.body());
        assertEquals(2, o.path("results").path("bindings").size());
        assertTrue(o.path("truncated").asBoolean(), r.body());
        assertEquals("true; rows=2", r.headers().firstValue("Itkg-Truncated").orElse(null));
        HttpResponse<String> csv = get("/api/queries/entities?format=csv");
        assertEquals("true; rows=2", csv.headers().firstValue("Itkg-Truncated").orElse(null));
        assertEquals(3, csv.body().strip().lines().count(), "a header and two rows: " + csv.body());
        HttpResponse<String> whole = get("/api/queries/timeline?month=2025-10&type=meeting");
        assertTrue(whole.headers().firstValue("Itkg-Truncated").isEmpty(), "a whole answer carries no mark");
        assertFalse(JSON.readTree(whole.body()).has("truncated"));
    }

    @Test
    void theSparqlEndpointMarksACutAnswerToo() throws Exception {
        HttpResponse<String> r = get("/itkg/sparql?query=" + java.net.URLEncoder.encode("SELECT * { ?s ?p ?o }", StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        int n = JSON.readTree(r.body()).path("results").path("bindings").size();
        assertTrue(n > 2, "the endpoint's own cap is larger: " + n);
    }

    @Test
    void parametersThatAreNotOfTheirKindAreRefusedByName() throws Exception {
        assertJsonError(get("/api/queries/timeline?month=2025-1"), 400, "month");
        assertJsonError(get("/api/queries/timeline?month=last-week"), 400, "month");
        assertJsonError(get("/api/queries/timeline?topic=weather"), 400, "topic");
        assertJsonError(get("/api/queries/timeline?status=maybe"), 400, "status");
        assertJsonError(get("/api/queries/timeline?type=lunch"), 400, "type");
        assertJsonError(get("/api/queries/timeline?country=Iran"), 400, "country");
        assertJsonError(get("/api/queries/timeline?from=2025-12-01&to=2025-01-01"), 400, "from");
        assertJsonError(get("/timeline?month=2025-1"), 400, "month");
        assertJsonError(get("/timeline?colour=red"), 400, "colour");
    }

    @Test
    void aSolarHijriMonthIsTheDaysItSpans() throws Exception {
        // Aban 1404 runs from 23 October to 21 November 2025: the seed meeting of 29 October is in it
        HttpResponse<String> r = get("/api/queries/timeline?month=1404-08");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("2025-10-29"), r.body());
        HttpResponse<String> mehr = get("/api/queries/timeline?month=1404-07");
        assertEquals(200, mehr.statusCode());
        assertFalse(mehr.body().contains("2025-10-29"), "Mehr 1404 ends on 22 October");
    }

    @Test
    void theFormatAskedForOrA406() throws Exception {
        HttpResponse<String> xml = get("/api/queries/timeline?format=xml");
        assertEquals(200, xml.statusCode());
        assertTrue(xml.body().contains("<sparql"), xml.body());
        assertTrue(xml.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+xml"));
        assertEquals(200, get("/api/queries/timeline", "Accept", "text/tab-separated-values").statusCode());
        assertJsonError(get("/api/queries/timeline?format=pdf"), 406, "pdf");
        assertJsonError(get("/api/queries/timeline", "Accept", "image/png"), 406, "image/png");
    }

    @Test
    void aRepeatedParameterIsRefused() throws Exception {
        assertJsonError(get("/api/queries/timeline?type=meeting&type=visit"), 400, "type");
        assertJsonError(get("/timeline?topic=trade&topic=energy"), 400, "topic");
    }

    @Test
    void errorsUnderApiAndTimelineAreJson() throws Exception {
        for (String path : List.of("/api/queries/timeline", "/api/queries", "/timeline")) {
            HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString("x=1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertJsonError(post, 405, "POST");
        }
        assertJsonError(get("/api/queries/timeline?person=%FF%FE"), 400, "UTF-8");
        assertJsonError(get("/timeline?person=%FF%FE"), 400, "UTF-8");
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413AndOneUnderItIsServed() throws Exception {
        byte[] big = new byte[4096];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/itkg/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
        String form = "query=" + java.net.URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> ok = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/itkg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("true"), ok.body());
    }
}
