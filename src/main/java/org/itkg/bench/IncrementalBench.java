package org.itkg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.itkg.article.Article;
import org.itkg.server.ItkgServer;
import org.itkg.store.Ingest;
import org.itkg.store.Store;

/**
 * Adding to and removing from a loaded store through a running server, as analysts do day to day: single
 * posts (each checked on the timeline graph when its answer comes), one post of many, single removals,
 * readers' latency while posts go on, and the growth of the files.
 */
final class IncrementalBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("bench:bench".getBytes(StandardCharsets.UTF_8));
    private static final int READERS = 20;

    /** Fewer than 50 single posts, 1,000 in one, 20 removals and 20 s of reading only on a store smaller than that (the suite's run). */
    private final int SINGLES, LOADS, MANY, REMOVALS, READ_SECONDS;
    private final long n;
    private final Path work;
    private final Map<String, String> figures;
    private final Consumer<String> log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ArticleGenerator gen = new ArticleGenerator(1);
    private String base;

    IncrementalBench(long n, Path work, Map<String, String> figures, Consumer<String> log) {
        this.n = n;
        this.SINGLES = (int) Math.min(50, n);
        this.LOADS = (int) Math.min(10, n);
        this.MANY = (int) Math.min(1_000, n);
        this.REMOVALS = Math.min(20, SINGLES);
        this.READ_SECONDS = n < 1_000 ? 3 : 20;
        this.work = work;
        this.figures = figures;
        this.log = log;
    }

    void run(Path db) throws Exception {
        Path pw = work.resolve("bench-passwords");
        Files.writeString(pw, "bench: bench\n");
        try (Store store = Store.open(db)) {
            Ingest ingest = new Ingest(store);
            long t = System.nanoTime();
            ingest.warm();
            figures.put("incremental: reading the store's picture (once per server)", String.format("%.1f s", (System.nanoTime() - t) / 1e9));
            ItkgServer server = ItkgServer.start(store.dataset(), new ItkgServer.Settings("127.0.0.1", 0, pw, 30_000, null, 10_000, 64L << 20), ingest);
            try {
                base = "http://127.0.0.1:" + server.port();
                long before = store.sizeOnDisk();
                singles(n);
                loads(n + SINGLES);
                long after = store.sizeOnDisk();
                figures.put("incremental: TDB2 growth per single post", String.format("%,d bytes (%,d → %,d bytes over %d posts)",
                        (after - before) / (SINGLES + LOADS), before, after, SINGLES + LOADS));
                Ingest.Compaction c = ingest.compact();
                figures.put("incremental: compaction after them (queries go on, posts wait)", String.format("%.1f s, %,d → %,d bytes", c.seconds(), c.before(), c.after()));
                many(n + SINGLES + LOADS);
                removals(n);
                readers(n + SINGLES + LOADS + MANY);
            } finally {
                server.stop();
            }
        }
    }

    private void singles(long from) throws Exception {
        long[] ms = new long[SINGLES];
        int visible = 0;
        for (int i = 0; i < SINGLES; i++) {
            long t = System.nanoTime();
            JsonNode answer = post(List.of(gen.article(from + i)));
            ms[i] = (System.nanoTime() - t) / 1_000_000;
            JsonNode events = answer.get("articles").get(0).get("events");
            if (events.size() > 0 && onTimeline(events.get(0).get("iri").asText())) visible++;
        }
        figures.put("incremental: one article by POST /api/articles", percentiles(ms) + String.format(", %d of %d on the timeline when the answer came", visible, SINGLES));
        log.accept("singles: " + figures.get("incremental: one article by POST /api/articles"));
    }

    /**
     * Single articles as {@code itkg load --endpoint} sends them (one file, one call), in this process: the
     * command adds the start of a JVM, which the README gives apart.
     */
    private void loads(long from) throws Exception {
        long[] ms = new long[LOADS];
        org.itkg.store.RemoteIngest remote = new org.itkg.store.RemoteIngest(URI.create(base + "/itkg"), "bench", "bench");
        Path dir = Files.createDirectories(work.resolve("bench-loads"));
        for (int i = 0; i < LOADS; i++) {
            Path file = dir.resolve("a" + i + ".txt");
            Files.writeString(file, ArticleGenerator.asText(gen.article(from + i)));
            long t = System.nanoTime();
            org.itkg.store.RemoteIngest.Summary s = remote.post(List.of(file), 1, f -> log.accept("load: " + f), x -> {});
            ms[i] = (System.nanoTime() - t) / 1_000_000;
            if (s.articles() != 1 || s.noApi()) throw new IllegalStateException("itkg load --endpoint: " + s);
        }
        figures.put("incremental: one article by itkg load --endpoint (in this JVM)", percentiles(ms));
    }

    private void many(long from) throws Exception {
        List<Article> batch = new ArrayList<>();
        for (int i = 0; i < MANY; i++) batch.add(gen.article(from + i));
        long t = System.nanoTime();
        JsonNode answer = post(batch);
        figures.put(String.format("incremental: %,d articles in one POST", MANY), String.format("%.1f s (%d written)", (System.nanoTime() - t) / 1e9, answer.get("articles").size()));
    }

    private void removals(long from) throws Exception {
        long[] ms = new long[REMOVALS];
        for (int i = 0; i < REMOVALS; i++) {
            String id = gen.article(from + i).id();
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8)))
                    .header("Authorization", AUTH).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            ms[i] = (System.nanoTime() - t) / 1_000_000;
            if (r.statusCode() != 200) throw new IllegalStateException("removal of " + id + ": HTTP " + r.statusCode() + " " + r.body());
        }
        figures.put("incremental: one article removed by DELETE /api/articles", percentiles(ms));
    }

    /**
     * The timeline query from {@value #READERS} readers for {@code READ_SECONDS} s, on an idle server and
     * while articles are posted, one a second (or one after another when a post takes longer).
     */
    private void readers(long from) throws Exception {
        long[] idle = reads();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger posted = new java.util.concurrent.atomic.AtomicInteger();
        Thread poster = new Thread(() -> {
            for (long i = from; !stop.get(); i++) {
                try {
                    long t = System.nanoTime();
                    post(List.of(gen.article(i)));
                    posted.incrementAndGet();
                    Thread.sleep(Math.max(0, 1000 - (System.nanoTime() - t) / 1_000_000));
                } catch (Exception e) {
                    log.accept("poster: " + e.getMessage());
                    return;
                }
            }
        }, "bench-poster");
        poster.start();
        long[] busy;
        try {
            busy = reads();
        } finally {
            // the post under way is let finish: the store closes only once no write is open
            stop.set(true);
            poster.join();
        }
        figures.put("incremental: timeline from " + READERS + " readers, idle → while posting", String.format("p95 %d ms → %d ms (%.2f×; %d posts meanwhile)",
                p95(idle), p95(busy), (double) p95(busy) / Math.max(1, p95(idle)), posted.get()));
    }


    private long[] reads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        List<Future<List<Long>>> runs = new ArrayList<>();
        URI timeline = URI.create(base + "/api/queries/timeline");
        long end = System.nanoTime() + READ_SECONDS * 1_000_000_000L;
        for (int r = 0; r < READERS; r++)
            runs.add(pool.submit(() -> {
                List<Long> ms = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    http.send(HttpRequest.newBuilder(timeline).build(), HttpResponse.BodyHandlers.discarding());
                    ms.add((System.nanoTime() - t) / 1_000_000);
                }
                return ms;
            }));
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : runs) all.addAll(f.get());
        pool.shutdown();
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    private JsonNode post(List<Article> articles) throws Exception {
        StringBuilder body = new StringBuilder();
        for (Article a : articles) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", a.id()).put("url", a.url()).put("outlet", a.outlet()).put("date", a.date().toString()).put("lang", a.lang()).put("text", a.body());
            body.append(o).append('\n');
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles")).header("Authorization", AUTH)
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("POST /api/articles: HTTP " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    private boolean onTimeline(String event) throws Exception {
        String q = "ASK { GRAPH <https://w3id.org/itkg/graph/timeline> { <" + event + "> ?p ?o } }";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/itkg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        return r.body().contains("true");
    }

    private static String percentiles(long[] ms) {
        long[] s = ms.clone();
        Arrays.sort(s);
        return String.format("p50 %,d ms, max %,d ms (%d runs)", s[s.length / 2], s[s.length - 1], s.length);
    }

    private static long p95(long[] ms) {
        long[] s = ms.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(s.length * 0.95) - 1];
    }
}
