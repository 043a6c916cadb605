package org.itkg.store;

import org.itkg.resolve.Resolver;
import org.itkg.resolve.Facts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.sparql.core.Quad;
import org.itkg.article.Article;
import org.itkg.article.ArticleReader;
import org.itkg.article.ArticleSink;
import org.itkg.extract.Extraction;
import org.itkg.extract.Extractor;
import org.itkg.graph.ArticleGraph;
import org.itkg.resolve.Decisions;
import org.itkg.resolve.PersonMention;
import org.itkg.resolve.Report;
import org.itkg.resolve.Resolution;

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

        /**
         * Whether the load is resolved before anything is written, from a first reading of the articles
         * ({@link #resolve}), so that each article's graph is written with its persons and events already
         * named as the resolution found ({@link #prepare}).
         */
        default boolean resolvesFirst() {
            return false;
        }

        /** The persons and events of every article the load is about to write, read from their extractions. */
        default void resolve(List<PersonMention> mentions, List<Report> reports) {}

        /**
         * An article's quads as they are to be written; called on the extraction threads. {@code inMemory}
         * holds the same quads (as triples of the article's graph), as validation read them, and {@code x}
         * is the extraction they were written from.
         */
        default ArticleQuads prepare(ArticleQuads article, Extraction x, Graph inMemory) {
            return article;
        }

        /** Writes a batch of complete article graphs; the articles that could not be written, with the reason. */
        List<Failure> write(List<ArticleQuads> batch);

        /**
         * What is done once every article is written; null when nothing is. {@code asResolved}: whether the
         * articles written are exactly those {@link #resolve} was given (none changed or failed in between).
         */
        Resolver.Summary finish(boolean asResolved);

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
        Survey survey = null;
        double surveySeconds = 0;
        try {
            if (target.resolvesFirst()) {
                survey = survey(paths);
                target.resolve(survey.mentions, survey.reports);
                survey.resolved();
                surveySeconds = (System.nanoTime() - t0) / 1e9;
            }
            try (Pipeline<Prepared> pipeline = new Pipeline<>(paths, this::prepare, Prepared::failed)) {
                for (Prepared p = pipeline.next(); p != null; p = pipeline.next()) {
                    if (p.failure() != null) {
                        counts[2]++;
                        onFailure.accept(p.failure());
                        continue;
                    }
                    if (survey != null) survey.written(p.quads().id(), p.fingerprint());
                    batch.add(p.quads());
                    if (batch.size() >= batchSize) flush(batch, counts);
                }
            }
            if (!batch.isEmpty()) flush(batch, counts);
        } catch (RuntimeException e) {
            target.abandon(e);
            throw e;
        }
        Resolver.Summary resolved = target.finish(survey == null || survey.allWrittenAsSurveyed());
        if (resolved != null) resolved = resolved.afterReading(surveySeconds);
        return new Summary(counts[0], counts[1], counts[2], (System.nanoTime() - t0) / 1e9, resolved);
    }

    /**
     * The first reading of a load that resolves before it writes: the persons and events of every article
     * that extracts, and a fingerprint of each article as read, against which the second reading checks
     * that it writes what was resolved (the extractor gives the same article the same graph, so an
     * unchanged article needs no second look at what it gave). Failures are left for the second reading
     * to report.
     */
    private Survey survey(List<Path> paths) {
        Survey s = new Survey();
        try (Pipeline<Surveyed> pipeline = new Pipeline<>(paths, this::surveyed, f -> null)) {
            for (Surveyed a = pipeline.next(); a != null; a = pipeline.next()) if (a != Surveyed.NONE) s.add(a);
        }
        return s;
    }

    private Surveyed surveyed(Article a) {
        try {
            return Surveyed.of(a, extractor.extract(a));
        } catch (RuntimeException e) {
            return Surveyed.NONE;
        }
    }

    /** One article's persons and events as the resolution weighs them, and the article's fingerprint. */
    private record Surveyed(String id, int fingerprint, List<PersonMention> mentions, List<Report> reports) {
        static final Surveyed NONE = new Surveyed(null, 0, List.of(), List.of());

        static Surveyed of(Article a, Extraction x) {
            return new Surveyed(a.id(), a.hashCode(), Resolution.mentions(x), Resolution.reports(x));
        }
    }

    /** What the first reading found, and which of its articles the second reading has written as they were. */
    private static final class Survey {
        final ArrayList<PersonMention> mentions = new ArrayList<>();
        final ArrayList<Report> reports = new ArrayList<>();
        private final java.util.Map<String, Integer> unwritten = new java.util.HashMap<>();
        private boolean changed;

        void add(Surveyed a) {
            mentions.addAll(a.mentions());
            reports.addAll(a.reports());
            unwritten.put(a.id(), a.fingerprint());
        }

        /** The resolution has what it needs of the mentions and reports: they need not stay for the rest of the load. */
        void resolved() {
            mentions.clear();
            reports.clear();
            mentions.trimToSize();
            reports.trimToSize();
        }

        void written(String id, int fingerprint) {
            Integer before = unwritten.remove(id);
            if (before == null || before != fingerprint) changed = true;
        }

        boolean allWrittenAsSurveyed() {
            return !changed && unwritten.isEmpty();
        }
    }

    /** An article ready to write (with the fingerprint of the article it came from), or why it cannot be written. */
    private record Prepared(ArticleQuads quads, int fingerprint, Failure failure) {
        static Prepared failed(Failure f) {
            return new Prepared(null, 0, f);
        }
    }

    /**
     * Reads articles on one thread, works on them on every core, and hands the results on in the order the
     * articles were read, so that writing overlaps extraction and a later copy of an article still replaces
     * an earlier one. The queue is bounded: memory does not grow with the input.
     */
    private static final class Pipeline<T> implements AutoCloseable {
        private static final Object END = new Object();
        private final int workers = Runtime.getRuntime().availableProcessors();
        private final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "itkg-extract");
            t.setDaemon(true);
            return t;
        });
        private final java.util.concurrent.BlockingQueue<java.util.concurrent.Future<?>> queue =
                new java.util.concurrent.ArrayBlockingQueue<>(workers * 64);
        private final Thread reader;
        private volatile RuntimeException readerFailed;

        /** {@code onFailure}: what an article that cannot be read becomes (null to skip it). */
        Pipeline(List<Path> paths, java.util.function.Function<Article, T> work, java.util.function.Function<Failure, T> onFailure) {
            reader = new Thread(() -> {
                try {
                    ArticleReader.read(paths, new ArticleSink() {
                        @Override
                        public void article(Article a) {
                            put(pool.submit(() -> work.apply(a)));
                        }

                        @Override
                        public void failure(String origin, String reason) {
                            T f = onFailure.apply(new Failure(origin, reason));
                            if (f != null) put(java.util.concurrent.CompletableFuture.completedFuture(f));
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

        private void put(java.util.concurrent.Future<?> f) {
            try {
                queue.put(f);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading articles", e);
            }
        }

        /** The next result in reading order; null after the last. */
        @SuppressWarnings("unchecked")
        T next() {
            try {
                Object p = queue.take().get();
                if (p != END) return (T) p;
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
        Extraction x;
        try {
            x = extractor.extract(a);
            q = quads(a, x);
        } catch (RuntimeException e) {
            return Prepared.failed(new Failure(a.origin(), "extraction failed: " + e));
        }
        // one in-memory copy of the graph serves validation and whatever the target reads of it; a graph,
        // not a dataset, which would bring a lock and a ThreadLocal with every article
        Graph inMemory = GraphMemFactory.createDefaultGraph();
        for (Quad quad : q.quads()) inMemory.add(quad.asTriple());
        String invalid = Validation.check(inMemory);
        if (invalid != null) return Prepared.failed(new Failure(a.origin(), "graph does not fit ontology/shapes.ttl: " + invalid));
        return new Prepared(target.prepare(q, x, inMemory), a.hashCode(), null);
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
        return quads(a, extractor.extract(a));
    }

    static ArticleQuads quads(Article a, Extraction x) {
        List<Quad> quads = new ArrayList<>();
        java.util.Set<Quad> seen = new java.util.HashSet<>();
        ArticleGraph.write(x, new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                if (seen.add(q)) quads.add(q);
            }
        });
        return new ArticleQuads(a.id(), ArticleGraph.graphOf(a.id()), quads, a.origin(), null);
    }
}
