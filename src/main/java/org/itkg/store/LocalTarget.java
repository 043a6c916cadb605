package org.itkg.store;

import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.itkg.resolve.Decisions;
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
 * lost by skipping the deletes. Into a store that has articles, each batch replaces its graphs in one
 * write transaction.
 */
final class LocalTarget implements Loader.Target {
    private final Store store;
    private final Supplier<Decisions> decisions;
    private Store.Bulk bulk;
    /** On a bulk load: the resolution of the articles, made before they are written, and their facts as they are. */
    private Resolution resolution;
    private Renaming renaming;
    private Facts facts;

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
    public ArticleQuads prepare(ArticleQuads a, org.apache.jena.graph.Graph inMemory) {
        if (renaming == null) return a;
        // facts are read by key before the renaming, as from a store not yet resolved
        return new ArticleQuads(a.id(), a.graph(), renaming.apply(a.quads()), a.origin(), Facts.of(a.graph(), inMemory));
    }

    @Override
    public List<Loader.Failure> write(List<ArticleQuads> batch) {
        if (bulk == null) {
            store.replaceGraphs(batch);
            return List.of();
        }
        for (ArticleQuads a : batch) {
            bulk.add(a);
            facts.addAll(a.facts());
        }
        return List.of();
    }

    @Override
    public Resolver.Summary finish(boolean asResolved) {
        // redone over the whole store, so that the order articles arrive in does not matter
        if (bulk == null) return Resolver.run(store.dataset(), decisions.get());
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
