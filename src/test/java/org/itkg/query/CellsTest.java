package org.itkg.query;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.itkg.bench.ArticleGenerator;
import org.itkg.store.Loader;
import org.itkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network and a person's page read counts written at load time; over a store of generated articles
 * they must give what counting the resolved events of the article graphs gives.
 */
class CellsTest {
    @TempDir
    static Path tmp;
    static Store store;
    static Dataset ds;
    static final SavedQueries QUERIES = SavedQueries.load(null);

    @BeforeAll
    static void load() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        ArticleGenerator gen = new ArticleGenerator(7);
        for (int i = 0; i < 400; i++) Files.writeString(in.resolve(String.format("a%04d.txt", i)), ArticleGenerator.asText(gen.article(i)));
        store = Store.open(tmp.resolve("db"));
        new Loader(store, 100, f -> fail(f.toString()), n -> {}).load(List.of(in));
        ds = DatasetFactory.wrap(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Counting over the article graphs, as the network was counted before it had cells. */
    private static final String PAIRS = """
            PREFIX itkg: <https://w3id.org/itkg/ontology#>
            PREFIX sem:  <http://semanticweb.cs.vu.nl/2009/11/sem/>
            SELECT ?a ?b (COUNT(DISTINCT ?event) AS ?contacts) (MIN(?date) AS ?first) (MAX(?date) AS ?last) WHERE {
              GRAPH ?g { ?event itkg:eventType ?type ; sem:hasActor ?a, ?b . OPTIONAL { ?event itkg:date ?date } }
              FILTER(STRSTARTS(STR(?g), "https://w3id.org/itkg/article/"))
              FILTER(?type != "statement" && STR(?a) < STR(?b) %s)
            } GROUP BY ?a ?b""";

    @Test
    void theNetworkFromCellsEqualsCountingEveryEvent() {
        Map<String, String> cells = rows(QUERIES.get("who-met-whom").bind(Map.of()), "a", "b", "contacts", "first", "last");
        assertTrue(cells.size() > 50, "400 articles pair many officials: " + cells.size());
        assertEquals(rows(QueryFactory.create(PAIRS.formatted("")), "a", "b", "contacts", "first", "last"), cells);
        Map<String, String> calls = rows(QUERIES.get("who-met-whom").bind(Map.of("type", "phone-call")), "a", "b", "contacts", "first", "last");
        assertFalse(calls.isEmpty());
        assertTrue(calls.size() < cells.size());
        assertEquals(rows(QueryFactory.create(PAIRS.formatted("&& ?type = \"phone-call\"")), "a", "b", "contacts", "first", "last"), calls);
    }

    @Test
    void theNetworkOfAWindowCountsItsEventsToTheDay() {
        String cut = "&& BOUND(?date) && ?date >= \"2014-03-17\"^^<http://www.w3.org/2001/XMLSchema#date>"
                + " && ?date <= \"2016-11-02\"^^<http://www.w3.org/2001/XMLSchema#date>";
        Map<String, String> window = rows(QUERIES.get("who-met-whom").bind(Map.of("from", "2014-03-17", "to", "2016-11-02")),
                "a", "b", "contacts", "first", "last");
        assertFalse(window.isEmpty());
        assertEquals(rows(QueryFactory.create(PAIRS.formatted(cut)), "a", "b", "contacts", "first", "last"), window);
        Map<String, String> meetings = rows(QUERIES.get("who-met-whom").bind(Map.of("from", "2014-03-17", "type", "meeting")),
                "a", "b", "contacts");
        assertEquals(rows(QueryFactory.create(PAIRS.formatted(
                "&& ?type = \"meeting\" && BOUND(?date) && ?date >= \"2014-03-17\"^^<http://www.w3.org/2001/XMLSchema#date>")),
                "a", "b", "contacts"), meetings);
    }

    /** Counting the dated rows of the timeline graph per topic, year and month (0: the year). */
    private static final String TOPICS = """
            PREFIX itkg: <https://w3id.org/itkg/ontology#>
            SELECT ?topic ?year ?month (COUNT(DISTINCT ?e) AS ?events) WHERE {
              GRAPH <https://w3id.org/itkg/graph/timeline> { ?e itkg:date ?d ; itkg:topic ?t ; itkg:eventType ?type }
              FILTER(true %s)
              VALUES ?whole { true false }
              BIND(STRAFTER(STR(?t), "/topic/") AS ?topic)
              BIND(YEAR(?d) AS ?year)
              BIND(IF(?whole, 0, MONTH(?d) + 0) AS ?month)
            } GROUP BY ?topic ?year ?month""";

    @Test
    void theDashboardFromTopicCellsEqualsCountingEveryRow() {
        String[] columns = {"topic", "year", "month", "events"};
        Map<String, String> all = agrees("topic-trend", Map.of(), TOPICS, "", 3, columns);
        assertTrue(all.size() > 50, all.toString());
        Map<String, String> calls = agrees("topic-trend", Map.of("type", "phone-call"), TOPICS, "&& ?type = \"phone-call\"", 3, columns);
        assertFalse(calls.isEmpty());
        assertTrue(calls.size() < all.size());
        Map<String, String> trade = agrees("topic-trend", Map.of("topic", "trade", "type", "meeting"), TOPICS,
                "&& ?type = \"meeting\" && ?t = <https://w3id.org/itkg/topic/trade>", 3, columns);
        assertFalse(trade.isEmpty());
    }

    @Test
    void aPersonsActivityPerYearEqualsCountingTheirEvents() {
        Query events = QueryFactory.create("""
                PREFIX itkg: <https://w3id.org/itkg/ontology#>
                PREFIX sem:  <http://semanticweb.cs.vu.nl/2009/11/sem/>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?person ?what ?year (COUNT(DISTINCT ?e) AS ?count) WHERE {
                  { SELECT DISTINCT ?person WHERE {
                      GRAPH <https://w3id.org/itkg/graph/entities> { ?person skos:prefLabel|skos:altLabel ?n }
                      FILTER(CONTAINS(LCASE(STR(?n)), "رضایی")) } }
                  GRAPH ?g { ?e sem:hasActor ?person ; itkg:eventType ?what . OPTIONAL { ?e itkg:date ?d } }
                  FILTER(STRSTARTS(STR(?g), "https://w3id.org/itkg/article/"))
                  BIND(IF(BOUND(?d), YEAR(?d), 0) AS ?year)
                } GROUP BY ?person ?what ?year""");
        Map<String, String> expected = rows(solutions(events), 3, "person", "what", "year", "count");
        assertTrue(expected.size() > 5, expected.toString());
        List<QuerySolution> activity = new java.util.ArrayList<>();
        int offices = 0;
        for (QuerySolution s : solutions(QUERIES.get("person").bind(Map.of("name", "رضایی")))) {
            assertTrue(s.getLiteral("label").getString().contains("رضایی"), s.toString());
            if (s.getLiteral("kind").getString().equals("office")) offices++;
            else activity.add(s);
        }
        assertTrue(offices > 0, "the generated officials hold posts");
        assertEquals(expected, rows(activity, 3, "person", "what", "year", "count"));
    }

    @Test
    void officialsFromTenuresAndYearCellsEqualCountingEveryMembership() {
        String memberships = """
                PREFIX itkg: <https://w3id.org/itkg/ontology#>
                PREFIX org:  <http://www.w3.org/ns/org#>
                SELECT ?person ?countryCode ?positionCode ?portfolioCode (COUNT(?m) AS ?attestations) (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {
                  GRAPH ?g { ?m org:member ?person ; itkg:post ?post ; org:role ?role .
                             OPTIONAL { ?m itkg:date ?d } OPTIONAL { ?post itkg:portfolio ?pf } OPTIONAL { ?post itkg:country ?c } }
                  FILTER(STRSTARTS(STR(?g), "https://w3id.org/itkg/article/") %s)
                  BIND(STRAFTER(STR(?role), "/position/") AS ?positionCode)
                  BIND(COALESCE(STRAFTER(STR(?pf), "/portfolio/"), "") AS ?portfolioCode)
                  BIND(COALESCE(STRAFTER(STR(?c), "/country/"), "") AS ?countryCode)
                } GROUP BY ?person ?countryCode ?positionCode ?portfolioCode""";
        String[] columns = {"person", "countryCode", "positionCode", "portfolioCode", "attestations", "first", "last"};
        Map<String, String> all = agrees("officials", Map.of(), memberships, "", 4, columns);
        assertTrue(all.size() > 20, all.toString());
        Map<String, String> year = agrees("officials", Map.of("year", "2015"), memberships, "&& BOUND(?d) && YEAR(?d) = 2015", 4, columns);
        assertFalse(year.isEmpty());
        assertTrue(year.size() < all.size());
    }

    /** The rows of the timeline graph in a window, read one by one and sorted, as the timelines were read before. */
    private static List<String> everyRow(String extra, String order) {
        List<String> out = new java.util.ArrayList<>();
        for (QuerySolution s : solutions(QueryFactory.create("""
                PREFIX itkg: <https://w3id.org/itkg/ontology#>
                PREFIX schema: <https://schema.org/>
                SELECT ?event WHERE {
                  GRAPH <https://w3id.org/itkg/graph/timeline> { ?event itkg:yearMonth ?ym ; itkg:sortKey ?key ; itkg:eventType ?type }
                  OPTIONAL { GRAPH <https://w3id.org/itkg/graph/timeline> { ?event itkg:date ?date } }
                  OPTIONAL { GRAPH <https://w3id.org/itkg/graph/timeline> { ?event itkg:placeName ?place } }
                  OPTIONAL { GRAPH <https://w3id.org/itkg/graph/timeline> { ?event itkg:reportedIn ?article } }
                  OPTIONAL { GRAPH ?article { ?article schema:datePublished ?published } }
                  FILTER(%s)
                } ORDER BY %s LIMIT 300""".formatted(extra, order)))) out.add(s.get("event").toString());
        return out;
    }

    private static List<String> pages(String query, Map<String, String> params) {
        List<String> out = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            Map<String, String> p = new java.util.HashMap<>(params);
            p.put("page", Integer.toString(page));
            for (QuerySolution s : solutions(QUERIES.get(query).bind(p))) out.add(s.get("event").toString());
        }
        return out;
    }

    @Test
    void pagesCutAmongTheKeysOfTheMonthCellsEqualSortingEveryRowOfTheWindow() {
        String window = "?ym >= 201201 && ?ym <= 201612";
        List<String> all = everyRow(window, "?key");
        assertTrue(all.size() > 200, "three pages of 100: " + all.size());
        assertEquals(all, pages("timeline", Map.of("from", "2012-01-01", "to", "2016-12-31")));
        assertEquals(everyRow(window + " && ?type = \"phone-call\"", "?key"),
                pages("timeline", Map.of("from", "2012-01-01", "to", "2016-12-31", "type", "phone-call")));
        List<String> tabriz = everyRow(window + " && LCASE(?place) = \"tabriz\"", "?key");
        assertFalse(tabriz.isEmpty(), "the generated articles name Tabriz");
        assertEquals(tabriz, pages("events-at", Map.of("place", "Tabriz", "from", "2012-01-01", "to", "2016-12-31")));
        String sides = " && ?type != \"statement\" && EXISTS { GRAPH <https://w3id.org/itkg/graph/timeline> { ?event itkg:side \"IR\" } }"
                + " && EXISTS { GRAPH <https://w3id.org/itkg/graph/timeline> { ?event itkg:side \"TR\" } }";
        assertEquals(everyRow(window + sides, "?key"), pages("meetings-between", Map.of("a", "IR", "b", "TR", "from", "2012-01-01", "to", "2016-12-31")));
        // a side that is no state's code is part of a name; a code matches in any case
        String named = " && ?type != \"statement\" && EXISTS { GRAPH <https://w3id.org/itkg/graph/timeline> { ?event itkg:actorNames ?n } FILTER(CONTAINS(?n, \"رضایی\")) }"
                + " && EXISTS { GRAPH <https://w3id.org/itkg/graph/timeline> { ?event itkg:side \"TR\" } }";
        List<String> rezaei = everyRow(window + named, "?key");
        assertFalse(rezaei.isEmpty(), "the generated articles name رضایی");
        assertEquals(rezaei, pages("meetings-between", Map.of("a", "رضایی", "b", "tr", "from", "2012-01-01", "to", "2016-12-31")));
        List<String> undated = everyRow("(" + window + " || ?ym = 0) && !BOUND(?date)", "DESC(?published) DESC(?key)");
        assertFalse(undated.isEmpty(), "a visit planned for next month has no day");
        assertEquals(undated, pages("undated", Map.of("from", "2012-01-01", "to", "2016-12-31")));
    }

    /**
     * The rows of a saved query called with {@code params}, after checking that they are those of {@code
     * reference} (a query over the article or timeline rows, with {@code filter} in its %s).
     */
    private static Map<String, String> agrees(String saved, Map<String, String> params, String reference, String filter,
                                              int keys, String... columns) {
        Map<String, String> got = rows(solutions(QUERIES.get(saved).bind(params)), keys, columns);
        assertEquals(rows(solutions(QueryFactory.create(reference.formatted(filter))), keys, columns), got);
        return got;
    }

    /** Pairs: the first two columns name a row, the others are its value. */
    private static Map<String, String> rows(Query q, String... columns) {
        return rows(solutions(q), 2, columns);
    }

    private static Map<String, String> rows(List<QuerySolution> solutions, int keys, String... columns) {
        Map<String, String> out = new TreeMap<>();
        for (QuerySolution s : solutions) {
            StringBuilder k = new StringBuilder(), v = new StringBuilder();
            for (int i = 0; i < columns.length; i++) {
                RDFNode n = s.get(columns[i]);
                String text = n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
                (i < keys ? k : v).append(text).append(' ');
            }
            assertNull(out.put(k.toString(), v.toString()), "one row per " + k);
        }
        return out;
    }

    private static List<QuerySolution> solutions(Query q) {
        ds.begin(ReadWrite.READ);
        try (QueryExecution qe = QueryExecutionFactory.create(q, ds)) {
            List<QuerySolution> out = new java.util.ArrayList<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) out.add(rs.next());
            return out;
        } finally {
            ds.end();
        }
    }
}
