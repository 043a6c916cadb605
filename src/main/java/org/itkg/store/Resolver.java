package org.itkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.itkg.graph.Iris;
import org.itkg.graph.Vocab;
import org.itkg.resolve.Candidate;
import org.itkg.resolve.Decisions;
import org.itkg.resolve.LinkTable;
import org.itkg.resolve.Resolution;

/**
 * Resolves persons and events across all the articles in the store and writes the outcome in place: in
 * every article graph a person or event node is renamed to its canonical IRI, so a query sees one node
 * per real thing. Each graph keeps the key it was extracted with ({@code itkg:nameKey}, {@code
 * itkg:reportKey}), so the whole resolution is redone from those keys after every load and converges to
 * the same nodes whatever order the articles came in. The entities graph, rewritten whole, holds what
 * the resolution knows beyond the articles: variant IRIs, counts, uncertain pairs and Wikidata links.
 */
public final class Resolver {
    /**
     * What a run did, and the seconds it took to resolve (resolution, renames, entities graph) and to write
     * the timeline and stats graphs.
     */
    public record Summary(int persons, int personMerges, int events, int eventMerges, int candidates, int renamed,
                          double resolveSeconds, double digestSeconds) {
        Summary timed(long t0, long t1, long t2) {
            return new Summary(persons, personMerges, events, eventMerges, candidates, renamed, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        }
    }

    private final DatasetGraph dsg;

    private Resolver(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Resolves the store and rewrites the timeline and stats graphs, all in one write transaction. */
    public static Summary run(Store store, Decisions decisions) {
        Resolver r = new Resolver(store.dataset());
        return Txn.calculateWrite(store.dataset(), () -> {
            long t0 = System.nanoTime();
            Summary s = r.resolve(Sightings.of(store.dataset()), decisions);
            long t1 = System.nanoTime();
            new Digest(store.dataset()).write();
            return s.timed(t0, t1, System.nanoTime());
        });
    }

    /**
     * Resolves what a bulk load has just written, from what was seen of its articles as they streamed in,
     * then writes the timeline and stats graphs with the bulk loader: after a bulk load, when nothing else
     * uses the store, a transaction is the slow way to write a row per event.
     */
    static Summary runThenBulk(Store store, Sightings seen, Decisions decisions) {
        DatasetGraph dsg = store.dataset();
        Resolver r = new Resolver(dsg);
        long t0 = System.nanoTime();
        Summary s = Txn.calculateWrite(dsg, () -> {
            Summary done = r.resolve(seen, decisions);
            dsg.deleteAny(Vocab.TIMELINE_GRAPH, Node.ANY, Node.ANY, Node.ANY);
            dsg.deleteAny(Vocab.STATS_GRAPH, Node.ANY, Node.ANY, Node.ANY);
            return done;
        });
        long t1 = System.nanoTime();
        Digest.Rows rows = Txn.calculateRead(dsg, () -> new Digest(dsg).read());
        Store.Bulk bulk = store.bulk();
        try {
            rows.emit(bulk::add);
        } catch (RuntimeException e) {
            bulk.abandon(e);
            throw e;
        }
        bulk.finish();
        return s.timed(t0, t1, System.nanoTime());
    }

    private Summary resolve(Sightings seen, Decisions decisions) {
        Resolution res = Resolution.of(seen.mentions, seen.reports, decisions);
        int renamed = 0;
        for (Sightings.Keyed p : seen.persons) renamed += rename(p.graph(), p.node(), Iris.person(res.persons().of(p.key())));
        for (Sightings.Keyed e : seen.events) renamed += rename(e.graph(), e.node(), Iris.eventByKey(res.events().of(e.key())));
        // links accepted for a name that is now a variant follow it to the canonical node
        for (Map.Entry<String, String> e : res.persons().canonical().entrySet())
            if (!e.getKey().equals(e.getValue())) rename(Vocab.LINKS_GRAPH, Iris.person(e.getKey()), Iris.person(e.getValue()));
        writeEntities(res);
        return new Summary(res.persons().variants().size(), res.persons().merges(), res.events().reports().size(), res.events().merges(),
                res.persons().candidates().size(), renamed, 0, 0);
    }

    /** Renames {@code from} to {@code to} in one graph; the number of nodes renamed (0 or 1). */
    private int rename(Node g, Node from, Node to) {
        if (from.equals(to)) return 0;
        List<Quad> old = new ArrayList<>();
        dsg.find(g, from, Node.ANY, Node.ANY).forEachRemaining(old::add);
        dsg.find(g, Node.ANY, Node.ANY, from).forEachRemaining(old::add);
        for (Quad q : old) {
            dsg.delete(q);
            dsg.add(g, q.getSubject().equals(from) ? to : q.getSubject(), q.getPredicate(),
                    q.getObject().equals(from) ? to : q.getObject());
        }
        return 1;
    }

    private void writeEntities(Resolution res) {
        Node g = Vocab.ENTITIES_GRAPH;
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        res.persons().variants().forEach((canonical, variants) -> {
            Node c = Iris.person(canonical);
            dsg.add(g, c, Vocab.P_ARTICLE_COUNT, integer(res.persons().articles().get(canonical).size()));
            List<Node> preferred = preferredLabels(c);
            for (Node label : preferred) dsg.add(g, c, Vocab.PREF_LABEL, label);
            for (Node label : otherLabels(c, preferred)) dsg.add(g, c, Vocab.ALT_LABEL, label);
            for (String v : variants) if (!v.equals(canonical)) dsg.add(g, Iris.person(v), Vocab.OWL_SAME_AS, c);
        });
        res.events().reports().forEach((canonical, keys) -> {
            Node c = Iris.eventByKey(canonical);
            dsg.add(g, c, Vocab.P_REPORT_COUNT, integer(keys.size()));
            for (String k : keys) if (!k.equals(canonical)) dsg.add(g, Iris.eventByKey(k), Vocab.OWL_SAME_AS, c);
        });
        for (Candidate c : res.persons().candidates()) {
            Node n = Iris.candidate(c.left(), c.right());
            dsg.add(g, n, Vocab.TYPE, Vocab.CANDIDATE);
            dsg.add(g, n, Vocab.P_LEFT, Iris.person(c.left()));
            dsg.add(g, n, Vocab.P_RIGHT, Iris.person(c.right()));
            dsg.add(g, n, Vocab.P_REASON, NodeFactory.createLiteralString(c.reason()));
        }
        LinkTable.links().forEach((path, item) -> {
            Node e = NodeFactory.createURI(Vocab.BASE + path);
            Node wd = NodeFactory.createURI(Vocab.WD + item);
            dsg.add(g, e, Vocab.OWL_SAME_AS, wd);
            dsg.add(g, e, Vocab.SCHEMA_SAME_AS, wd);
        });
    }

    /**
     * One name per language for a person the articles name in many ways («اردوغان», «رجب طیب اردوغان»): the
     * fullest, so that lists and timelines show one name per person.
     */
    private List<Node> preferredLabels(Node person) {
        Map<String, Node> best = new java.util.TreeMap<>();
        dsg.find(Node.ANY, person, Vocab.LABEL, Node.ANY).forEachRemaining(q -> {
            Node l = q.getObject();
            if (!l.isLiteral() || l.getLiteralLanguage().isEmpty() || q.getGraph().equals(Vocab.ENTITIES_GRAPH)) return;
            best.merge(l.getLiteralLanguage(), l, (a, b) -> fuller(a, b) ? a : b);
        });
        return new ArrayList<>(best.values());
    }

    /**
     * Every other name the articles give a person, so that a search by name reads the entities graph,
     * one row per name, instead of the label of every article that names them.
     */
    private List<Node> otherLabels(Node person, List<Node> preferred) {
        java.util.Set<Node> out = new java.util.LinkedHashSet<>();
        for (Node p : new Node[] {Vocab.LABEL, Vocab.ALT_LABEL}) {
            dsg.find(Node.ANY, person, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral() && !q.getGraph().equals(Vocab.ENTITIES_GRAPH)) out.add(q.getObject());
            });
        }
        out.removeAll(preferred);
        return new ArrayList<>(out);
    }

    private static boolean fuller(Node a, Node b) {
        String x = a.getLiteralLexicalForm(), y = b.getLiteralLexicalForm();
        int tx = x.strip().split("\\s+").length, ty = y.strip().split("\\s+").length;
        return tx != ty ? tx > ty : x.length() != y.length() ? x.length() > y.length() : x.compareTo(y) <= 0;
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }
}
