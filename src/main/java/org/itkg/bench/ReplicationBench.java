package org.itkg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.itkg.article.Article;
import org.itkg.replication.Broker;
import org.itkg.replication.Follower;
import org.itkg.replication.Topic;
import org.itkg.replication.Writer;
import org.itkg.server.ItkgServer;
import org.itkg.store.Ingest;
import org.itkg.store.Loader;
import org.itkg.store.Store;

/**
 * The change log measured on one machine, in one process: a broker, a writer over a store of N generated
 * articles and R replicas. It measures how far replicas trail the writer while one article a second is
 * posted, how fast a new replica catches up from the whole log against the writer's own rate, what the
 * log adds to a post, and how many saved queries one server answers a second under 20 readers.
 */
public final class ReplicationBench {
    private static final int POSTS = 30, READERS = 20, READ_SECONDS = 20;

    private final long n;
    private final int replicas;
    private final Path work;
    private final Consumer<String> log;
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final ArticleGenerator gen = new ArticleGenerator(1);

    public ReplicationBench(long n, int replicas, Path work, Consumer<String> log) {
        this.n = n;
        this.replicas = replicas;
        this.work = work;
        this.log = log;
    }

    /** Runs every measure and returns the Markdown section. */
    public String run() throws Exception {
        Path articles = Files.createDirectories(work.resolve("rep-articles"));
        for (long i = 0; i < n; i++) Files.writeString(articles.resolve(String.format("g%07d.txt", i)), ArticleGenerator.asText(gen.article(i)));
        Path seed = work.resolve("rep-seed");
        try (Store s = Store.open(seed)) {
            new Loader(s, 200, f -> log.accept("load: " + f), x -> {}).load(List.of(articles));
        }
        long next = n;
        try (Broker broker = Broker.start(work.resolve("rep-kafka"), port(), port())) {
            // a post without the log, on a copy of the same store
            copy(seed, work.resolve("rep-alone"));
            long[] alone;
            try (Store s = Store.open(work.resolve("rep-alone"))) {
                Ingest ingest = new Ingest(s);
                ingest.warm();
                posts(ingest, next + 10 * POSTS, 10); // the first posts of a process are the JIT's
                alone = posts(ingest, next, POSTS);
            }
            Topic topic = new Topic(broker.bootstrap(), "bench");
            copy(seed, work.resolve("rep-writer"));
            try (Store ws = Store.open(work.resolve("rep-writer")); Writer writer = Writer.open(topic)) {
                long t = System.nanoTime();
                writer.seed(ws.dataset());
                double seedSeconds = (System.nanoTime() - t) / 1e9;
                ws.publishTo(writer);
                Ingest ingest = new Ingest(ws);
                ingest.warm();
                List<Store> stores = new ArrayList<>();
                List<Follower> followers = new ArrayList<>();
                try {
                    for (int r = 0; r < replicas; r++) {
                        Store rs = Store.open(work.resolve("rep-replica" + r));
                        stores.add(rs);
                        followers.add(new Follower(topic, rs.dataset()).start(e -> log.accept("replica: " + e)));
                    }
                    for (Follower f : followers) await(f, writer, ws);
                posts(ingest, next + 11 * POSTS, 10);
                    // posting one a second: how long after each answer every replica has it
                    long[] withLog = new long[POSTS];
                    List<Long> lags = new ArrayList<>();
                    for (int i = 0; i < POSTS; i++) {
                        long t0 = System.nanoTime();
                        Ingest.Outcome o = ingest.add(List.of(gen.article(next + POSTS + i)));
                        long answered = System.nanoTime();
                        withLog[i] = (answered - t0) / 1_000_000;
                        for (Follower f : followers) {
                            f.awaitApplied(o.offset(), 60_000);
                            lags.add((System.nanoTime() - answered) / 1_000_000);
                        }
                        Thread.sleep(Math.max(0, 1000 - (System.nanoTime() - t0) / 1_000_000));
                    }
                    figures.put("a post by POST /api/articles' path (Ingest), without the log → with it", "p50 " + p(alone, 50) + " ms → " + p(withLog, 50) + " ms ("
                            + POSTS + " each after 10 unmeasured; the difference is " + (p(withLog, 50) - p(alone, 50)) + " ms at p50)");
                    long[] l = lags.stream().mapToLong(Long::longValue).toArray();
                    figures.put("replication lag after the writer's answer, one post a second, " + replicas + " replicas",
                            "p50 " + p(l, 50) + " ms, p95 " + p(l, 95) + " ms (" + l.length + " arrivals)");
                    // a new replica from an empty store: the whole log
                    try (Store fresh = Store.open(work.resolve("rep-new"))) {
                        long t1 = System.nanoTime();
                        Follower f = new Follower(topic, fresh.dataset());
                        long at = f.catchUp(Duration.ofHours(2));
                        double s = (System.nanoTime() - t1) / 1e9;
                        f.close();
                        figures.put("a new replica replaying the whole log", String.format("%,d patches, %,d quads in %.1f s: %,.0f patches/s, %,.0f quads/s",
                                f.patches(), f.changes(), s, f.patches() / s, f.changes() / s));
                        figures.put("the writer publishing the store it started with (for comparison)", String.format("%,d quads in %.1f s: %,.0f quads/s",
                                quads(ws), seedSeconds, quads(ws) / seedSeconds));
                        if (at < 0) throw new IllegalStateException("the new replica applied nothing");
                    }
                    // one server under 20 readers
                    ItkgServer server = ItkgServer.start(stores.get(0).dataset(), new ItkgServer.Settings("127.0.0.1", 0, null, 30_000));
                    try {
                        double qps = readers("http://127.0.0.1:" + server.port());
                        figures.put("saved queries answered by one replica, " + READERS + " readers for " + READ_SECONDS + " s", String.format("%.1f queries/s", qps));
                        figures.put("N replicas on N machines (a calculation from the line above, not a measurement)",
                                String.format("about N × %.1f queries/s: replicas share nothing but the log, so reads scale with machines until the broker's "
                                        + "fan-out of one small record per post to N consumers is the limit", qps));
                    } finally {
                        server.stop();
                    }
                } finally {
                    for (Follower f : followers) f.close();
                    for (Store s : stores) s.close();
                }
            }
        }
        StringBuilder b = new StringBuilder("## Replication (" + String.format("%,d", n) + " articles, " + replicas + " replicas)\n\n");
        b.append("Measured ").append(LocalDate.now()).append(" by `itkg bench --replicas ").append(replicas).append(" --articles ").append(n)
                .append("`: one process, ").append(Runtime.getRuntime().availableProcessors()).append(" cores, a broker (`itkg kafka`'s), a writer and the replicas on loopback.\n\n");
        b.append("| figure | value |\n|---|---|\n");
        figures.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        return b.toString();
    }

    private long[] posts(Ingest ingest, long from, int count) {
        long[] ms = new long[count];
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            ingest.add(List.of(gen.article(from + i)));
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        return ms;
    }

    private static void await(Follower f, Writer w, Store ws) throws InterruptedException {
        long head = ws.lastOffset() >= 0 ? ws.lastOffset() : org.apache.jena.system.Txn.calculateRead(ws.dataset(),
                () -> org.itkg.store.LogPosition.read(ws.dataset(), w.topic()));
        if (!f.awaitApplied(head, 600_000)) throw new IllegalStateException("a replica did not catch up: " + f.error());
    }

    private static long quads(Store s) {
        return org.apache.jena.system.Txn.calculateRead(s.dataset(), () -> {
            long c = 0;
            for (var it = s.dataset().find(); it.hasNext(); it.next()) c++;
            return c;
        });
    }

    private double readers(String base) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String[] queries = {"timeline", "meetings-between?a=IR&b=TR", "topic-trend", "undated", "events-at?place=Ankara"};
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        long end = System.nanoTime() + READ_SECONDS * 1_000_000_000L;
        List<Future<Integer>> runs = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            int first = r;
            runs.add(pool.submit(() -> {
                int done = 0;
                for (int i = first; System.nanoTime() < end; i++) {
                    HttpResponse<Void> resp = http.send(HttpRequest.newBuilder(URI.create(base + "/api/queries/" + queries[i % queries.length])).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (resp.statusCode() == 200) done++;
                }
                return done;
            }));
        }
        int total = 0;
        for (Future<Integer> f : runs) total += f.get();
        pool.shutdown();
        return total / (double) READ_SECONDS;
    }

    private static long p(long[] ms, int pct) {
        long[] s = ms.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(pct / 100.0 * s.length) - 1)];
    }

    private static int port() throws Exception {
        try (var s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        for (Path[] d : new Path[][] {{from, to}, {Store.textDir(from), Store.textDir(to)}}) {
            if (!Files.isDirectory(d[0])) continue;
            try (var s = Files.walk(d[0])) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    Path t = d[1].resolve(d[0].relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(t);
                    else if (!p.getFileName().toString().equals("tdb.lock")) Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
