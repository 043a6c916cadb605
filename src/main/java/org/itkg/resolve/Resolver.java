package org.itkg.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.itkg.graph.Iris;
import org.itkg.graph.Vocab;

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
     * What a run did, and the seconds it took to resolve (the resolution and the renames) and to derive the
     * entities, timeline and stats graphs (after a bulk load, with the finishing of the load they join).
     */
    public record Summary(int persons, int personMerges, int events, int eventMerges, int candidates, int renamed,
                          double resolveSeconds, double digestSeconds) {
        Summary seconds(double resolve, double digest) {
            return new Summary(persons, personMerges, events, eventMerges, candidates, renamed, resolve, digest);
        }

        /** With the time of a first reading of the articles, from which a load resolved before writing, added to the resolution's. */
        public Summary afterReading(double seconds) {
            return seconds(resolveSeconds + seconds, digestSeconds);
        }
    }

    private final DatasetGraph dsg;

    private Resolver(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Resolves the store and rewrites the entities, timeline and stats graphs, all in one write transaction. */
    public static Summary run(DatasetGraph dsg, Decisions decisions) {
        Resolver r = new Resolver(dsg);
        return Txn.calculateWrite(dsg, () -> {
            long t0 = System.nanoTime();
            Sightings seen = Sightings.of(dsg);
            Resolution res = Resolution.of(seen.mentions, seen.reports, decisions);
            int renamed = r.rename(seen, res);
            long t1 = System.nanoTime();
            for (Node g : DERIVED) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            derive(seen.facts, res, dsg::add);
            return summary(res, renamed).seconds((t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
        });
    }

    /** The graphs a resolution writes whole, which a load into a store without articles starts by removing. */
    public static final List<Node> DERIVED = List.of(Vocab.ENTITIES_GRAPH, Vocab.TIMELINE_GRAPH, Vocab.STATS_GRAPH);

    /**
     * Finishes a bulk load of articles that were resolved before they were written ({@link Renaming}), once
     * the entities, timeline and stats graphs ({@link #derive}) have gone into the same bulk load (one bulk
     * load of everything builds the indexes faster than a second one into a full store): links accepted
     * for a name that is now a variant follow it.
     */
    public static Summary afterBulk(DatasetGraph dsg, Resolution res, long renamed, double deriveSeconds) {
        long t1 = System.nanoTime();
        Txn.executeWrite(dsg, () -> new Resolver(dsg).renameLinks(res));
        return summary(res, (int) renamed).seconds((System.nanoTime() - t1) / 1e9, deriveSeconds);
    }

    static Summary summary(Resolution res, int renamed) {
        return new Summary(res.persons().variants().size(), res.persons().merges(), res.events().reports().size(), res.events().merges(),
                res.persons().candidates().size(), renamed, 0, 0);
    }

    /** Renames every person and event node to its canonical node, in each article graph; the number renamed. */
    private int rename(Sightings seen, Resolution res) {
        int renamed = 0;
        for (Sightings.Keyed p : seen.persons) renamed += rename(p.graph(), p.node(), Renaming.person(res, p.key()));
        for (Sightings.Keyed e : seen.events) renamed += rename(e.graph(), e.node(), Renaming.event(res, e.key()));
        renameLinks(res);
        return renamed;
    }

    /** Links accepted for a name that is now a variant follow it to the canonical node; in the caller's write transaction. */
    static void renameLinks(DatasetGraph dsg, Resolution res) {
        new Resolver(dsg).renameLinks(res);
    }

    private void renameLinks(Resolution res) {
        if (!dsg.find(Vocab.LINKS_GRAPH, Node.ANY, Node.ANY, Node.ANY).hasNext()) return;
        for (Map.Entry<String, String> e : res.persons().canonical().entrySet())
            if (!e.getKey().equals(e.getValue())) rename(Vocab.LINKS_GRAPH, Iris.person(e.getKey()), Renaming.person(res, e.getKey()));
    }

    /** The entities, timeline and stats graphs, from the facts of the articles and the resolution's outcome. */
    public static void derive(Facts facts, Resolution res, Consumer<Quad> out) {
        Map<Node, Facts.Person> people = facts.people(res.persons()::of);
        entities(res, people, out);
        Digest.of(facts, people, res.persons()::of, res.events()::of).emit(out);
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

    /**
     * What the resolution knows beyond the articles: each person's count of articles, fullest name per
     * language (skos:prefLabel) and every other name (skos:altLabel), so that lists show one name per
     * person and a search by name reads one row per name; variants, uncertain pairs and Wikidata links.
     */
    private static void entities(Resolution res, Map<Node, Facts.Person> people, Consumer<Quad> out) {
        for (String key : res.persons().canonical().keySet()) person(res, people, key, out);
        for (String key : res.events().canonical().keySet()) event(res, key, out);
        for (Candidate c : res.persons().candidates()) candidate(c, out);
        LinkTable.links().forEach((path, item) -> link(NodeFactory.createURI(Vocab.BASE + path), item, out));
    }

    /** The entities graph's quads about the person of {@code key}: its counts and names, or, for a variant, what it is the same as. */
    static void person(Resolution res, Map<Node, Facts.Person> people, String key, Consumer<Quad> out) {
        Node g = Vocab.ENTITIES_GRAPH, c = Iris.person(key);
        String canonical = res.persons().of(key);
        if (!canonical.equals(key)) {
            out.accept(Quad.create(g, c, Vocab.OWL_SAME_AS, Iris.person(canonical)));
            return;
        }
        Set<String> articles = res.persons().articles().apply(key);
        if (articles == null) return;
        out.accept(Quad.create(g, c, Vocab.P_ARTICLE_COUNT, integer(articles.size())));
        Facts.Person p = people.getOrDefault(c, new Facts.Person());
        Set<Node> preferred = new HashSet<>();
        p.preferred().forEach((lang, label) -> {
            if (!lang.isEmpty()) preferred.add(label);
        });
        Set<Node> others = new HashSet<>(p.labels);
        others.addAll(p.aliases);
        others.removeAll(preferred);
        for (Node label : preferred) out.accept(Quad.create(g, c, Vocab.PREF_LABEL, label));
        for (Node label : others) out.accept(Quad.create(g, c, Vocab.ALT_LABEL, label));
    }

    /** The entities graph's quads about the event of report key {@code key}: its count of reports, or what it is the same as. */
    static void event(Resolution res, String key, Consumer<Quad> out) {
        Node g = Vocab.ENTITIES_GRAPH, e = Iris.eventByKey(key);
        List<String> keys = res.events().reports().get(key);
        if (keys != null) out.accept(Quad.create(g, e, Vocab.P_REPORT_COUNT, integer(keys.size())));
        else if (!res.events().of(key).equals(key)) out.accept(Quad.create(g, e, Vocab.OWL_SAME_AS, Iris.eventByKey(res.events().of(key))));
    }

    static void candidate(Candidate c, Consumer<Quad> out) {
        Node g = Vocab.ENTITIES_GRAPH, n = Iris.candidate(c.left(), c.right());
        out.accept(Quad.create(g, n, Vocab.TYPE, Vocab.CANDIDATE));
        out.accept(Quad.create(g, n, Vocab.P_LEFT, Iris.person(c.left())));
        out.accept(Quad.create(g, n, Vocab.P_RIGHT, Iris.person(c.right())));
        out.accept(Quad.create(g, n, Vocab.P_REASON, NodeFactory.createLiteralString(c.reason())));
    }

    /** The Wikidata link of the offline table about {@code subject}, if it has one. */
    static void link(Node subject, Consumer<Quad> out) {
        String item = subject.isURI() && subject.getURI().startsWith(Vocab.BASE) ? LinkTable.links().get(subject.getURI().substring(Vocab.BASE.length())) : null;
        if (item != null) link(subject, item, out);
    }

    private static void link(Node subject, String item, Consumer<Quad> out) {
        Node wd = NodeFactory.createURI(Vocab.WD + item);
        out.accept(Quad.create(Vocab.ENTITIES_GRAPH, subject, Vocab.OWL_SAME_AS, wd));
        out.accept(Quad.create(Vocab.ENTITIES_GRAPH, subject, Vocab.SCHEMA_SAME_AS, wd));
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }
}
