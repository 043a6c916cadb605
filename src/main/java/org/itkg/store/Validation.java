package org.itkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.itkg.graph.Vocab;

/**
 * Checks article graphs against the SHACL shapes of {@code ontology/shapes.ttl}: each graph on its own,
 * in memory, which costs a fraction of a millisecond, so every article is checked before it is written.
 */
public final class Validation {
    private static final Shapes SHAPES = shapes();

    private Validation() {}

    /** Null when the quads conform; else a one-line account of the violations. */
    public static String check(Collection<Quad> quads) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Quad q : quads) g.add(q.asTriple());
        return check(g);
    }

    /** Null when the article graph conforms; else a one-line account of the violations. */
    public static String check(Graph g) {
        ValidationReport r = ShaclValidator.get().validate(SHAPES, g);
        if (r.conforms()) return null;
        List<String> parts = new ArrayList<>();
        for (ReportEntry e : r.getEntries()) {
            if (parts.size() == 3) {
                parts.add("… " + (r.getEntries().size() - 3) + " more");
                break;
            }
            parts.add(shortName(e.focusNode()) + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message());
        }
        return r.getEntries().size() + " violation(s): " + String.join("; ", parts);
    }

    /**
     * Checks every article graph of a store; {@code onInvalid} gets each invalid graph with its account.
     * Returns the number of graphs checked.
     */
    public static long checkStore(DatasetGraph dsg, BiConsumer<Node, String> onInvalid) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (!g.isURI() || !g.getURI().startsWith(Vocab.BASE + "article/")) continue;
                n++;
                String problem = check(dsg.getGraph(g));
                if (problem != null) onInvalid.accept(g, problem);
            }
            return n;
        });
    }

    private static String shortName(Node n) {
        return n.isURI() ? n.getURI().replace(Vocab.BASE, "") : n.toString();
    }

    private static Shapes shapes() {
        try (InputStream in = Validation.class.getClassLoader().getResourceAsStream("ontology/shapes.ttl")) {
            if (in == null) throw new IllegalStateException("missing from the classpath: ontology/shapes.ttl");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return Shapes.parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
