package org.itkg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.itkg.article.Article;
import org.itkg.extract.Extractor;
import org.itkg.query.SavedQueries;
import org.itkg.query.SavedQuery;
import org.itkg.server.ItkgServer;
import org.itkg.store.Loader;
import org.itkg.resolve.Resolver;
import org.itkg.store.Store;

/**
 * Measures every stage on N generated articles, in one process: extraction on one thread and on all
 * cores, ingest by {@code itkg load} against Jena's bulk loader on the same quads, every saved query over
 * HTTP, and the first render of the timeline page. Articles are generated as they are consumed, so memory
 * does not grow with N (the heap peak is reported to show it).
 */
public final class Bench {
    /** Sample values for the parameters a saved query requires. */
    private static final Map<String, String> SAMPLES = Map.of("place", "Ankara", "name", "رضایی", "speaker", "رضایی",
            "text", "مرز", "a", "IR", "b", "TR");
    /** Queries that leave the machine (federated SERVICE to Wikidata) are not timed. */
    private static final List<String> OFFLINE_ONLY = List.of("wikidata-offices");
    /**
     * A server in use has run each of its queries many times: a query's first few dozen runs are the JIT
     * compiling the operators of its plan. p95 of 50 runs is the third slowest, so no single collector
     * pause decides it.
     */
    private static final int WARM_UP = 20, RUNS = 50, CLIENT_TIMEOUT_S = 60;
    private static final long EXTRACTION_WARM_UP_NANOS = 10_000_000_000L;
    private static final int CHUNK = 5_000;
    /** A query whose first run takes longer is timed once, and its one time shows as both p50 and p95. */
    private static final long SLOW_MS = 5_000;

    private final long n;
    private final Path work;
    private final Consumer<String> log;
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final List<String[]> queryRows = new ArrayList<>();

    public Bench(long articles, Path work, Consumer<String> log) {
        this.n = articles;
        this.work = work;
        this.log = log;
    }

    /** Runs every stage and returns the Markdown section for this N. */
    public String run() throws Exception {
        extraction();
        Path db = work.resolve("itkg-db");
        Ingest ours = ingest(db);
        bulk(ours);
        try (Store store = Store.open(db)) {
            ItkgServer server = ItkgServer.start(store.dataset(), new ItkgServer.Settings("127.0.0.1", 0, null, 30_000));
            try {
                String base = "http://127.0.0.1:" + server.port();
                queries(base);
                page(base);
            } finally {
                server.stop();
            }
        }
        new IncrementalBench(n, work, figures, log).run(db);
        return markdown();
    }

    // ---- extraction

    private void extraction() {
        ArticleGenerator gen = new ArticleGenerator(1);
        Extractor x = new Extractor();
        // the figures are for a long stream: the JIT takes some 15,000 articles to settle (at most 10 s here)
        long warm = System.nanoTime() + EXTRACTION_WARM_UP_NANOS, warmArticles = Math.min(20_000, Math.max(500, 2 * n));
        for (long i = 0; i < warmArticles && System.nanoTime() < warm; i++) x.extract(gen.article(n + i));
        resetPeaks();
        int cores = Runtime.getRuntime().availableProcessors();
        long bytes = 0, oneNanos = 0, allNanos = 0;
        // articles are generated a chunk at a time outside the timed parts, so memory stays flat in N
        for (long from = 0; from < n; from += CHUNK) {
            List<Article> chunk = new ArrayList<>();
            for (long i = from; i < Math.min(n, from + CHUNK); i++) chunk.add(gen.article(i));
            for (Article a : chunk) bytes += a.body().getBytes(StandardCharsets.UTF_8).length;
            long t = System.nanoTime();
            for (Article a : chunk) x.extract(a);
            oneNanos += System.nanoTime() - t;
            t = System.nanoTime();
            chunk.parallelStream().forEach(x::extract);
            allNanos += System.nanoTime() - t;
        }
        double s1 = oneNanos / 1e9, sAll = allNanos / 1e9;
        figures.put("extraction, 1 thread", String.format("%,.0f articles/s, %.1f MB/s", n / s1, bytes / 1e6 / s1));
        figures.put("article size (mean)", String.format("%,d bytes", bytes / n));
        figures.put("extraction, " + cores + " threads", String.format("%,.0f articles/s, %.1f MB/s", n / sAll, bytes / 1e6 / sAll));
        figures.put("heap peak during extraction", String.format("%,d MB; after collections at most %,d MB", heapPeak() / (1 << 20), livePeak() / (1 << 20)));
        log.accept("extraction: " + figures.get("extraction, 1 thread"));
    }

    // ---- ingest

    /** What the load left: the quads in the store, and the time it took to put them there. */
    private record Ingest(long storedQuads, double seconds) {}

    private Ingest ingest(Path db) throws IOException {
        Path dir = Files.createDirectories(work.resolve("articles"));
        ArticleGenerator gen = new ArticleGenerator(1);
        for (long i = 0; i < n; i++) Files.writeString(dir.resolve(String.format("g%07d.txt", i)), ArticleGenerator.asText(gen.article(i)));
        resetPeaks();
        Loader.Summary s;
        try (Store store = Store.open(db)) {
            AtomicLong failures = new AtomicLong();
            s = new Loader(store, Loader.DEFAULT_BATCH, f -> failures.incrementAndGet(), done -> {}).load(List.of(dir));
            try (OutputStream out = Files.newOutputStream(work.resolve("articles.nq"))) {
                Txn.executeRead(store.dataset(), () -> RDFDataMgr.write(out, store.dataset(), Lang.NQUADS));
            }
        }
        long stored = countLines(work.resolve("articles.nq"));
        figures.put("itkg load", String.format("%,.0f articles/s, %,.0f quads/s (%,d quads in the store, %,d of them article quads, in %.1f s: "
                + "extraction, validation, text index, resolution, timeline and stats)",
                s.articles() / s.seconds(), stored / s.seconds(), stored, s.quads(), s.seconds()));
        Resolver.Summary r = s.resolved();
        figures.put("itkg load, by phase", String.format("first reading (extraction) and resolution %.1f s; articles (extraction, validation, "
                + "renaming, bulk load, text index) %.1f s; entities, timeline and stats graphs, with the end of the bulk load %.1f s (%,d nodes renamed in memory)",
                r.resolveSeconds(), s.seconds() - r.resolveSeconds() - r.digestSeconds(), r.digestSeconds(), r.renamed()));
        figures.put("heap peak during load", String.format("%,d MB; after collections at most %,d MB", heapPeak() / (1 << 20), livePeak() / (1 << 20)));
        figures.put("store after load", String.format("%,d quads", stored));
        log.accept("ingest: " + figures.get("itkg load"));
        return new Ingest(stored, s.seconds());
    }

    /** Jena's parallel bulk loader on the N-Quads of the loaded store, into an empty directory. */
    private void bulk(Ingest ours) {
        long quads = ours.storedQuads();
        Path dir = work.resolve("bulk-db");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        long t = System.nanoTime();
        DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> {});
        loader.startBulk();
        loader.load(work.resolve("articles.nq").toString());
        loader.finishBulk();
        double s = (System.nanoTime() - t) / 1e9;
        figures.put("Jena bulk loader (parallel), same quads", String.format("%,.0f quads/s (%,d quads in %.1f s)", quads / s, quads, s));
        // both end with the same quads in the store, so the ratio of rates is the ratio of times
        figures.put("ingest ratio, itkg load / bulk loader", String.format("%.2f", s / ours.seconds()));
        log.accept("bulk: " + figures.get("Jena bulk loader (parallel), same quads"));
    }

    // ---- queries

    private void queries(String base) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (SavedQuery q : SavedQueries.load(null).all()) {
            if (OFFLINE_ONLY.contains(q.name())) continue;
            StringBuilder url = new StringBuilder(base + "/api/queries/" + q.name() + "?");
            for (var p : q.parameters()) {
                String v = p.name().equals("event") ? firstEvent(http, base) : SAMPLES.get(p.name());
                if (p.required() && v != null && p.defaultValue() == null)
                    url.append(p.name()).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
            }
            URI uri = URI.create(url.toString());
            long[] ms = new long[RUNS];
            int status = 0;
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long t = System.nanoTime();
                try {
                    status = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(CLIENT_TIMEOUT_S)).build(),
                            HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                } catch (java.net.http.HttpTimeoutException e) {
                    status = -1; // the server went on past its own time limit
                }
                long took = (System.nanoTime() - t) / 1_000_000;
                if (i >= WARM_UP) ms[i - WARM_UP] = took;
                if (i == 0 && took > SLOW_MS) { // one run tells enough, and twenty would hold the run for many minutes
                    java.util.Arrays.fill(ms, took);
                    break;
                }
            }
            Arrays.sort(ms);
            String tags = String.join(", ", q.tags());
            queryRows.add(new String[] {q.name(), tags, status == 200 ? "" : status < 0 ? "no answer in " + CLIENT_TIMEOUT_S + " s" : "HTTP " + status, Long.toString(ms[RUNS / 2]), Long.toString(ms[(int) Math.ceil(RUNS * 0.95) - 1])});
            log.accept("query " + q.name() + ": p50 " + ms[RUNS / 2] + " ms");
        }
    }

    private static String firstEvent(HttpClient http, String base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/queries/undated?format=csv")).build(),
                HttpResponse.BodyHandlers.ofString());
        String[] lines = r.body().split("\r?\n");
        return lines.length > 1 ? lines[1].split(",")[0] : "https://w3id.org/itkg/event/none";
    }

    /** The timeline page in headless chromium: from launch until the DOM, scripts run, is dumped. */
    private void page(String base) throws Exception {
        String chromium = null;
        for (String c : new String[] {"chromium", "chromium-browser", "google-chrome"})
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
                if (chromium == null && Files.isExecutable(Path.of(dir, c))) chromium = Path.of(dir, c).toString();
        if (chromium == null) {
            figures.put("timeline page, first render", "not measured: no chromium on this machine");
            return;
        }
        Path profile = Files.createTempDirectory(work, "chromium");
        long t = System.nanoTime();
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile,
                "--dump-dom", base + "/timeline").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dom = p.getInputStream().readAllBytes();
        p.waitFor(120, TimeUnit.SECONDS);
        double s = (System.nanoTime() - t) / 1e9;
        figures.put("timeline page, first render (chromium launch to DOM)", String.format("%.2f s, %,d bytes of DOM", s, dom.length));
    }

    // ---- report

    private String markdown() {
        Runtime rt = Runtime.getRuntime();
        StringBuilder b = new StringBuilder();
        b.append("## ").append(String.format("%,d", n)).append(" articles\n\n");
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream().map(java.lang.management.MemoryManagerMXBean::getName)
                .collect(java.util.stream.Collectors.joining(" + "));
        b.append(String.format("Measured %s on %d cores, %,d MB max heap (%s), Java %s (%s), %s %s.%n%n", LocalDate.now(), rt.availableProcessors(),
                rt.maxMemory() >> 20, collectors, System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch")));
        b.append("| stage | figure |\n|---|---|\n");
        figures.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        b.append("\nSaved queries over HTTP (").append(WARM_UP).append(" warm-up runs, then ").append(RUNS)
                .append(" timed; a query whose first run takes over ").append(SLOW_MS / 1000).append(" s is timed once):\n\n");
        b.append("| query | tags | note | p50 ms | p95 ms |\n|---|---|---|---|---|\n");
        for (String[] r : queryRows) b.append("| ").append(String.join(" | ", r)).append(" |\n");
        return b.toString();
    }

    /**
     * Puts {@code section} into the Markdown file {@code out}, replacing the section of the same N if there
     * is one, and keeping the sections for other N in ascending order of N.
     */
    public static void writeInto(Path out, String preamble, String section, long n) throws IOException {
        Map<Long, String> sections = new java.util.TreeMap<>();
        List<String> others = new ArrayList<>(); // written by hand (what the figures mean): kept, after the figures
        if (Files.exists(out)) {
            String text = Files.readString(out);
            for (String part : text.split("(?m)^(?=## )")) {
                if (!part.startsWith("## ")) continue;
                String count = part.substring(3, Math.max(3, part.indexOf(' ', 3))).replace(",", "");
                if (count.matches("\\d+")) sections.put(Long.parseLong(count), part.strip() + "\n");
                else others.add(part.strip() + "\n");
            }
        }
        sections.put(n, section);
        StringBuilder b = new StringBuilder(preamble.strip()).append("\n\n");
        for (String s : sections.values()) b.append(s.strip()).append("\n\n");
        for (String s : others) b.append(s.strip()).append("\n\n");
        Files.writeString(out, b.toString().strip() + "\n");
    }

    /**
     * Puts a section that is not one N's (its heading does not start with a number) into {@code out}: it
     * replaces the section whose heading starts with the same first word, else it goes after the sections
     * of each N.
     */
    public static void writeNamed(Path out, String preamble, String section) throws IOException {
        String word = section.substring(3, section.indexOf(' ', 3));
        String text = Files.exists(out) ? Files.readString(out) : preamble.strip() + "\n";
        List<String> parts = new ArrayList<>(List.of(text.split("(?m)^(?=## )")));
        int at = -1, lastNumbered = 0;
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (!p.startsWith("## ")) continue;
            if (p.substring(3).matches("(?s)[\\d,]+ .*")) lastNumbered = i;
            else if (p.startsWith("## " + word + " ") || p.startsWith("## " + word + "\n")) at = i;
        }
        if (at >= 0) parts.set(at, section.strip() + "\n\n");
        else parts.add(lastNumbered + 1, section.strip() + "\n\n");
        Files.writeString(out, String.join("", parts).strip() + "\n");
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        LIVE_PEAK.set(0);
    }

    /*
     * The heap's peak use counts garbage the collector has not yet reclaimed, so it follows -Xmx more than
     * the data. What a stage keeps alive shows in the heap in use right after each collection.
     */
    private static final AtomicLong LIVE_PEAK = new AtomicLong();
    private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(java.util.stream.Collectors.toSet());

    static {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof javax.management.NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((note, handback) -> {
                if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(note.getType())) return;
                var info = com.sun.management.GarbageCollectionNotificationInfo.from((javax.management.openmbean.CompositeData) note.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream().filter(e -> HEAP_POOLS.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed()).sum();
                LIVE_PEAK.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }

    /** The largest heap in use right after a collection since {@link #resetPeaks}. */
    private static long livePeak() {
        return LIVE_PEAK.get();
    }

    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        return peak;
    }

    private static long countLines(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }
}
