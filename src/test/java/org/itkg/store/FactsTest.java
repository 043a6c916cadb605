package org.itkg.store;

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
