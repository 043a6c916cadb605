package org.itkg.store;

import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.itkg.resolve.Decisions;

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
    /** What the resolution needs of the articles a bulk load has written, gathered as they stream in. */
    private Sightings seen;

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
            seen = new Sightings();
        }
    }

    @Override
    public boolean resolvesFromStream() {
        return bulk != null;
    }

    @Override
    public List<Loader.Failure> write(List<ArticleQuads> batch) {
        if (bulk == null) {
            store.replaceGraphs(batch);
            return List.of();
        }
        for (ArticleQuads a : batch) {
            bulk.add(a);
            seen.addAll(a.seen());
        }
        return List.of();
    }

    @Override
    public Resolver.Summary finish() {
        // redone over the whole store, so that the order articles arrive in does not matter
        if (bulk == null) return Resolver.run(store, decisions.get());
        Store.Bulk open = bulk;
        Sightings all = seen;
        bulk = null;
        seen = null;
        return Resolver.runIntoBulk(store, open, all, decisions.get());
    }

    @Override
    public void abandon(RuntimeException cause) {
        if (bulk != null) bulk.abandon(cause);
        bulk = null;
        seen = null;
    }
}
