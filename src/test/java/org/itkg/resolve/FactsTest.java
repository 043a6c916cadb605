package org.itkg.resolve;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.itkg.graph.Vocab;
import org.junit.jupiter.api.Test;

class FactsTest {
    private static Node fa(String s) {
        return NodeFactory.createLiteralLang(s, "fa");
    }

    private static Node en(String s) {
        return NodeFactory.createLiteralLang(s, "en");
    }

    @Test
    void theNameShownIsPersianAndTheFullestWhateverTheOrder() {
        List<Node> labels = List.of(en("Recep Tayyip Erdogan"), fa("اردوغان"), fa("رجب طیب اردوغان"), en("Erdogan"));
        assertEquals(fa("رجب طیب اردوغان"), Facts.name(labels));
        assertEquals(fa("رجب طیب اردوغان"), Facts.name(List.of(en("Erdogan"), fa("رجب طیب اردوغان"), fa("اردوغان"), en("Recep Tayyip Erdogan"))));
        assertEquals(en("Recep Tayyip Erdogan"), Facts.name(List.of(en("Erdogan"), en("Recep Tayyip Erdogan"))));
    }

    @Test
    void articlesMergedInEitherOrderGiveThePersonTheSameNamesAndState() {
        Facts one = read("a", "اردوغان", "tr"), two = read("b", "رجب طیب اردوغان", "ir");
        Facts ab = new Facts(), ba = new Facts();
        ab.addAll(one);
        ab.addAll(two);
        ba.addAll(read("b", "رجب طیب اردوغان", "ir"));
        ba.addAll(read("a", "اردوغان", "tr"));
        Facts.Person x = ab.persons.get("erdogan"), y = ba.persons.get("erdogan");
        assertEquals(x.labels, y.labels);
        assertEquals(fa("رجب طیب اردوغان"), x.preferred().get("fa"));
        assertEquals(x.country, y.country);
        assertEquals(org.itkg.graph.Iris.country("ir"), x.country);
    }

    /**
     * The derived graphs reach the bulk loader in the order the store numbered their nodes: rows in the
     * order of their events' first reports, and each cell of the stats graph with all its quads together.
     */
    @Test
    void derivedGraphsComeInArticleOrderAndCellByCell() {
        Facts all = new Facts();
        List<Node> events = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String key = org.itkg.graph.Iris.reportKey("r" + (i * 7919 % 1000), 0); // hash order is not reading order
            DatasetGraph d = DatasetGraphFactory.create();
            Node g = NodeFactory.createURI(Vocab.BASE + "article/a" + i), e = NodeFactory.createURI(Vocab.BASE + "event/a" + i);
            d.add(g, e, Vocab.P_EVENT_TYPE, NodeFactory.createLiteralString("meeting"));
            d.add(g, e, Vocab.P_REPORT_KEY, NodeFactory.createLiteralString(key));
            d.add(g, e, Vocab.P_DATE, NodeFactory.createLiteralDT("2025-0" + (1 + i % 3) + "-1" + (i % 10),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
            Facts f = new Facts();
            Facts.read(d, f);
            all.addAll(f);
            events.add(org.itkg.graph.Iris.eventByKey(key));
        }
        List<org.apache.jena.sparql.core.Quad> out = new java.util.ArrayList<>();
        Digest.of(all, all.people(k -> k), k -> k, k -> k).emit(out::add);

        List<Node> rows = out.stream().filter(q -> q.getGraph().equals(Vocab.TIMELINE_GRAPH))
                .map(org.apache.jena.sparql.core.Quad::getSubject).distinct().toList();
        assertEquals(events, rows);
        java.util.Set<Node> done = new java.util.HashSet<>();
        Node current = null;
        for (org.apache.jena.sparql.core.Quad q : out) {
            if (!q.getGraph().equals(Vocab.STATS_GRAPH) || q.getSubject().equals(current)) continue;
            assertTrue(done.add(q.getSubject()), "the quads of " + q.getSubject() + " are split");
            current = q.getSubject();
        }
        assertTrue(done.size() >= 3, "a cell for each month");
    }

    /** One article graph naming one person under the key "erdogan". */
    private static Facts read(String article, String name, String country) {
        DatasetGraph d = DatasetGraphFactory.create();
        Node g = NodeFactory.createURI(Vocab.BASE + "article/" + article), p = NodeFactory.createURI(Vocab.BASE + "person/erdogan");
        d.add(g, p, Vocab.P_NAME_KEY, NodeFactory.createLiteralString("erdogan"));
        d.add(g, p, Vocab.LABEL, fa(name));
        d.add(g, p, Vocab.P_COUNTRY, org.itkg.graph.Iris.country(country));
        Facts f = new Facts();
        Facts.read(d, f);
        return f;
    }
}
