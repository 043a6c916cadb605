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

    @Test
    void theSavedQueryApiAndTheTimelineOnlyRead() throws Exception {
        for (String path : List.of("/api/queries/timeline", "/api/queries", "/timeline")) {
            HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString("x=1")).build());
            assertEquals(405, post.statusCode(), path);
            HttpResponse<String> delete = send(HttpRequest.newBuilder(URI.create(base + path)).DELETE().build());
            assertEquals(405, delete.statusCode(), path);
        }
    }

    @Test
    void aRequestBodyOverTheLimitIsRefused() throws Exception {
        byte[] big = new byte[(int) ItkgServer.MAX_BODY + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/itkg/sparql"))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
        assertEquals(413, r.statusCode());
        HttpResponse<String> small = send(HttpRequest.newBuilder(URI.create(base + "/itkg/sparql"))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build());
        assertEquals(200, small.statusCode());
    }

    @Test
    void staticFilesCannotEscapeTheirFolder() throws Exception {
        for (String path : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd", "/static/../../pom.xml")) {
            java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port());
            try (socket) { // raw HTTP: clients normalise dots away before sending
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int status = Integer.parseInt(answer.substring(9, 12));
                assertTrue(status == 400 || status == 404, path + " → " + status);
                assertFalse(answer.contains("root:") || answer.contains("<artifactId>"), path);
            }
        }
    }

    @Test
    void theServerListensOnLoopbackOnly() throws Exception {
        java.net.InetAddress outside = null;
        for (java.net.NetworkInterface ni : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()))
            for (java.net.InetAddress a : java.util.Collections.list(ni.getInetAddresses()))
                if (!a.isLoopbackAddress() && a instanceof java.net.Inet4Address) outside = a;
        org.junit.jupiter.api.Assumptions.assumeTrue(outside != null, "this machine has no other address to try");
        java.net.InetAddress address = outside;
        assertThrows(java.io.IOException.class, () -> {
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress(address, server.port()), 2000);
            }
        });
    }

    @Test
    void credentialsNeverReachTheLog() throws Exception {
        var context = (org.apache.logging.log4j.core.LoggerContext) org.apache.logging.log4j.LogManager.getContext(false);
        java.io.StringWriter log = new java.io.StringWriter();
        var appender = org.apache.logging.log4j.core.appender.WriterAppender.newBuilder().setName("capture").setTarget(log)
                .setLayout(org.apache.logging.log4j.core.layout.PatternLayout.newBuilder().withPattern("%m%n").build()).build();
        appender.start();
        context.getConfiguration().addAppender(appender);
        context.getRootLogger().addAppender(appender);
        try {
            String right = java.util.Base64.getEncoder().encodeToString("editor:correct-horse".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/itkg/update"))
                    .header("Content-Type", "application/sparql-update").header("Authorization", "Basic " + right)
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:log> { <urn:a> <urn:b> 1 } }")).build());
            assertEquals(2, r.statusCode() / 100);
            send(HttpRequest.newBuilder(URI.create(base + "/itkg/update")).header("Content-Type", "application/sparql-update")
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("editor:guess".getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build());
        } finally {
            context.getRootLogger().removeAppender(appender);
            appender.stop();
        }
        assertTrue(log.toString().contains("/itkg/update"), "the requests were logged: " + log);
        assertFalse(log.toString().contains("correct-horse") || log.toString().contains("guess"), log.toString());
        assertFalse(log.toString().contains("Basic "), log.toString());
    }

    @Test
    void noPasswordFileIsInTheRepository() throws Exception {
        Process git;
        try {
            git = new ProcessBuilder("git", "ls-files").redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no git on this machine");
            return;
        }
        String files = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assumptions.assumeTrue(git.waitFor() == 0, "not a git checkout");
        for (String f : files.split("\n")) {
            String name = f.substring(f.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
            assertFalse(name.matches("(\\.?htpasswd|passwd|password.*|.*\\.pwd|credentials.*|\\.env)"), f);
        }
    }

    @Test
    void aStandaloneServerSaysSoInItsStatusAndRefusesAfter() throws Exception {
        JsonNode s = new ObjectMapper().readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/status")).build()).body());
        assertEquals("standalone", s.get("role").asText());
        assertEquals(2, s.get("articles").asLong());
        assertTrue(s.get("quads").asLong() > 100, s.toString());
        assertEquals(-1, s.get("offset").asLong());
        HttpResponse<String> after = send(HttpRequest.newBuilder(URI.create(base + "/api/queries/timeline?after=3")).build());
        assertEquals(400, after.statusCode());
        assertTrue(after.body().contains("follows no change log"), after.body());
        assertEquals(405, send(HttpRequest.newBuilder(URI.create(base + "/api/status")).POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode());
    }
}
