package org.itkg.store;

import java.util.List;
import java.util.function.Supplier;
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
        boolean fresh = bulk != null;
        if (fresh) {
            bulk.finish();
            bulk = null;
        }
        // redone over the whole store, so that the order articles arrive in does not matter
        if (!fresh) return Resolver.run(store, decisions.get());
        Sightings all = seen;
        seen = null;
        return Resolver.runThenBulk(store, all, decisions.get());
    }

    @Override
    public void abandon(RuntimeException cause) {
        if (bulk != null) bulk.abandon(cause);
        bulk = null;
        seen = null;
    }
}
