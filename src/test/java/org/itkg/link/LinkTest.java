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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

    /** Invented articles naming the persons of wikidata-fixture.ttl, as analysts' feeds would. */
    private static final Map<String, String> ARTICLES = Map.of(
            "a1.txt", "lang: fa\ndate: 2025-03-01\n\n"
                    + "عباس عراقچی وزیر امور خارجه ایران امروز در وان با هاکان فیدان وزیر امور خارجه ترکیه دیدار کرد.",
            "a2.txt", "lang: tr\ndate: 2024-05-10\n\n"
                    + "Ağrı Valisi Mehmet Karaca, İran İslam Cumhuriyeti Erzurum Başkonsolosu Ali Sadeghi ile görüştü.",
            "a3.txt", "lang: en\ndate: 2024-06-02\n\n"
                    + "Turkish Defense Minister Yasin Oral met Iranian Defence Minister Reza Tavakoli in Ankara on Sunday to discuss border security.",
            "a4.txt", "lang: en\ndate: 2024-09-15\n\nTurkish Trade Minister Kemal Yilmaz received Iranian Chief of Staff "
                    + "Major General Hossein Rahimi in Ankara on Monday. Yilmaz said trade would grow.",
            "a5.txt", "lang: fa\ndate: 2024-11-20\n\nعلی رضا صالحیان معاون وزیر کشور ایران و کاظم غریب آبادی معاون وزیر امور خارجه ایران "
                    + "امروز در آنکارا با معاون وزیر کشور ترکیه دیدار کردند.",
            "a6.txt", "lang: en\ndate: 2016-08-10\n\nTurkish President Recep Tayyip Erdogan met Iranian President Hassan Rouhani in Ankara.",
            "a7.txt", "lang: en\ndate: 2025-01-28\n\nTurkey's trade minister arrived in Tehran. Omer Tekin, speaking at a joint press "
                    + "conference with his Iranian counterpart on Monday, said trade would reach 30 billion dollars.");

    @Test
    void linksOnlyWhatTheEvidenceBeyondTheNameSupportsAndMeasuresPrecision() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (var a : ARTICLES.entrySet()) Files.writeString(in.resolve(a.getKey()), a.getValue());
        Path db = tmp.resolve("db");
        try (Store s = Store.open(db)) {
            new Loader(s, 10, f -> fail(f.toString()), n -> {}).load(List.of(in));
        }
        DatasetGraph wikidata = RDFDataMgr.loadDatasetGraph("src/test/resources/wikidata-fixture.ttl");
        FusekiServer wd = FusekiServer.create().port(0).loopback(true).add("/wd", DatasetFactory.wrap(wikidata)).build().start();
        Path linkset = tmp.resolve("linkset.ttl");
        try {
            String endpoint = "http://127.0.0.1:" + wd.getHttpPort() + "/wd/sparql";
            int code = Main.commandLine().execute("link", "--db", db.toString(), "--endpoint", endpoint,
                    "--out", linkset.toString(), "--accept-above", "0.8");
            assertEquals(0, code);
        } finally {
            wd.stop();
        }
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(linkset).parse(g);
        assertEquals(0.0, score(g, "Q90000005"), "a van that is no city scores nothing");
        assertTrue(score(g, "Q90000001") > score(g, "Q90000002") + 0.3, "the namesake of another state scores lower");
        assertTrue(score(g, "Q90000022") <= 0.3, "a namesake who died before the article is not the person it names");
        assertTrue(score(g, "Q90000010") <= 0.7, "a name and a nationality are not enough");
        assertTrue(reason(g, "Q90000010").contains("nothing beyond name"), reason(g, "Q90000010"));
        assertEquals("review", verdict(g, "Q90000010"));
        assertEquals("review", verdict(g, "Q90000020"));
        assertTrue(reason(g, "Q90000020").startsWith("name") && reason(g, "Q90000020").contains("conflict"), reason(g, "Q90000020"));
        assertTrue(reason(g, "Q90000019").contains("thin evidence"), reason(g, "Q90000019"));
        assertTrue(reason(g, "Q90000019").contains("office minister/trade"), "the article's unnamed trade minister: " + reason(g, "Q90000019"));
        assertTrue(reason(g, "Q90000011").contains("office minister/defense"), reason(g, "Q90000011"));
        assertTrue(reason(g, "Q90000015").contains("office commander"), reason(g, "Q90000015"));

        Map<String, String> expected = expected();
        Map<String, String> links = new TreeMap<>();
        try (Store s = Store.open(db)) {
            Txn.executeRead(s.dataset(), () -> s.dataset().find(Vocab.LINKS_GRAPH, Node.ANY, Vocab.OWL_SAME_AS, Node.ANY).forEachRemaining(q ->
                    links.put(entity(q.getSubject().getURI()), q.getObject().getURI().replace(Vocab.WD, ""))));
        }
        int right = 0, wrong = 0;
        for (var l : links.entrySet()) {
            if (l.getValue().equals(expected.get(l.getKey()))) right++;
            else wrong++;
        }
        long withItem = expected.values().stream().filter(v -> !v.equals("none")).count();
        Set<String> reviewed = new TreeSet<>();
        g.find(Node.ANY, Vocab.P_VERDICT, NodeFactory.createLiteralString("review")).forEachRemaining(t ->
                reviewed.add(entity(g.find(t.getSubject(), Vocab.P_CANDIDATE_OF, Node.ANY).next().getObject().getURI())));
        System.out.printf("link on the test fixture: %d links written, %d right, %d wrong, %d of %d persons and places with an item linked, %d sent to review %s%n",
                links.size(), right, wrong, right, withItem, reviewed.size(), reviewed);
        assertEquals(0, wrong, "wrong owl:sameAs: " + links);
        for (var e : expected.entrySet())
            if (e.getValue().equals("none")) {
                assertFalse(links.containsKey(e.getKey()), e.getKey());
                assertTrue(reviewed.contains(e.getKey()), "its namesake is sent to review: " + e.getKey());
            } else {
                assertEquals(e.getValue(), links.get(e.getKey()), e.getKey() + " links to its item");
            }
    }

    private static Map<String, String> expected() throws java.io.IOException {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/wikidata-fixture-expected.tsv")))
            if (!line.isBlank() && !line.startsWith("#")) out.put(line.split("\t")[0], line.split("\t")[1]);
        return out;
    }

    private static String entity(String iri) {
        return java.net.URLDecoder.decode(iri.replace(Vocab.BASE, ""), StandardCharsets.UTF_8);
    }

    private static Node candidate(Graph g, String item) {
        var it = g.find(Node.ANY, Vocab.P_CANDIDATE, NodeFactory.createURI(Vocab.WD + item));
        assertTrue(it.hasNext(), "no candidate " + item);
        return it.next().getSubject();
    }

    private static double score(Graph g, String item) {
        return Double.parseDouble(g.find(candidate(g, item), Vocab.P_SCORE, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    private static String reason(Graph g, String item) {
        return g.find(candidate(g, item), Vocab.P_REASON, Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    private static String verdict(Graph g, String item) {
        return g.find(candidate(g, item), Vocab.P_VERDICT, Node.ANY).next().getObject().getLiteralLexicalForm();
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
