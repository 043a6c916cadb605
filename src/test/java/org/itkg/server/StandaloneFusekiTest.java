package org.itkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.itkg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented standalone setup, run as documented: fuseki-config/standalone.sh starting the official
 * jena-fuseki-server 5.6.0 jar (copied by Maven, never on our classpath) with the analyzer jar over a store
 * that itkg loaded. Queries and Persian search answer, writes need the password, the admin API is not
 * there, and the server listens on loopback only.
 */
class StandaloneFusekiTest {
    @TempDir
    Path tmp;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theOfficialServerServesTheStoreAsDocumentedAndNothingMore() throws Exception {
        Path serverJar = Path.of("target/fuseki-server/jena-fuseki-server-5.6.0.jar").toAbsolutePath();
        Path analyzer = Path.of("target/itkg-analyzer.jar").toAbsolutePath();
        assertTrue(Files.exists(serverJar) && Files.exists(analyzer), "mvn test copies the server jar and builds the analyzer jar");
        Path work = Files.createDirectories(tmp.resolve("project"));
        Files.createDirectories(work.resolve("fuseki-config"));
        for (String f : new String[] {"itkg.ttl", "standalone.sh"})
            Files.copy(Path.of("fuseki-config", f), work.resolve("fuseki-config").resolve(f));
        assertEquals(0, Main.commandLine().execute("load", "--db", work.resolve("data/tdb2").toString(), "seeds"));
        Files.writeString(work.resolve("passwd"), "editor: a-long-password\n");
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder("sh", "fuseki-config/standalone.sh", "passwd", Integer.toString(port)).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("fuseki.log").toFile());
        pb.environment().put("FUSEKI_SERVER_JAR", serverJar.toString());
        pb.environment().put("ITKG_ANALYZER_JAR", analyzer.toString());
        pb.environment().put("JAVA_OPTS", "-Xmx512m");
        Process fuseki = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (fuseki.isAlive() && System.nanoTime() < deadline && !Files.readString(tmp.resolve("fuseki.log")).contains("Start Fuseki")) Thread.sleep(200);
            String log = Files.readString(tmp.resolve("fuseki.log"));
            assertTrue(log.contains("Start Fuseki (http=" + port + ")"), log);
            assertFalse(log.contains("Exception"), log);
            String base = "http://127.0.0.1:" + port;

            assertTrue(query(base, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").contains("\"value\""), "queries are open");
            String hits = query(base, "SELECT ?a WHERE { ?a <http://jena.apache.org/text#query> (<https://schema.org/articleBody> 'مرزها') }");
            assertTrue(hits.contains("/article/"), "Persian search with the analyzer's stemming: " + hits);

            HttpRequest.Builder update = HttpRequest.newBuilder(URI.create(base + "/itkg/update")).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> 1 } }"));
            assertEquals(401, HTTP.send(update.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            String auth = "Basic " + Base64.getEncoder().encodeToString("editor:a-long-password".getBytes(StandardCharsets.UTF_8));
            assertEquals(2, HTTP.send(update.header("Authorization", auth).build(), HttpResponse.BodyHandlers.discarding()).statusCode() / 100);

            for (String admin : new String[] {"/$/datasets?dbName=x&dbType=mem", "/$/backup/itkg", "/$/compact/itkg", "/$/tasks"}) {
                int status = HTTP.send(HttpRequest.newBuilder(URI.create(base + admin)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                assertTrue(status == 404 || status == 405 || status == 401, admin + " answered " + status);
            }
            int delete = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/$/datasets/itkg")).DELETE().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertNotEquals(200, delete);
            assertTrue(query(base, "ASK { GRAPH ?g { ?s ?p ?o } }").contains("true"), "the dataset is still there");
            assertFalse(Files.exists(work.resolve("run")), "no run/ folder");

            InetAddress other = nonLoopbackAddress();
            if (other != null) {
                assertThrows(java.io.IOException.class, () -> new Socket(other, port).close(), "listens on loopback only, not on " + other);
            }
        } finally {
            fuseki.destroy();
            fuseki.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static String query(String base, String q) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/itkg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static InetAddress nonLoopbackAddress() throws Exception {
        for (NetworkInterface n : java.util.Collections.list(NetworkInterface.getNetworkInterfaces()))
            if (n.isUp() && !n.isLoopback())
                for (InetAddress a : java.util.Collections.list(n.getInetAddresses()))
                    if (a instanceof java.net.Inet4Address) return a;
        return null;
    }
}
