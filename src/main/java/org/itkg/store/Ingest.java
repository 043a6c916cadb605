package org.itkg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.sparql.core.Quad;
import org.itkg.article.Article;
import org.itkg.extract.Event;
import org.itkg.extract.Extraction;
import org.itkg.extract.Extractor;
import org.itkg.extract.Person;
import org.itkg.graph.Iris;
import org.itkg.resolve.Decisions;
import org.itkg.resolve.Maintenance;
import org.itkg.resolve.Resolution;

/**
 * Articles written into a live store a few at a time, as a server receives them: each call is one write
 * transaction through {@link Maintenance}, whose picture of the store is read once, on the first call (or
 * by {@link #warm}), and kept. Calls are serialised; queries go on meanwhile and see each call's articles
 * once it returns.
 */
public final class Ingest {
    /** One article written: its id and IRI, its persons and its events as the store now names them. */
    public record Written(String id, String iri, List<Named> persons, List<Told> events) {}

    public record Named(String name, String iri) {}

    public record Told(String type, String status, String date, String iri) {}

    /** What one call did: the articles written, those that were not and why, its seconds, and what it changed (null if nothing). */
    public record Outcome(List<Written> written, List<Loader.Failure> failures, double seconds, Maintenance.Change change, long offset) {}

    private final Store store;
    private final Supplier<Decisions> decisions;
    private final Extractor extractor = new Extractor();
    private Maintenance maintenance;
    private long lastWrite = System.nanoTime();
    private long compactedSize = -1;

    public Ingest(Store store) {
        this.store = store;
        this.decisions = () -> Decisions.read(store.decisionsFile());
    }

    /** Reads the store's picture now rather than on the first write. */
    public synchronized void warm() {
        maintenance();
    }

    private Maintenance maintenance() {
        if (maintenance == null || maintenance.stale()) {
            if (!store.hasOntology()) store.loadOntology();
            maintenance = store.maintenance(decisions);
        }
        return maintenance;
    }

    /** Extracts, checks and writes {@code articles} (each replacing the article of its id) in one transaction. */
    public synchronized Outcome add(List<Article> articles) {
        long t0 = System.nanoTime();
        List<Loader.Failure> failures = new ArrayList<>();
        List<ArticleQuads> ready = new ArrayList<>();
        List<Extraction> extractions = new ArrayList<>();
        for (Article a : articles) {
            try {
                Extraction x = extractor.extract(a);
                ArticleQuads q = Loader.quads(a, x);
                Graph g = GraphMemFactory.createDefaultGraph();
                for (Quad quad : q.quads()) g.add(quad.asTriple());
                String invalid = Validation.check(g);
                if (invalid != null) {
                    failures.add(new Loader.Failure(a.origin(), "graph does not fit ontology/shapes.ttl: " + invalid));
                    continue;
                }
                ready.add(new ArticleQuads(q.id(), q.graph(), q.quads(), q.origin(), Maintenance.Inputs.of(x, q.graph(), g)));
                extractions.add(x);
            } catch (RuntimeException e) {
                failures.add(new Loader.Failure(a.origin(), "extraction failed: " + e));
            }
        }
        List<Written> written = new ArrayList<>();
        Maintenance.Change change = null;
        if (!ready.isEmpty()) {
            change = store.change(maintenance(), ready, List.of());
            lastWrite = System.nanoTime();
            Resolution res = maintenance.resolution();
            for (Extraction x : extractions) written.add(written(x, res));
        }
        return new Outcome(written, failures, (System.nanoTime() - t0) / 1e9, change, change == null ? -1 : store.lastOffset());
    }

    /** Removes articles named by id or URL, with what they alone attested. */
    public synchronized Store.Removal remove(Collection<String> idsOrUrls) {
        Store.Removal r = store.remove(idsOrUrls, this::maintenance);
        if (r.change() != null) lastWrite = System.nanoTime();
        return r;
    }

    /** What a compaction did: the bytes on disk before and after, and its seconds. */
    public record Compaction(long before, long after, double seconds) {}

    /**
     * Compacts the store if no write has come for {@code idleSeconds} and its files have grown by
     * {@code growthBytes} since the last compaction (or since this was made): TDB2 copies on write, so
     * every transaction grows the files by megabytes, and only a compaction gives the space back. Posts
     * wait while it runs; queries go on. Null when it did not compact.
     */
    public synchronized Compaction compactIfIdle(long idleSeconds, long growthBytes) {
        long size = store.sizeOnDisk();
        if (compactedSize < 0) compactedSize = size;
        if (System.nanoTime() - lastWrite < idleSeconds * 1_000_000_000L || size - compactedSize < growthBytes) return null;
        return compact(size);
    }

    /** Compacts the store now. */
    public synchronized Compaction compact() {
        return compact(store.sizeOnDisk());
    }

    private Compaction compact(long before) {
        long t0 = System.nanoTime();
        store.compact();
        compactedSize = store.sizeOnDisk();
        return new Compaction(before, compactedSize, (System.nanoTime() - t0) / 1e9);
    }

    private static Written written(Extraction x, Resolution res) {
        String id = x.article().id();
        Set<Named> persons = new LinkedHashSet<>();
        for (Person p : x.persons())
            persons.add(new Named(p.name(), Iris.person(res.persons().of(Iris.personKey(p.knownId(), p.name()))).getURI()));
        List<Told> events = new ArrayList<>();
        int n = 0;
        for (Event e : x.events())
            events.add(new Told(e.type(), e.status(), e.date() == null ? null : e.date().toString(),
                    Iris.eventByKey(res.events().of(Iris.reportKey(id, n++))).getURI()));
        return new Written(id, Iris.article(id).getURI(), new ArrayList<>(persons), events);
    }
}
