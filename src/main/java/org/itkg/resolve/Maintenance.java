package org.itkg.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.itkg.article.Article;
import org.itkg.extract.Extraction;
import org.itkg.extract.Extractor;
import org.itkg.graph.ArticleGraph;
import org.itkg.graph.Iris;
import org.itkg.graph.Vocab;

/**
 * Keeps a store resolved as articles are added, replaced and removed, writing only what changes. It holds
 * in memory what the resolution and the derived graphs are computed from — each article's persons and
 * reports by key, and its {@link Facts} — read once from the store, so a change reads nothing back. On a
 * change it resolves again in memory and then writes: the articles' graphs; the person and event nodes
 * whose canonical node moved, in the graphs that hold them; and, in the entities, timeline and stats
 * graphs, only the subjects whose quads differ (each subject's quads are kept as a fingerprint). The
 * outcome is the store one load of the same articles into an empty store gives (IncrementalTest).
 * Not thread-safe: one writer at a time, which TDB2 enforces anyway.
 */
public final class Maintenance {
    /** One article as the resolution and the derived graphs see it: keys, not the nodes a store renamed. */
    public record Inputs(Node graph, List<PersonMention> mentions, List<Report> reports, Facts facts) {
        /** An extraction's inputs; {@code graph} holds its quads as extracted. */
        public static Inputs of(Extraction x, Node g, Graph graph) {
            return new Inputs(g, Resolution.mentions(x), Resolution.reports(x), Facts.of(g, graph));
        }
    }

    /** An article to write: its graph's quads as extracted (before any renaming) and its inputs. */
    public record Incoming(String id, List<Quad> quads, Inputs inputs) {}

    /** What a change did; its seconds, of which those spent resolving (and renaming) and deriving. */
    public record Change(int added, int removed, int graphsRenamed, int graphsRebuilt, int derivedSubjects, double seconds,
                         double resolveSeconds, double deriveSeconds) {}

    /** A subject of a derived graph. */
    private record Subject(Node graph, Node node) {}

    private final Map<String, Inputs> articles = new HashMap<>();
    private final Map<String, Set<String>> articlesOfKey = new HashMap<>();
    private final Map<Subject, Long> derived = new HashMap<>();
    private final Supplier<Decisions> decisions;
    private Resolution resolution;
    private Extractor extractor;
    private boolean stale;
    private long renamedGraphs;
    private double resolveSeconds, deriveSeconds;

    private Maintenance(Supplier<Decisions> decisions) {
        this.decisions = decisions;
    }

    /**
     * The store's articles as the resolution sees them, and fingerprints of its derived graphs; in the
     * caller's transaction. The store must be resolved ({@link Resolver}), as every load leaves it.
     */
    public static Maintenance read(DatasetGraph dsg, Supplier<Decisions> decisions) {
        Maintenance m = new Maintenance(decisions);
        Sightings seen = Sightings.of(dsg);
        Map<String, List<PersonMention>> mentions = new HashMap<>();
        Map<String, List<Report>> reports = new HashMap<>();
        for (PersonMention p : seen.mentions) mentions.computeIfAbsent(p.article(), k -> new ArrayList<>()).add(p);
        for (Report r : seen.reports) reports.computeIfAbsent(r.article(), k -> new ArrayList<>()).add(r);
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!Facts.isArticle(g)) return;
            String id = Sightings.articleId(g);
            m.put(id, new Inputs(g, mentions.getOrDefault(id, List.of()), reports.getOrDefault(id, List.of()),
                    Facts.of(g, dsg.getGraph(g))));
        });
        m.resolution = m.resolve();
        for (Node g : Resolver.DERIVED)
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> m.derived.merge(new Subject(g, q.getSubject()), hash(q), Long::sum));
        return m;
    }

    /** Whether a change failed part way (its transaction aborted): this object no longer tells the store. */
    public boolean stale() {
        return stale;
    }

    /** The resolution as it stands, with the graphs renamed and the seconds spent by the changes so far. */
    public Resolver.Summary summary() {
        return Resolver.summary(resolution, (int) renamedGraphs).seconds(resolveSeconds, deriveSeconds);
    }

    /** The outcome of the resolution as the store now holds it. */
    public Resolution resolution() {
        return resolution;
    }

    /**
     * Writes {@code added} (replacing any article of the same id) and removes {@code removed}, in the
     * caller's write transaction. If the transaction is then aborted, call {@link #read} again: this
     * object has moved on.
     */
    public Change change(DatasetGraph dsg, List<Incoming> added, Collection<String> removed) {
        if (stale) throw new IllegalStateException("a change failed part way: read the store again");
        stale = true;
        long t0 = System.nanoTime();
        Resolution before = resolution;
        Set<String> gone = new HashSet<>();
        for (String id : removed) if (remove(id)) gone.add(id);
        Set<String> fresh = new HashSet<>();
        for (Incoming a : added) {
            remove(a.id());
            put(a.id(), a.inputs());
            fresh.add(a.id());
        }
        for (String id : gone) dsg.deleteAny(Iris.article(id), Node.ANY, Node.ANY, Node.ANY);
        resolution = resolve();
        Renaming renaming = new Renaming(resolution);
        for (Incoming a : added) {
            Node g = a.inputs().graph();
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            for (Quad q : renaming.apply(a.quads())) dsg.add(q);
        }
        int[] graphs = renameMoved(dsg, before, fresh);
        Resolver.renameLinks(dsg, resolution);
        long t1 = System.nanoTime();
        int subjects = rederive(dsg);
        long t2 = System.nanoTime();
        resolveSeconds += (t1 - t0) / 1e9;
        deriveSeconds += (t2 - t1) / 1e9;
        renamedGraphs += graphs[0] + graphs[1];
        stale = false;
        return new Change(added.size(), gone.size(), graphs[0], graphs[1], subjects, (t2 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    private void put(String id, Inputs in) {
        articles.put(id, in);
        for (PersonMention p : in.mentions()) articlesOfKey.computeIfAbsent(p.key(), k -> new HashSet<>()).add(id);
    }

    private boolean remove(String id) {
        Inputs in = articles.remove(id);
        if (in == null) return false;
        for (PersonMention p : in.mentions()) {
            Set<String> ids = articlesOfKey.get(p.key());
            if (ids != null && ids.remove(id) && ids.isEmpty()) articlesOfKey.remove(p.key());
        }
        return true;
    }

    private Resolution resolve() {
        List<PersonMention> mentions = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        for (Inputs in : articles.values()) {
            mentions.addAll(in.mentions());
            reports.addAll(in.reports());
        }
        return Resolution.of(mentions, reports, decisions.get());
    }

    /**
     * Moves, in every article graph other than those just written, the person and event nodes whose
     * canonical node changed. A graph where one node held two keys that now part is extracted again from
     * the article it stores, since a renamed graph no longer tells which quads came with which key.
     * Returns the graphs renamed and those rebuilt.
     */
    private int[] renameMoved(DatasetGraph dsg, Resolution before, Set<String> fresh) {
        Set<String> touched = new HashSet<>();
        Set<String> keys = new HashSet<>(before.persons().canonical().keySet());
        keys.addAll(resolution.persons().canonical().keySet());
        for (String k : keys)
            if (!before.persons().of(k).equals(resolution.persons().of(k))) touched.addAll(articlesOfKey.getOrDefault(k, Set.of()));
        Set<String> reportKeys = new HashSet<>(before.events().canonical().keySet());
        reportKeys.addAll(resolution.events().canonical().keySet());
        for (String k : reportKeys)
            if (!before.events().of(k).equals(resolution.events().of(k))) touched.add(k.substring(0, k.lastIndexOf('/')));
        touched.removeAll(fresh);
        int renamed = 0, rebuilt = 0;
        for (String id : touched) {
            Inputs in = articles.get(id);
            if (in == null) continue;
            Map<Node, Set<Node>> moves = new HashMap<>();
            for (PersonMention p : in.mentions())
                moves.computeIfAbsent(Iris.person(before.persons().of(p.key())), x -> new HashSet<>()).add(Iris.person(resolution.persons().of(p.key())));
            for (Report r : in.reports())
                moves.computeIfAbsent(Iris.eventByKey(before.events().of(r.key())), x -> new HashSet<>()).add(Iris.eventByKey(resolution.events().of(r.key())));
            if (moves.values().stream().anyMatch(to -> to.size() > 1)) {
                rebuild(dsg, id, in.graph());
                rebuilt++;
            } else if (move(dsg, in.graph(), moves)) {
                renamed++;
            }
        }
        return new int[] {renamed, rebuilt};
    }

    /** Renames every node of {@code moves} at once (so that two nodes may trade names); whether any moved. */
    private static boolean move(DatasetGraph dsg, Node g, Map<Node, Set<Node>> moves) {
        Map<Node, Node> to = new HashMap<>();
        moves.forEach((from, targets) -> {
            Node t = targets.iterator().next();
            if (!t.equals(from)) to.put(from, t);
        });
        if (to.isEmpty()) return false;
        Set<Quad> old = new LinkedHashSet<>();
        for (Node from : to.keySet()) {
            dsg.find(g, from, Node.ANY, Node.ANY).forEachRemaining(old::add);
            dsg.find(g, Node.ANY, Node.ANY, from).forEachRemaining(old::add);
        }
        List<Quad> now = new ArrayList<>();
        for (Quad q : old)
            now.add(Quad.create(g, to.getOrDefault(q.getSubject(), q.getSubject()), q.getPredicate(), to.getOrDefault(q.getObject(), q.getObject())));
        old.forEach(dsg::delete);
        now.forEach(dsg::add);
        return true;
    }

    /** Writes an article's graph again from the article it stores, extracted afresh and renamed as now resolved. */
    private void rebuild(DatasetGraph dsg, String id, Node g) {
        Node body = Facts.one(dsg, g, g, Vocab.SCHEMA_BODY);
        Node lang = Facts.one(dsg, g, g, Vocab.SCHEMA_LANGUAGE);
        Node url = Facts.one(dsg, g, g, Vocab.SCHEMA_URL);
        Node date = Facts.one(dsg, g, g, Vocab.SCHEMA_DATE_PUBLISHED);
        Node outlet = Facts.one(dsg, g, g, Vocab.SCHEMA_PUBLISHER);
        Node outletName = outlet == null ? null : Facts.one(dsg, g, outlet, Vocab.LABEL);
        Article a = new Article(id, url == null ? null : url.getURI(), outletName == null ? null : outletName.getLiteralLexicalForm(),
                date == null ? null : LocalDate.parse(date.getLiteralLexicalForm()), lang.getLiteralLexicalForm(),
                body.getLiteralLexicalForm(), g.getURI());
        if (extractor == null) extractor = new Extractor();
        Set<Quad> quads = new LinkedHashSet<>();
        ArticleGraph.write(extractor.extract(a), new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }
        });
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        for (Quad q : new Renaming(resolution).apply(new ArrayList<>(quads))) dsg.add(q);
    }

    /**
     * Derives the entities, timeline and stats graphs in memory and writes, for the subjects whose quads
     * differ from what the store holds, the quads that differ. The derivation gives a subject's quads one
     * after another (a row, a cell), so one pass both takes each subject's fingerprint and keeps the quads
     * of those whose fingerprint changed; the whole derivation is never held at once. A subject whose
     * quads came in more than one run is derived again, alone, if it changed. Returns the subjects written.
     */
    private int rederive(DatasetGraph dsg) {
        Facts all = new Facts();
        for (Inputs in : articles.values()) all.addAll(in.facts());
        Runs runs = new Runs();
        Resolver.derive(all, resolution, runs);
        runs.flush();
        Set<Subject> changed = new HashSet<>();
        runs.now.forEach((s, h) -> {
            if (!h.equals(derived.get(s))) changed.add(s);
        });
        for (Subject s : derived.keySet()) if (!runs.now.containsKey(s)) changed.add(s);
        if (changed.isEmpty()) return 0;
        Map<Subject, Set<Quad>> wanted = new HashMap<>();
        for (Subject s : changed) wanted.put(s, runs.split.contains(s) ? new HashSet<>() : runs.kept.getOrDefault(s, new HashSet<>()));
        if (changed.stream().anyMatch(runs.split::contains))
            // the derivation only reads the facts: the same merge serves a second pass
            Resolver.derive(all, resolution, q -> {
                Subject s = new Subject(q.getGraph(), q.getSubject());
                if (runs.split.contains(s) && changed.contains(s)) wanted.get(s).add(q);
            });
        wanted.forEach((s, quads) -> {
            List<Quad> stale = new ArrayList<>();
            dsg.find(s.graph(), s.node(), Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!quads.remove(q)) stale.add(q);
            });
            stale.forEach(dsg::delete);
            quads.forEach(dsg::add);
        });
        derived.clear();
        derived.putAll(runs.now);
        return changed.size();
    }

    /** The derivation's quads as runs of one subject: each subject's fingerprint, and the quads of runs that changed. */
    private final class Runs implements java.util.function.Consumer<Quad> {
        final Map<Subject, Long> now = new HashMap<>();
        final Map<Subject, Set<Quad>> kept = new HashMap<>();
        final Set<Subject> split = new HashSet<>();
        private Node graph, subject;
        private long sum;
        private final List<Quad> run = new ArrayList<>();

        @Override
        public void accept(Quad q) {
            if (!same(q.getSubject(), subject) || !same(q.getGraph(), graph)) {
                flush();
                graph = q.getGraph();
                subject = q.getSubject();
            }
            sum += hash(q);
            run.add(q);
        }

        private static boolean same(Node a, Node b) {
            return a == b || a.equals(b);
        }

        void flush() {
            if (subject == null) return;
            Subject s = new Subject(graph, subject);
            if (now.containsKey(s)) split.add(s);
            now.merge(s, sum, Long::sum);
            if (!Long.valueOf(sum).equals(derived.get(s))) kept.computeIfAbsent(s, x -> new HashSet<>()).addAll(run);
            run.clear();
            sum = 0;
            subject = null;
        }
    }

    /** A quad's share of its subject's fingerprint: 64 bits of its predicate and object, summed per subject. */
    private static long hash(Quad q) {
        long h = hash(0xcbf29ce484222325L, q.getPredicate());
        h = hash(h * 31, q.getObject());
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }

    /** FNV-1a over the node's text (a literal's form, language and datatype), without building a string. */
    private static long hash(long h, Node n) {
        if (n.isURI()) return fnv(h, n.getURI());
        if (!n.isLiteral()) return fnv(h, n.toString());
        return fnv(fnv(fnv(h, n.getLiteralLexicalForm()) ^ 1, n.getLiteralLanguage()) ^ 2, n.getLiteralDatatypeURI());
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
