package org.itkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.itkg.store.Loader;
import org.itkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anonymous queries built to exhaust the server (cross products sorted, grouped, made distinct, with an
 * offset and no limit) against a real server: each ends within its time limit with a 503 or 400, the heap
 * is not held after, and a simple query keeps being answered meanwhile.
 */
class HostileQueryTest {
    static final long TIMEOUT_MS = 3_000;
    @TempDir
    static Path tmp;
    static Store store;
    static ItkgServer server;
    static String base;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static final List<String> HOSTILE = List.of(
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g OFFSET 10",
            "SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?a ?d",
            "SELECT DISTINCT ?c ?f ?i WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . FILTER(CONTAINS(STR(?c), STR(?f))) } ORDER BY DESC(STR(?i)) OFFSET 1000",
            "SELECT (GROUP_CONCAT(STR(?c)) AS ?all) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(tmp.resolve("db"));
        new Loader(store, 50, f -> fail(f.toString()), n -> {}).load(List.of(Path.of("seeds")));
        server = ItkgServer.start(store.dataset(), new ItkgServer.Settings("127.0.0.1", 0, null, TIMEOUT_MS));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> query(String q) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/itkg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void fiveHostileQueriesAtOnceEndInTheirTimeAndASimpleQueryIsAnsweredThroughout() throws Exception {
        record Outcome(String query, int status, long millis) {}
        List<CompletableFuture<Outcome>> hostile = new ArrayList<>();
        for (String q : HOSTILE)
            hostile.add(CompletableFuture.supplyAsync(() -> {
                long t0 = System.nanoTime();
                try {
                    return new Outcome(q, query(q).statusCode(), (System.nanoTime() - t0) / 1_000_000);
                } catch (Exception e) {
                    return new Outcome(q, -1, (System.nanoTime() - t0) / 1_000_000);
                }
            }));
        ConcurrentLinkedQueue<Long> simple = new ConcurrentLinkedQueue<>();
        while (!hostile.stream().allMatch(CompletableFuture::isDone)) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = query("SELECT ?s WHERE { ?s a <https://w3id.org/itkg/ontology#Meeting> } LIMIT 5");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, r.statusCode(), r.body());
            simple.add(ms);
            Thread.sleep(100);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (CompletableFuture<Outcome> f : hostile) outcomes.add(f.get());
        System.err.println("hostile queries: " + outcomes + "; simple query ms: " + simple);
        for (Outcome o : outcomes) {
            assertTrue(o.status() == 503 || o.status() == 400, o.toString());
            assertTrue(o.millis() < TIMEOUT_MS + 5_000, "ends in its time limit: " + o);
        }
        long worst = simple.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(worst < 1_000, "a simple query meanwhile took " + worst + " ms at worst: " + simple);
        assertTrue(simple.size() >= 3, "simple queries were asked while the hostile ones ran: " + simple);
        // usable afterwards, with no restart
        assertEquals(200, query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").statusCode());
    }
}
