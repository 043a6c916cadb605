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
import java.util.function.UnaryOperator;
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
 * reports by key, and its {@link Facts}, merged — and the derived graphs themselves as a {@link Digest},
 * read once from the store, so a change reads nothing back. On a change it resolves again in memory and
 * then writes: the articles' graphs; the person and event nodes whose canonical node moved, in the graphs
 * that hold them; and, in the entities, timeline and stats graphs, the subjects the change touched (its
 * events' rows, the rows ranked after them on their days, the cells they count in, its persons and events)
 * where their quads differ. The outcome is the store one load of the same articles into an empty store
 * gives (IncrementalTest). Not thread-safe: one writer at a time, which TDB2 enforces anyway.
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

    private final Map<String, Inputs> articles = new HashMap<>();
    /** The mentions and reports of every article, kept from one resolution to the next. */
    private final Entities entities = new Entities();
    private final Stories stories = new Stories();
    /** Article ids by the person keys of their mentions, which the renaming of moved nodes follows. */
    private final Map<String, Set<String>> articlesOfKey = new HashMap<>();
    /** Article ids by the person keys and places of their facts, from which merged facts are worked out again. */
    private final Map<String, Set<String>> articlesOfPerson = new HashMap<>();
    private final Map<Node, Set<String>> articlesAtPlace = new HashMap<>();
    /** Report keys by the person keys among their participants. */
    private final Map<String, Set<String>> reportsOfPerson = new HashMap<>();
    /** Every article's facts merged, and each person's by canonical node, as {@link Facts#people} gives them. */
    private final Facts facts = new Facts();
    private Map<Node, Facts.Person> people;
    private Digest digest;
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
     * The store's articles as the resolution sees them, and its derived graphs worked out again from them;
     * in the caller's transaction. The store must be resolved ({@link Resolver}), as every load leaves it.
     */
    public static Maintenance read(DatasetGraph dsg, Supplier<Decisions> decisions) {
        Maintenance m = new Maintenance(decisions);
        Sightings seen = Sightings.keysOf(dsg);
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
        Entities.Result persons = m.entities.run(decisions.get());
        List<Report> all = new ArrayList<>();
        for (Inputs in : m.articles.values()) all.addAll(in.reports());
        m.stories.load(all, persons);
        m.resolution = new Resolution(persons, m.stories.result());
        m.people = m.facts.people(m.resolution.persons()::of);
        m.digest = Digest.of(m.facts, m.people, m.resolution.persons()::of, m.resolution.events()::of);
        m.digest.index();
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

    /** What a change touched: person keys, report keys, and places with their merged facts before it. */
    private static final class Touched {
        final Set<String> persons = new HashSet<>(), reports = new HashSet<>();
        final Map<Node, Facts.Place> places = new HashMap<>();
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
        Touched touched = new Touched();
        Set<String> goneReports = new HashSet<>();
        List<Report> addedReports = new ArrayList<>();
        for (String id : removed) if (articles.containsKey(id)) for (Report r : articles.get(id).reports()) goneReports.add(r.key());
        for (Incoming a : added) {
            if (articles.containsKey(a.id())) for (Report r : articles.get(a.id()).reports()) goneReports.add(r.key());
            addedReports.addAll(a.inputs().reports());
        }
        Set<String> gone = new HashSet<>();
        for (String id : removed) if (remove(id, touched)) gone.add(id);
        Set<String> fresh = new HashSet<>();
        for (Incoming a : added) {
            remove(a.id(), touched);
            touch(a.inputs(), touched);
            put(a.id(), a.inputs());
            fresh.add(a.id());
        }
        for (String id : gone) dsg.deleteAny(Iris.article(id), Node.ANY, Node.ANY, Node.ANY);
        Entities.Result persons = entities.run(decisions.get());
        Set<String> movedPersons = moved(before.persons().canonical(), persons.canonical());
        // the events' outcome is kept and changed in place: what it was is what the change returns
        Map<String, String> previous = stories.change(goneReports, addedReports, persons, movedPersons);
        resolution = new Resolution(persons, stories.result());
        UnaryOperator<String> eventBefore = k -> previous.containsKey(k) ? (previous.get(k) == null ? k : previous.get(k)) : resolution.events().of(k);
        Set<String> movedReports = previous.keySet();
        Renaming renaming = new Renaming(resolution);
        for (Incoming a : added) {
            Node g = a.inputs().graph();
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            for (Quad q : renaming.apply(a.quads())) dsg.add(q);
        }
        int[] graphs = renameMoved(dsg, before, eventBefore, movedPersons, movedReports, fresh);
        Resolver.renameLinks(dsg, resolution);
        long t1 = System.nanoTime();
        int subjects = rederive(dsg, before, eventBefore, touched, movedPersons, movedReports);
        long t2 = System.nanoTime();
        resolveSeconds += (t1 - t0) / 1e9;
        deriveSeconds += (t2 - t1) / 1e9;
        renamedGraphs += graphs[0] + graphs[1];
        stale = false;
        return new Change(added.size(), gone.size(), graphs[0], graphs[1], subjects, (t2 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    /** The keys whose canonical key differs between two outcomes (a key in one only counts). */
    private static Set<String> moved(Map<String, String> before, Map<String, String> after) {
        Set<String> out = new HashSet<>();
        before.forEach((k, c) -> {
            if (!c.equals(after.get(k))) out.add(k);
        });
        after.forEach((k, c) -> {
            if (!before.containsKey(k)) out.add(k);
        });
        return out;
    }

    private void put(String id, Inputs in) {
        articles.put(id, in);
        for (PersonMention p : in.mentions()) entities.add(p);
        for (PersonMention p : in.mentions()) articlesOfKey.computeIfAbsent(p.key(), k -> new HashSet<>()).add(id);
        for (String k : in.facts().personKeys()) articlesOfPerson.computeIfAbsent(k, x -> new HashSet<>()).add(id);
        for (Node place : in.facts().places.keySet()) articlesAtPlace.computeIfAbsent(place, x -> new HashSet<>()).add(id);
        in.facts().eachReport(r -> {
            for (Object a : r.actors) if (a instanceof String k) reportsOfPerson.computeIfAbsent(k, x -> new HashSet<>()).add(r.key);
        });
        facts.addAll(in.facts());
    }

    /** Notes what an article's facts touch, and the merged facts of its places as they were. */
    private void touch(Inputs in, Touched t) {
        for (PersonMention p : in.mentions()) t.persons.add(p.key());
        t.persons.addAll(in.facts().personKeys());
        for (Report r : in.reports()) t.reports.add(r.key());
        t.reports.addAll(in.facts().reports.keySet());
        for (Node place : in.facts().places.keySet()) t.places.computeIfAbsent(place, p -> Facts.Place.copy(facts.places.get(p)));
    }

    private boolean remove(String id, Touched t) {
        Inputs in = articles.get(id);
        if (in == null) return false;
        touch(in, t);
        articles.remove(id);
        for (PersonMention p : in.mentions()) entities.remove(p);
        for (PersonMention p : in.mentions()) drop(articlesOfKey, p.key(), id);
        for (String k : in.facts().personKeys()) drop(articlesOfPerson, k, id);
        for (Node place : in.facts().places.keySet()) drop(articlesAtPlace, place, id);
        in.facts().eachReport(r -> {
            for (Object a : r.actors) if (a instanceof String k) drop(reportsOfPerson, k, r.key);
        });
        facts.remove(in.facts(), in.graph(), k -> factsOf(articlesOfPerson.get(k)), p -> factsOf(articlesAtPlace.get(p)));
        return true;
    }

    private static <K> void drop(Map<K, Set<String>> index, K key, String value) {
        Set<String> ids = index.get(key);
        if (ids != null && ids.remove(value) && ids.isEmpty()) index.remove(key);
    }

    private List<Facts> factsOf(Set<String> ids) {
        List<Facts> out = new ArrayList<>();
        if (ids != null) for (String id : ids) out.add(articles.get(id).facts());
        return out;
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
    private int[] renameMoved(DatasetGraph dsg, Resolution before, UnaryOperator<String> eventBefore, Set<String> movedPersons, Set<String> movedReports, Set<String> fresh) {
        Set<String> touched = new HashSet<>();
        for (String k : movedPersons) touched.addAll(articlesOfKey.getOrDefault(k, Set.of()));
        for (String k : movedReports) touched.add(k.substring(0, k.lastIndexOf('/')));
        touched.removeAll(fresh);
        int renamed = 0, rebuilt = 0;
        for (String id : touched) {
            Inputs in = articles.get(id);
            if (in == null) continue;
            Map<Node, Set<Node>> moves = new HashMap<>();
            for (PersonMention p : in.mentions())
                moves.computeIfAbsent(Iris.person(before.persons().of(p.key())), x -> new HashSet<>()).add(Iris.person(resolution.persons().of(p.key())));
            for (Report r : in.reports())
                moves.computeIfAbsent(Iris.eventByKey(eventBefore.apply(r.key())), x -> new HashSet<>()).add(Iris.eventByKey(resolution.events().of(r.key())));
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
     * Works out again, in memory, what the change touched in the entities, timeline and stats graphs, and
     * writes the quads of each touched subject that differ from the store's. Returns the subjects written.
     */
    private int rederive(DatasetGraph dsg, Resolution before, UnaryOperator<String> eventBefore, Touched t, Set<String> movedPersons, Set<String> movedReports) {
        Resolution now = resolution;
        Set<String> personKeys = new HashSet<>(t.persons);
        personKeys.addAll(movedPersons);
        Set<String> canonical = new HashSet<>();
        for (String k : personKeys) {
            canonical.add(before.persons().of(k));
            canonical.add(now.persons().of(k));
        }
        personKeys.addAll(canonical);
        Set<String> events = new HashSet<>();
        Set<String> reportKeys = new HashSet<>(t.reports);
        reportKeys.addAll(movedReports);
        for (String k : movedPersons) reportKeys.addAll(reportsOfPerson.getOrDefault(k, Set.of()));
        for (String r : reportKeys) {
            events.add(eventBefore.apply(r));
            events.add(now.events().of(r));
        }
        for (String c : canonical) {
            Node n = Iris.person(c);
            Facts.Person merged = merged(c);
            if (Facts.Person.same(people.get(n), merged)) continue;
            if (merged == null) people.remove(n);
            else people.put(n, merged);
            digest.forgetPerson(n);
            events.addAll(digest.eventsOf(n));
        }
        t.places.forEach((place, was) -> {
            if (Facts.Place.same(was, facts.places.get(place))) return;
            digest.forgetPlace(place);
            events.addAll(digest.eventsAt(place));
        });
        digest.resolution(people, now.persons()::of, now.events()::of);
        Map<List<Node>, List<Quad>> wanted = new HashMap<>();
        for (List<Node> subject : digest.update(events, this::reportsOf)) {
            List<Quad> quads = new ArrayList<>();
            digest.emit(subject.get(0), subject.get(1), quads::add);
            wanted.put(subject, quads);
        }
        // office cells: those the store holds of each person touched, and those the facts now give
        Set<String> variants = new HashSet<>();
        for (String c : canonical) {
            variants.addAll(now.persons().variants().getOrDefault(c, Set.of()));
            dsg.find(Vocab.STATS_GRAPH, Node.ANY, Vocab.ORG_MEMBER, Iris.person(c))
                    .forEachRemaining(q -> wanted.putIfAbsent(List.of(Vocab.STATS_GRAPH, q.getSubject()), new ArrayList<>()));
        }
        digest.officeCells(variants).forEach((cell, quads) -> wanted.put(List.of(Vocab.STATS_GRAPH, cell), quads));
        for (String k : personKeys) entity(wanted, Iris.person(k), out -> Resolver.person(now, people, k, out));
        for (String k : reportKeys) entity(wanted, Iris.eventByKey(k), out -> Resolver.event(now, k, out));
        for (String k : events) entity(wanted, Iris.eventByKey(k), out -> Resolver.event(now, k, out));
        Set<Candidate> was = new HashSet<>(before.persons().candidates()), is = new HashSet<>(now.persons().candidates());
        Set<Candidate> candidates = new HashSet<>(was);
        candidates.addAll(is);
        was.retainAll(is);
        candidates.removeAll(was);
        for (Candidate c : candidates) wanted.put(List.of(Vocab.ENTITIES_GRAPH, Iris.candidate(c.left(), c.right())), new ArrayList<>());
        for (Candidate c : now.persons().candidates()) {
            List<Quad> quads = wanted.get(List.of(Vocab.ENTITIES_GRAPH, Iris.candidate(c.left(), c.right())));
            if (quads != null) Resolver.candidate(c, quads::add);
        }
        int written = 0;
        for (Map.Entry<List<Node>, List<Quad>> e : wanted.entrySet())
            if (write(dsg, e.getKey().get(0), e.getKey().get(1), e.getValue())) written++;
        return written;
    }

    /** A subject of the entities graph: what the resolution says of it, and its Wikidata link if the offline table has one. */
    private static void entity(Map<List<Node>, List<Quad>> wanted, Node subject, java.util.function.Consumer<java.util.function.Consumer<Quad>> quads) {
        List<Node> key = List.of(Vocab.ENTITIES_GRAPH, subject);
        if (wanted.containsKey(key)) return;
        List<Quad> out = new ArrayList<>();
        quads.accept(out::add);
        Resolver.link(subject, out::add);
        wanted.put(key, out);
    }

    /** The facts of every key of canonical person {@code c}, merged; null if none of its keys has any. */
    private Facts.Person merged(String c) {
        Facts.Person merged = null;
        for (String v : resolution.persons().variants().getOrDefault(c, Set.of())) {
            Facts.Person p = facts.persons.get(v);
            if (p != null) (merged == null ? merged = new Facts.Person() : merged).add(p);
        }
        return merged;
    }

    /** The report keys of the event whose canonical key is {@code c} (none if it is no event's). */
    private List<String> reportsOf(String c) {
        List<String> keys = resolution.events().reports().get(c);
        if (keys != null) return keys;
        return facts.reports.containsKey(c) && resolution.events().of(c).equals(c) ? List.of(c) : List.of();
    }

    /** Makes the store's quads of one subject those wanted; whether any differed. */
    private static boolean write(DatasetGraph dsg, Node g, Node subject, List<Quad> wanted) {
        Set<Quad> add = new HashSet<>(wanted);
        List<Quad> stale = new ArrayList<>();
        dsg.find(g, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!add.remove(q)) stale.add(q);
        });
        stale.forEach(dsg::delete);
        add.forEach(dsg::add);
        return !stale.isEmpty() || !add.isEmpty();
    }
}
