package org.itkg.link;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.itkg.graph.Vocab;

/** Writes link candidates as a Turtle linkset for review, and accepted links into the store's links graph. */
public final class Linkset {
    private Linkset() {}

    public static void write(List<Linker.LinkCandidate> candidates, Map<String, Linker.Decision> decisions, Path file) throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("itkg", Vocab.NS).setNsPrefix("wd", Vocab.WD).setNsPrefix("xsd", Vocab.XSD)
                .setNsPrefix("person", Vocab.BASE + "person/").setNsPrefix("place", Vocab.BASE + "place/");
        for (Linker.LinkCandidate c : candidates) {
            Node n = NodeFactory.createURI(c.entity() + "/wikidata/" + c.item().substring(c.item().lastIndexOf('/') + 1));
            g.add(n, Vocab.TYPE, Vocab.LINK_CANDIDATE);
            g.add(n, Vocab.P_CANDIDATE_OF, NodeFactory.createURI(c.entity()));
            g.add(n, Vocab.P_CANDIDATE, NodeFactory.createURI(c.item()));
            g.add(n, Vocab.P_SCORE, NodeFactory.createLiteralDT(Double.toString(c.score()), XSDDatatype.XSDdecimal));
            g.add(n, Vocab.P_REASON, NodeFactory.createLiteralString(c.reason()));
            if (c.conflict()) g.add(n, Vocab.P_CONFLICT, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            Linker.Decision d = decisions.get(c.entity());
            boolean best = d != null && d.best().equals(c);
            g.add(n, Vocab.P_VERDICT, NodeFactory.createLiteralString(!best ? "alternative" : d.link() != null ? "link" : c.score() == 0 ? "rejected" : "review"));
            if (best && d.review() != null) g.add(n, Vocab.P_HELD_BACK, NodeFactory.createLiteralString(d.review()));
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, g, Lang.TURTLE);
        }
    }

    /** Adds owl:sameAs and schema:sameAs for each accepted link to the links graph, which loads leave alone. */
    public static void accept(DatasetGraph store, Collection<Linker.LinkCandidate> links) {
        Txn.executeWrite(store, () -> {
            for (Linker.LinkCandidate c : links) {
                Node e = NodeFactory.createURI(c.entity());
                Node wd = NodeFactory.createURI(c.item());
                store.add(Vocab.LINKS_GRAPH, e, Vocab.OWL_SAME_AS, wd);
                store.add(Vocab.LINKS_GRAPH, e, Vocab.SCHEMA_SAME_AS, wd);
            }
        });
    }
}
