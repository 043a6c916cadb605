package org.itkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.Quad;
import org.itkg.article.Article;
import org.itkg.article.ArticleReader;
import org.itkg.article.ArticleSink;
import org.itkg.extract.Extractor;
import org.itkg.graph.ArticleGraph;
import org.itkg.resolve.Decisions;

/**
 * Reads articles, extracts them and writes each article's graph into the store, a batch of articles
 * per write transaction (every TDB2 write transaction grows the files, so fewer is better). An article
 * that fails to read or extract is reported and left out; it never reaches the store half-written.
 */
public final class Loader {
    /** What a load did. */
    public record Summary(long articles, long quads, long failures, double seconds, Resolver.Summary resolved) {}

    /** A failure to report: the file (and line) and the reason. */
    public record Failure(String origin, String reason) {}

    public static final int DEFAULT_BATCH = 200;

    /** Where the article graphs go: the local store, or a remote Fuseki over the Graph Store Protocol. */
    interface Target {
        void start();

        /** Writes a batch of complete article graphs; the articles that could not be written, with the reason. */
        List<Failure> write(List<ArticleQuads> batch);

        /** Whether each article's {@link Sightings} are to be read as it is prepared, for {@link #finish}. */
        default boolean resolvesFromStream() {
            return false;
        }

        /** What is done once every article is written; null when nothing is. */
        Resolver.Summary finish();

        /** Undoes what can be undone after a failure that stops the load. */
        default void abandon(RuntimeException cause) {}
    }

    private final Target target;
    private final Extractor extractor = new Extractor();
    private final int batchSize;
    private final Consumer<Failure> onFailure;
    private final Consumer<Long> onProgress;
    private Path decisions;

    public Loader(Store store, int batchSize, Consumer<Failure> onFailure, Consumer<Long> onProgress) {
        this(null, batchSize, onFailure, onProgress, store);
    }

    /**
     * A loader into a remote Fuseki dataset ({@code http://host:3030/itkg}): one Graph Store PUT per article
     * graph to {@code DATASET/data}, with HTTP basic authentication. A PUT replaces the graph, so loading
     * twice changes nothing.
     */
    public static Loader remote(java.net.URI dataset, String user, String password, int batchSize,
                                Consumer<Failure> onFailure, Consumer<Long> onProgress) {
        return new Loader(new RemoteTarget(dataset, user, password), batchSize, onFailure, onProgress, null);
    }

    private Loader(Target target, int batchSize, Consumer<Failure> onFailure, Consumer<Long> onProgress, Store store) {
        this.target = target != null ? target : new LocalTarget(store, () -> Decisions.read(decisions));
        this.batchSize = batchSize;
        this.onFailure = onFailure;
        this.onProgress = onProgress;
        this.decisions = store == null ? null : store.decisionsFile();
    }

    /** Reads the analyst's verdicts on uncertain pairs from {@code file} instead of the store's default file. */
    public Loader decisions(Path file) {
        this.decisions = file;
        return this;
    }

    public Summary load(List<Path> paths) {
        long t0 = System.nanoTime();
        long[] counts = new long[3]; // articles, quads, failures
        List<ArticleQuads> batch = new ArrayList<>();
        target.start();
        try (Pipeline pipeline = new Pipeline(paths)) {
            for (Prepared p = pipeline.next(); p != null; p = pipeline.next()) {
                if (p.failure() != null) {
                    counts[2]++;
                    onFailure.accept(p.failure());
                    continue;
                }
                batch.add(p.quads());
                if (batch.size() >= batchSize) flush(batch, counts);
            }
        } catch (RuntimeException e) {
            target.abandon(e);
            throw e;
        }
        if (!batch.isEmpty()) flush(batch, counts);
        Resolver.Summary resolved = target.finish();
        return new Summary(counts[0], counts[1], counts[2], (System.nanoTime() - t0) / 1e9, resolved);
    }

    /** An article ready to write, or why it cannot be written. */
    private record Prepared(ArticleQuads quads, Failure failure) {}

    private static final Prepared END = new Prepared(null, null);

    /**
     * Reads articles on one thread, extracts and validates them on every core, and hands them to the
     * writer in the order they were read, so that writing overlaps extraction and a later copy of an
     * article still replaces an earlier one. The queue is bounded: memory does not grow with the input.
     */
    private final class Pipeline implements AutoCloseable {
        private final int workers = Runtime.getRuntime().availableProcessors();
        private final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "itkg-extract");
            t.setDaemon(true);
            return t;
        });
        private final java.util.concurrent.BlockingQueue<java.util.concurrent.Future<Prepared>> queue =
                new java.util.concurrent.ArrayBlockingQueue<>(workers * 64);
        private final Thread reader;
        private volatile RuntimeException readerFailed;

        Pipeline(List<Path> paths) {
            reader = new Thread(() -> {
                try {
                    ArticleReader.read(paths, new ArticleSink() {
                        @Override
                        public void article(Article a) {
                            put(pool.submit(() -> prepare(a)));
                        }

                        @Override
                        public void failure(String origin, String reason) {
                            put(java.util.concurrent.CompletableFuture.completedFuture(new Prepared(null, new Failure(origin, reason))));
                        }
                    });
                } catch (RuntimeException e) {
                    readerFailed = e;
                } finally {
                    put(java.util.concurrent.CompletableFuture.completedFuture(END));
                }
            }, "itkg-read");
            reader.setDaemon(true);
            reader.start();
        }

        private void put(java.util.concurrent.Future<Prepared> f) {
            try {
                queue.put(f);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading articles", e);
            }
        }

        /** The next article in reading order; null after the last. */
        Prepared next() {
            try {
                Prepared p = queue.take().get();
                if (p != END) return p;
                if (readerFailed != null) throw readerFailed;
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            reader.interrupt();
            pool.shutdownNow();
        }
    }

    private Prepared prepare(Article a) {
        ArticleQuads q;
        try {
            q = quads(a);
        } catch (RuntimeException e) {
            return new Prepared(null, new Failure(a.origin(), "extraction failed: " + e));
        }
        String invalid = Validation.check(q.quads());
        if (invalid != null) return new Prepared(null, new Failure(a.origin(), "graph does not fit ontology/shapes.ttl: " + invalid));
        if (target.resolvesFromStream()) q = new ArticleQuads(q.id(), q.graph(), q.quads(), q.origin(), Sightings.of(q.quads()));
        return new Prepared(q, null);
    }

    private void flush(List<ArticleQuads> batch, long[] counts) {
        java.util.Set<String> failed = new java.util.HashSet<>();
        for (Failure f : target.write(batch)) {
            failed.add(f.origin());
            counts[2]++;
            onFailure.accept(f);
        }
        for (ArticleQuads q : batch) {
            if (failed.contains(q.origin())) continue;
            counts[0]++;
            counts[1] += q.quads().size();
        }
        batch.clear();
        onProgress.accept(counts[0]);
    }

    /** An article's complete graph, in memory, deduplicated: nothing is written until all of it is built. */
    ArticleQuads quads(Article a) {
        List<Quad> quads = new ArrayList<>();
        java.util.Set<Quad> seen = new java.util.HashSet<>();
        ArticleGraph.write(extractor.extract(a), new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                if (seen.add(q)) quads.add(q);
            }
        });
        return new ArticleQuads(a.id(), ArticleGraph.graphOf(a.id()), quads, a.origin(), null);
    }
}
