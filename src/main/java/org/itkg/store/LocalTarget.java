package org.itkg.store;

import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.itkg.extract.Extraction;
import org.itkg.resolve.Decisions;
import org.itkg.resolve.Maintenance;
import org.itkg.resolve.Facts;
import org.itkg.resolve.Renaming;
import org.itkg.resolve.Resolver;
import org.itkg.resolve.PersonMention;
import org.itkg.resolve.Report;
import org.itkg.resolve.Resolution;

/**
 * Writes article graphs into the local store. Into a store that holds no article yet, the graphs stream
 * through Jena's parallel bulk loader, which builds the indexes far faster than transactions do; there is
 * nothing to replace (and the reader refuses a second article with an id already read), so nothing is
 * lost by skipping the deletes. Into a store that has articles, each batch is one write transaction of
 * {@link Maintenance}: the batch's graphs, and only what they change of the rest.
 */
final class LocalTarget implements Loader.Target {
    private final Store store;
    private final Supplier<Decisions> decisions;
    private Store.Bulk bulk;
    /** On a bulk load: the resolution of the articles, made before they are written, and their facts as they are. */
    private Resolution resolution;
    private Renaming renaming;
    private Facts facts;
    /** On a load into a store that has articles: what keeps it resolved. */
    private Maintenance maintenance;

    LocalTarget(Store store, Supplier<Decisions> decisions) {
        this.store = store;
        this.decisions = decisions;
    }

    @Override
    public void start() {
        store.loadOntology();
        if (!store.hasArticles()) {
            // what an earlier resolution left (an entities graph with only links) is derived again below
            Txn.executeWrite(store.dataset(), () -> {
                for (Node g : Resolver.DERIVED) store.dataset().deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            });
            bulk = store.bulk();
            facts = new Facts();
        } else {
            maintenance = store.maintenance(decisions);
        }
    }

    /**
     * A bulk load resolves first: renaming nodes in the store after it costs a millisecond a node in one
     * long write transaction, tens of thousands of nodes for a large corpus; renaming them in memory, as
     * the articles are prepared, costs nothing beside a second extraction on every core.
     */
    @Override
    public boolean resolvesFirst() {
        return bulk != null;
    }

    @Override
    public void resolve(List<PersonMention> mentions, List<Report> reports) {
        resolution = Resolution.of(mentions, reports, decisions.get());
        renaming = new Renaming(resolution);
    }

    @Override
    public ArticleQuads prepare(ArticleQuads a, Extraction x, org.apache.jena.graph.Graph inMemory) {
        // what the resolution needs is read by key before any renaming, as from a store not yet resolved
        Maintenance.Inputs in = Maintenance.Inputs.of(x, a.graph(), inMemory);
        return new ArticleQuads(a.id(), a.graph(), renaming == null ? a.quads() : renaming.apply(a.quads()), a.origin(), in);
    }

    @Override
    public List<Loader.Failure> write(List<ArticleQuads> batch) {
        if (bulk == null) {
            store.change(maintenance, batch, List.of());
            return List.of();
        }
        for (ArticleQuads a : batch) {
            bulk.add(a);
            facts.addAll(a.inputs().facts());
        }
        return List.of();
    }

    @Override
    public Resolver.Summary finish(boolean asResolved) {
        if (bulk == null) return maintenance == null ? null : maintenance.summary();
        Store.Bulk open = bulk;
        bulk = null;
        if (asResolved) {
            long t0 = System.nanoTime();
            try {
                Resolver.derive(facts, resolution, open::add);
            } catch (RuntimeException e) {
                open.abandon(e);
                throw e;
            }
            open.finish();
            return Resolver.afterBulk(store.dataset(), resolution, renaming.renamed(), (System.nanoTime() - t0) / 1e9);
        }
        // an article changed between the two readings, or failed in the second: resolve what was written
        open.finish();
        return Resolver.run(store.dataset(), decisions.get());
    }

    @Override
    public void abandon(RuntimeException cause) {
        if (bulk != null) bulk.abandon(cause);
        bulk = null;
    }
}
