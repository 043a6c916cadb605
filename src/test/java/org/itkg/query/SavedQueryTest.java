package org.itkg.query;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.junit.jupiter.api.Test;

class SavedQueryTest {
    static final String TEXT = """
            #+ summary: Things on a topic
            #+ description: A test query
            #+ tags: [test, timeline]
            #+ params:
            #+   - topic: the topic
            #+ defaults:
            #+   - limit: 5
            PREFIX topic: <https://w3id.org/itkg/topic/>
            SELECT ?e WHERE {
              ?e <https://w3id.org/itkg/ontology#topic> ?_topic_iri .
              FILTER(!BOUND(?__from_xsd_date) || ?d >= ?__from_xsd_date)
              FILTER(!BOUND(?__name) || CONTAINS(STR(?e), ?__name))
              FILTER(!BOUND(?__limit_xsd_integer) || ?n < ?__limit_xsd_integer)
              FILTER(!BOUND(?__label_fa) || ?l = ?__label_fa)
            }
            """;

    @Test
    void theHeaderAndTheVariablesDeclareTheParameters() {
        SavedQuery q = SavedQuery.parse("things", TEXT);
        assertEquals("Things on a topic", q.summary());
        assertEquals(List.of("test", "timeline"), q.tags());
        List<Parameter> ps = q.parameters();
        assertEquals(List.of("topic", "from", "name", "limit", "label"), ps.stream().map(Parameter::name).toList());
        assertTrue(ps.get(0).required());
        assertEquals("iri", ps.get(0).type());
        assertEquals("the topic", ps.get(0).description());
        assertFalse(ps.get(1).required());
        assertEquals("date", ps.get(1).type());
        assertEquals("string", ps.get(2).type());
        assertEquals("integer", ps.get(3).type());
        assertEquals("5", ps.get(3).defaultValue());
        assertEquals("lang", ps.get(4).type());
        assertEquals("fa", ps.get(4).language());
    }

    @Test
    void valuesAreBoundAsTypedTermsInAValuesBlock() {
        Query q = SavedQuery.parse("things", TEXT).bind(Map.of("topic", "trade", "from", "2025-01-02", "label", "مرز"));
        ElementData data = (ElementData) ((ElementGroup) q.getQueryPattern()).get(0);
        var row = data.getRows().get(0);
        assertEquals("https://w3id.org/itkg/topic/trade", row.get(org.apache.jena.sparql.core.Var.alloc("_topic_iri")).getURI());
        assertEquals("http://www.w3.org/2001/XMLSchema#date",
                row.get(org.apache.jena.sparql.core.Var.alloc("__from_xsd_date")).getLiteralDatatypeURI());
        assertEquals("fa", row.get(org.apache.jena.sparql.core.Var.alloc("__label_fa")).getLiteralLanguage());
        assertEquals("5", row.get(org.apache.jena.sparql.core.Var.alloc("__limit_xsd_integer")).getLiteralLexicalForm());
        assertFalse(row.contains(org.apache.jena.sparql.core.Var.alloc("__name")), "a parameter not given stays unbound");
        QueryFactory.create(q.toString()); // the bound query is still one query
    }

    @Test
    void anInjectionAttemptIsAStringOrAnError() {
        SavedQuery saved = SavedQuery.parse("things", TEXT);
        String evil = "x\" } ; DROP ALL #";
        Query q = saved.bind(Map.of("topic", "trade", "name", evil));
        Query reparsed = QueryFactory.create(q.toString());
        assertTrue(reparsed.isSelectType());
        ElementData data = (ElementData) ((ElementGroup) reparsed.getQueryPattern()).get(0);
        assertEquals(evil, data.getRows().get(0).get(org.apache.jena.sparql.core.Var.alloc("__name")).getLiteralLexicalForm());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> saved.bind(Map.of("topic", evil)));
        assertTrue(e.getMessage().contains("topic"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> saved.bind(Map.of("topic", "trade", "from", evil)));
        assertThrows(IllegalArgumentException.class, () -> saved.bind(Map.of("topic", "trade", "limit", "1; DROP")));
    }

    @Test
    void missingAndUnknownParametersAreErrorsThatSayWhich() {
        SavedQuery saved = SavedQuery.parse("things", TEXT);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> saved.bind(Map.of())).getMessage().contains("topic"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> saved.bind(Map.of("topic", "t", "colour", "red")))
                .getMessage().contains("colour"));
    }

    @Test
    void everyBuiltInQueryParsesAndHasASummary() {
        SavedQueries all = SavedQueries.load(null);
        for (String name : List.of("timeline", "meetings-between", "person", "who-met-whom", "topic-trend", "statements-by",
                "events-at", "evidence", "undated", "officials", "search")) {
            SavedQuery q = all.get(name);
            assertNotNull(q, name);
            assertNotEquals(name, q.summary(), name + " has no summary");
        }
    }

    @Test
    void paginationCutsTheOrderedSubSelectAndParametersReachIt() {
        SavedQuery q = SavedQuery.parse("paged", """
                #+ pagination: 10
                SELECT ?s ?label WHERE {
                  { SELECT ?s WHERE { ?s ?p ?o FILTER(!BOUND(?__kind) || ?o = ?__kind) } ORDER BY ?s }
                  ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label
                }
                """);
        assertTrue(q.parameters().stream().anyMatch(p -> p.name().equals("page")), "page is a parameter");
        org.apache.jena.query.Query bound = q.bind(java.util.Map.of("page", "3", "kind", "x"));
        String text = bound.toString();
        assertTrue(text.contains("LIMIT   10") || text.contains("LIMIT 10"), text);
        assertTrue(text.contains("OFFSET  20") || text.contains("OFFSET 20"), text);
        assertEquals(2, text.split("VALUES", -1).length - 1, "the values reach the sub-select too: " + text);
        assertFalse(q.bind(java.util.Map.of()).toString().contains("OFFSET"), "page 1 has no offset");
        assertThrows(IllegalArgumentException.class, () -> q.bind(java.util.Map.of("page", "0")));
    }
}
