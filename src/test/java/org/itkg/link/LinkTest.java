package org.itkg.link;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.itkg.cli.Main;
import org.itkg.graph.Vocab;
import org.itkg.store.Loader;
import org.itkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkTest {
    @TempDir
    Path tmp;

    @Test
    void linkAsksAWikidataShapedEndpointOverHttpScoresAndLoadsTheConfidentOnes() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "lang: fa\ndate: 2025-03-01\n\n"
                + "عباس عراقچی وزیر امور خارجه ایران امروز در وان با هاکان فیدان وزیر امور خارجه ترکیه دیدار کرد.");
        Path db = tmp.resolve("db");
        try (Store s = Store.open(db)) {
            new Loader(s, 10, f -> fail(f.toString()), n -> {}).load(List.of(in));
        }
        DatasetGraph wikidata = RDFDataMgr.loadDatasetGraph("src/test/resources/wikidata-fixture.ttl");
        FusekiServer wd = FusekiServer.create().port(0).loopback(true).add("/wd", DatasetFactory.wrap(wikidata)).build().start();
        try {
            String endpoint = "http://127.0.0.1:" + wd.getHttpPort() + "/wd/sparql";
            Path linkset = tmp.resolve("linkset.ttl");
            int code = Main.commandLine().execute("link", "--db", db.toString(), "--endpoint", endpoint,
                    "--out", linkset.toString(), "--accept-above", "0.8");
            assertEquals(0, code);

            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(linkset).parse(g);
            assertEquals(0.0, score(g, "Q90000005"), "a van that is no city scores nothing");
            assertTrue(score(g, "Q90000001") > score(g, "Q90000002") + 0.3, "the namesake of another state scores lower");
            assertTrue(score(g, "Q90000004") >= 0.8);
        } finally {
            wd.stop();
        }
        try (Store s = Store.open(db)) {
            List<String> links = Txn.calculateRead(s.dataset(), () -> {
                List<String> out = new ArrayList<>();
                s.dataset().find(Vocab.LINKS_GRAPH, Node.ANY, Vocab.OWL_SAME_AS, Node.ANY).forEachRemaining(q ->
                        out.add(q.getSubject().getURI().replace(Vocab.BASE, "") + " " + q.getObject().getURI().replace(Vocab.WD, "")));
                out.sort(null);
                return out;
            });
            assertEquals(List.of("person/abbas-araghchi Q90000003", "person/hakan-fidan Q90000001", "place/van Q90000004"), links);
        }
    }

    private static double score(Graph g, String item) {
        Node wdItem = NodeFactory.createURI(Vocab.WD + item);
        var it = g.find(Node.ANY, Vocab.P_CANDIDATE, wdItem);
        assertTrue(it.hasNext(), "no candidate " + item);
        Node c = it.next().getSubject();
        return Double.parseDouble(g.find(c, Vocab.P_SCORE, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void theClientNamesItselfAndRetriesABusyEndpoint() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger calls = new AtomicInteger();
        List<String> agents = new ArrayList<>();
        server.createContext("/sparql", x -> {
            agents.add(x.getRequestHeaders().getFirst("User-Agent"));
            x.getRequestBody().readAllBytes();
            if (calls.incrementAndGet() < 3) {
                x.getResponseHeaders().add("Retry-After", "0");
                x.sendResponseHeaders(429, -1);
            } else {
                byte[] body = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"ok\"}}]}}"
                        .getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
                x.sendResponseHeaders(200, body.length);
                x.getResponseBody().write(body);
            }
            x.close();
        });
        server.start();
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sparql");
            SparqlClient client = new SparqlClient(endpoint, Duration.ofSeconds(5), 4, 10);
            assertEquals("ok", client.select("SELECT ?x {}").next().getLiteral("x").getString());
            assertEquals(3, calls.get());
            assertTrue(agents.stream().allMatch(a -> a != null && a.startsWith("itkg/")), agents.toString());

            calls.set(-100); // busy from now on: the client gives up with a clear error
            SparqlClient impatient = new SparqlClient(endpoint, Duration.ofSeconds(5), 2, 10);
            var e = assertThrows(java.io.IOException.class, () -> impatient.select("SELECT ?x {}"));
            assertTrue(e.getMessage().contains("gave up after 2 attempts"), e.getMessage());
        } finally {
            server.stop(0);
        }
    }
}
