package org.itkg.store;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.itkg.graph.Vocab;

/**
 * The TDB2 database on disk. The default graph is the union of the named graphs, so a query sees every
 * article without {@code GRAPH}; each article's facts live in its own graph, which a load replaces whole.
 */
public final class Store implements AutoCloseable {
    public static final Path DEFAULT_DIR = Path.of("data", "tdb2");
    private static final String[] ONTOLOGY_FILES = {"ontology/itkg.ttl", "ontology/topics.ttl"};

    private final DatasetGraph dsg;
    private final Path dir;

    private Store(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    public static Store open(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Store(dir, dsg);
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    public Path dir() {
        return dir;
    }

    /**
     * The analyst's verdicts on uncertain merges ({@code entity-decisions.tsv}), beside the database
     * directory rather than in it, so that they outlive a rebuilt store.
     */
    public Path decisionsFile() {
        Path parent = dir.toAbsolutePath().getParent();
        return (parent == null ? dir.toAbsolutePath() : parent).resolve("entity-decisions.tsv");
    }

    /** Sets the time a query may run, in milliseconds, for every query on this store. */
    public void queryTimeout(long millis) {
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(millis));
    }

    /**
     * Replaces the given article graphs in one write transaction: each graph is emptied, then its quads
     * are added. All or nothing: an exception aborts the transaction and the store is as it was.
     */
    public void replaceGraphs(List<ArticleQuads> articles) {
        Txn.executeWrite(dsg, () -> {
            for (ArticleQuads a : articles) {
                dsg.deleteAny(a.graph(), Node.ANY, Node.ANY, Node.ANY);
                for (Quad q : a.quads()) dsg.add(q);
            }
        });
    }

    /** Loads the ontology and the topic scheme into their own graph, replacing what was there. */
    public void loadOntology() {
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(Vocab.ONTOLOGY_GRAPH, Node.ANY, Node.ANY, Node.ANY);
            for (String f : ONTOLOGY_FILES) {
                try (InputStream in = Store.class.getClassLoader().getResourceAsStream(f)) {
                    if (in == null) throw new IllegalStateException("missing from the classpath: " + f);
                    org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                    RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                    g.find().forEach(t -> dsg.add(Vocab.ONTOLOGY_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    @Override
    public void close() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}
