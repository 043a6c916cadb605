package org.itkg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.itkg.resolve.Resolver;
import org.itkg.article.Article;
import org.itkg.graph.Iris;
import org.itkg.resolve.Decisions;
import org.itkg.resolve.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolverTest {
    @TempDir
    Path tmp;

    static final String[][] ARTICLES = {
            {"a", "fa", "2025-03-01", "عباس عراقچی وزیر امور خارجه ایران امروز در آنکارا با هاکان فیدان وزیر امور خارجه ترکیه دیدار کرد."},
            {"b", "en", "2025-03-02", "Iranian Foreign Minister Abbas Araghchi met Turkish Foreign Minister Hakan Fidan in Ankara on Saturday."},
            {"c", "fa", "2025-03-01", "عباس عراقچی وزیر امور خارجه ایران امروز در آنکارا با رجب طیب اردوغان رئیس جمهور ترکیه دیدار کرد."},
            {"d", "fa", "2025-04-07", "جمال اوزتورک معاون وزیر کشور ترکیه امروز در تهران با علی رضایی معاون وزیر کشور ایران دیدار کرد."},
            {"e", "fa", "2025-04-20", "جمال الدین اوزترک معاون وزیر کشور ترکیه امروز در وان با علی رضایی معاون وزیر کشور ایران گفتگوی تلفنی داشت."},
    };

    private Path write(String dir, String... ids) throws Exception {
        Path d = Files.createDirectories(tmp.resolve(dir));
        for (String[] a : ARTICLES)
            if (List.of(ids).contains(a[0]))
                Files.writeString(d.resolve(a[0] + ".txt"), "id: " + a[0] + "\nlang: " + a[1] + "\ndate: " + a[2] + "\n\n" + a[3]);
        return d;
    }

    private static Loader loader(Store s) {
        return new Loader(s, 2, f -> fail(f.toString()), n -> {});
    }

    @Test
    void loadingInAnyOrderGivesTheSameGraphWithOneNodePerEvent() throws Exception {
        Set<Quad> together;
        try (Store s = Store.open(tmp.resolve("one"))) {
            Loader.Summary sum = loader(s).load(List.of(write("all", "a", "b", "c", "d", "e")));
            assertEquals(1, sum.resolved().eventMerges());
            together = StoreTest.all(s);
            List<QuerySolution> meetings = select(s, """
                    PREFIX itkg: <https://w3id.org/itkg/ontology#>
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    SELECT ?e (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?ev) AS ?evidence) WHERE {
                      ?e a itkg:Meeting ; prov:wasDerivedFrom ?a ; itkg:evidence ?ev } GROUP BY ?e ORDER BY DESC(?articles)""");
            assertEquals(3, meetings.size(), meetings.toString());
            assertEquals(2, meetings.get(0).getLiteral("articles").getInt());
            assertEquals(2, meetings.get(0).getLiteral("evidence").getInt());
            assertEquals(Iris.event("a", 0).getURI(), meetings.get(0).getResource("e").getURI());
        }
        try (Store s = Store.open(tmp.resolve("two"))) {
            loader(s).load(List.of(write("later", "e", "c", "b")));
            loader(s).load(List.of(write("first", "d", "a")));
            assertEquals(together, StoreTest.all(s));
        }
    }

    @Test
    void aBulkLoadWritesResolvedNodesAndIsResolvedAgainWhenItWroteOtherArticlesThanItResolved() throws Exception {
        Set<Quad> bAlone;
        try (Store s = Store.open(tmp.resolve("alone"))) {
            loader(s).load(List.of(write("b", "b")));
            bAlone = StoreTest.all(s);
        }
        Article a = article("a"), b = article("b");
        org.itkg.extract.Extractor extractor = new org.itkg.extract.Extractor();
        List<org.itkg.resolve.PersonMention> mentions = new ArrayList<>();
        List<org.itkg.resolve.Report> reports = new ArrayList<>();
        for (Article x : List.of(a, b)) {
            mentions.addAll(Resolution.mentions(extractor.extract(x)));
            reports.addAll(Resolution.reports(extractor.extract(x)));
        }
        try (Store s = Store.open(tmp.resolve("changed"))) {
            LocalTarget target = new LocalTarget(s, () -> Decisions.NONE);
            target.start();
            assertTrue(target.resolvesFirst());
            // the first reading saw a and b, which tell of one meeting; then a was gone and only b was written
            target.resolve(mentions, reports);
            ArticleQuads read = loader(s).quads(b);
            org.apache.jena.graph.Graph inMemory = org.apache.jena.graph.GraphMemFactory.createDefaultGraph();
            read.quads().forEach(q -> inMemory.add(q.asTriple()));
            ArticleQuads written = target.prepare(read, extractor.extract(b), inMemory);
            assertTrue(written.quads().stream().anyMatch(q -> q.getSubject().equals(Iris.event("a", 0))),
                    "b's report is written under the event's node, a's");
            target.write(List.of(written));
            Resolver.Summary r = target.finish(false);
            assertEquals(0, r.eventMerges());
            assertEquals(bAlone, StoreTest.all(s));
        }
    }

    private static Article article(String id) {
        for (String[] a : ARTICLES)
            if (a[0].equals(id)) return new Article(id, null, null, java.time.LocalDate.parse(a[2]), a[1], a[3], id + ".txt");
        throw new IllegalArgumentException(id);
    }

    @Test
    void aConfirmedPairIsOneNodeAfterTheNextLoadAndARejectedOneSplitsAgain() throws Exception {
        Path in = write("in", "d", "e");
        Path db = tmp.resolve("db");
        try (Store s = Store.open(db)) {
            String left = Iris.fold("جمال اوزتورک"), right = Iris.fold("جمال الدین اوزترک");
            loader(s).load(List.of(in));
            assertEquals(2, persons(s, "اوزت"));
            Files.writeString(s.decisionsFile(), Decisions.line(true, left, right, "the same deputy minister") + "\n");
            loader(s).load(List.of(in));
            assertEquals(1, persons(s, "اوزت"));
            Files.writeString(s.decisionsFile(), Decisions.line(false, left, right, null) + "\n");
            loader(s).load(List.of(in));
            assertEquals(2, persons(s, "اوزت"));
        }
    }

    @Test
    void theEntitiesGraphHoldsEveryNameOfAPersonOnce() throws Exception {
        try (Store s = Store.open(tmp.resolve("db"))) {
            loader(s).load(List.of(write("in", "a", "b")));
            // Araghchi is «عباس عراقچی» in one article and "Abbas Araghchi" in the other: one person, both names
            List<QuerySolution> names = select(s, """
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT ?p ?n WHERE { GRAPH <https://w3id.org/itkg/graph/entities> { ?p skos:prefLabel|skos:altLabel ?n }
                      FILTER(CONTAINS(STR(?n), "عراقچی") || CONTAINS(STR(?n), "Araghchi")) }""");
            assertEquals(1, names.stream().map(q -> q.getResource("p").getURI()).distinct().count(), names.toString());
            assertTrue(names.stream().anyMatch(q -> q.getLiteral("n").getLexicalForm().equals("Abbas Araghchi")), names.toString());
            assertTrue(names.stream().anyMatch(q -> q.getLiteral("n").getLexicalForm().contains("عراقچی")), names.toString());
            List<QuerySolution> everyLabel = select(s, """
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT ?p ?l WHERE { ?p a <https://schema.org/Person> ; rdfs:label ?l
                      FILTER NOT EXISTS { GRAPH <https://w3id.org/itkg/graph/entities> { ?p skos:prefLabel|skos:altLabel ?l } } }""");
            assertTrue(everyLabel.isEmpty(), "labels missing from the entities graph: " + everyLabel);
        }
    }

    @Test
    void placesCarryCoordinatesAndCheckedStatesTheirWikidataItem() throws Exception {
        try (Store s = Store.open(tmp.resolve("db"))) {
            loader(s).load(List.of(write("in", "a")));
            List<QuerySolution> rows = select(s, """
                    PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
                    PREFIX geosparql: <http://www.opengis.net/ont/geosparql#>
                    PREFIX owl: <http://www.w3.org/2002/07/owl#>
                    SELECT ?lat ?wkt ?wd WHERE {
                      <https://w3id.org/itkg/place/ankara> geo:lat ?lat ; geosparql:hasGeometry/geosparql:asWKT ?wkt .
                      <https://w3id.org/itkg/country/TR> owl:sameAs ?wd }""");
            assertEquals(1, rows.size(), rows.toString());
            assertEquals(39.9334, rows.get(0).getLiteral("lat").getDouble(), 1e-6);
            assertTrue(rows.get(0).getLiteral("wkt").getLexicalForm().startsWith("POINT(32.8597 39.9334"));
            assertEquals("http://www.wikidata.org/entity/Q43", rows.get(0).getResource("wd").getURI());
        }
    }

    private static int persons(Store s, String namePart) {
        return select(s, "SELECT DISTINCT ?p WHERE { ?p a <https://schema.org/Person> ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(CONTAINS(STR(?l), \"" + namePart + "\")) }").size();
    }

    static List<QuerySolution> select(Store s, String sparql) {
        return Txn.calculateRead(s.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(s.dataset())).query(sparql).build()) {
                List<QuerySolution> out = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(out::add);
                return out;
            }
        });
    }
}
