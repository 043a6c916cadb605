package org.itkg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.itkg.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Fuseki started from fuseki-config/itkg.ttl (with the paths moved to a temporary folder). */
class RemoteLoadTest {
    @TempDir
    Path tmp;
    FusekiServer fuseki;
    String dataset;

    @BeforeEach
    void startFuseki() throws Exception {
        String config = Files.readString(Path.of("fuseki-config/itkg.ttl"), StandardCharsets.UTF_8)
                .replace("\"data/tdb2-text\"", "\"" + tmp.resolve("db-text") + "\"")
                .replace("\"data/tdb2\"", "\"" + tmp.resolve("db") + "\"");
        Path file = tmp.resolve("config.ttl");
        Files.writeString(file, config);
        Files.writeString(tmp.resolve("passwd"), "editor: right-horse-battery\n");
        // a user store of the test's own, stopped after each test: Fuseki's, made from passwordFile(), keeps
        // polling the deleted file for the rest of the run
        users = new org.eclipse.jetty.security.PropertyUserStore();
        users.setConfig(org.eclipse.jetty.util.resource.ResourceFactory.root().newResource(tmp.resolve("passwd")));
        users.start();
        fuseki = FusekiServer.create().port(0).loopback(true).parseConfigFile(file.toString())
                .securityHandler(org.apache.jena.fuseki.main.JettySecurityLib.makeSecurityHandler("itkg", users, AuthScheme.BASIC)).build().start();
        dataset = "http://127.0.0.1:" + fuseki.getHttpPort() + "/itkg";
    }

    org.eclipse.jetty.security.PropertyUserStore users;

    @AfterEach
    void stopFuseki() throws Exception {
        fuseki.stop();
        users.stop();
    }

    private long count(String where) {
        try (QueryExecution qe = QueryExecution.service(dataset + "/sparql").query("SELECT (COUNT(*) AS ?n) WHERE { " + where + " }").build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void loadPutsEachArticleGraphIdempotentlyAndTheServersIndexFollows() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "id: a\ndate: 2025-02-03\n\nاحمد وحیدی وزیر کشور ایران امروز با سلیمان سویلو وزیر کشور ترکیه درباره گذرگاه‌های مرزی دیدار کرد.");
        Files.writeString(in.resolve("b.txt"), "date: 2025-02-04\n\nهاکان فیدان وزیر امور خارجه ترکیه با عباس عراقچی تلفنی گفتگو کرد.");
        Files.write(in.resolve("c.txt"), new byte[] {(byte) 0xff, 0, 1});
        Files.writeString(tmp.resolve("pw"), "editor: right-horse-battery\n");
        String[] load = {"load", "--endpoint", dataset, "--user", "editor", "--password-file", tmp.resolve("pw").toString(), in.toString()};

        assertEquals(Main.SOME_FAILED, Main.commandLine().execute(load), "c.txt is no article; a and b are loaded");
        long quads = count("GRAPH ?g { ?s ?p ?o }");
        assertEquals(2, count("GRAPH ?g { ?g a <https://w3id.org/itkg/ontology#Article> }"));
        assertEquals(1, count("?a <http://jena.apache.org/text#query> (<https://schema.org/articleBody> 'گذرگاه')"),
                "written through the server's text dataset, so searchable with stemming");

        Files.delete(in.resolve("c.txt"));
        assertEquals(0, Main.commandLine().execute(load));
        assertEquals(quads, count("GRAPH ?g { ?s ?p ?o }"), "a second load replaces, never adds");

        Files.writeString(in.resolve("a.txt"), "id: a\ndate: 2025-02-03\n\nاحمد وحیدی وزیر کشور ایران امروز با سلیمان سویلو وزیر کشور ترکیه درباره قاچاق سوخت دیدار کرد.");
        assertEquals(0, Main.commandLine().execute(load));
        assertEquals(0, count("?a <http://jena.apache.org/text#query> (<https://schema.org/articleBody> 'گذرگاه')"),
                "the replaced article's old words have left the server's index");
        assertEquals(1, count("?a <http://jena.apache.org/text#query> (<https://schema.org/articleBody> 'قاچاق')"));
        quads = count("GRAPH ?g { ?s ?p ?o }");

        Files.writeString(tmp.resolve("wrong"), "editor: not-the-password\n");
        load[6] = tmp.resolve("wrong").toString();
        assertEquals(Main.SOME_FAILED, Main.commandLine().execute(load));
        assertEquals(quads, count("GRAPH ?g { ?s ?p ?o }"));
    }

    @Test
    void readsAreOpenAndWritesNeedTheRightCredentials() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder update = HttpRequest.newBuilder(URI.create(dataset + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> 'c' } }"));
        assertEquals(401, http.send(update.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        String wrong = java.util.Base64.getEncoder().encodeToString("editor:nope".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, http.send(update.header("Authorization", "Basic " + wrong).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        HttpRequest put = HttpRequest.newBuilder(URI.create(dataset + "/data?graph=urn:x")).header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> \"c\" .\n")).build();
        assertEquals(401, http.send(put, HttpResponse.BodyHandlers.discarding()).statusCode());
        String right = java.util.Base64.getEncoder().encodeToString("editor:right-horse-battery".getBytes(StandardCharsets.UTF_8));
        HttpRequest ok = HttpRequest.newBuilder(URI.create(dataset + "/update")).header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + right)
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> 'c' } }")).build();
        assertEquals(2, http.send(ok, HttpResponse.BodyHandlers.discarding()).statusCode() / 100);
        assertEquals(1, count("GRAPH <urn:x> { ?s ?p ?o }"), "queries need no credentials");
        HttpRequest viaQuery = HttpRequest.newBuilder(URI.create(dataset + "/sparql")).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build();
        assertNotEquals(200, http.send(viaQuery, HttpResponse.BodyHandlers.discarding()).statusCode(), "no update through the query endpoint");
        assertEquals(1, count("GRAPH <urn:x> { ?s ?p ?o }"));
    }

    /** The same through `itkg serve`: its dataset is wrapped, and a Graph Store PUT must still go through the index. */
    @Test
    void aReplacedArticlesOldWordsLeaveTheIndexOfItkgServe() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in2"));
        Files.writeString(in.resolve("a.txt"), "id: a\ndate: 2025-02-03\n\nاحمد وحیدی وزیر کشور ایران امروز با سلیمان سویلو وزیر کشور ترکیه درباره گذرگاه‌های مرزی دیدار کرد.");
        Files.writeString(tmp.resolve("pw2"), "editor: right-horse-battery\n");
        try (Store store = Store.open(tmp.resolve("served"))) {
            org.itkg.server.ItkgServer server = org.itkg.server.ItkgServer.start(store.dataset(),
                    new org.itkg.server.ItkgServer.Settings("127.0.0.1", 0, tmp.resolve("pw2"), 10_000));
            try {
                String served = "http://127.0.0.1:" + server.port() + "/itkg";
                String[] load = {"load", "--endpoint", served, "--user", "editor", "--password-file", tmp.resolve("pw2").toString(), in.toString()};
                assertEquals(0, Main.commandLine().execute(load));
                String search = "SELECT (COUNT(*) AS ?n) WHERE { ?a <http://jena.apache.org/text#query> (<https://schema.org/articleBody> '%s') }";
                assertEquals(1, countAt(served, search.formatted("گذرگاه")));
                Files.writeString(in.resolve("a.txt"), "id: a\ndate: 2025-02-03\n\nاحمد وحیدی وزیر کشور ایران امروز با سلیمان سویلو وزیر کشور ترکیه درباره قاچاق سوخت دیدار کرد.");
                assertEquals(0, Main.commandLine().execute(load));
                assertEquals(0, countAt(served, search.formatted("گذرگاه")), "the replaced words have left the index");
                assertEquals(1, countAt(served, search.formatted("قاچاق")));
            } finally {
                server.stop();
            }
        }
    }

    private static long countAt(String dataset, String q) {
        try (QueryExecution qe = QueryExecution.service(dataset + "/sparql").query(q).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }
}
