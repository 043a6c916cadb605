package org.itkg.bench;

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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.itkg.store.Loader;

/**
 * A soak run against a running {@code itkg serve}: many query clients call saved queries over HTTP for a
 * while, and a loader adds generated articles through the Graph Store Protocol at the same time. Prints
 * requests, errors, latency percentiles and articles written. Run by {@code scripts/soak.sh}.
 *
 * <p>Arguments: BASE_URL SECONDS CLIENTS USER PASSWORD_FILE WORK_DIR
 */
public final class Soak {
    private static final String[] CALLS = {
            "/api/queries/timeline?topic=border-security",
            "/api/queries/timeline?from=2020-01-01&to=2020-12-31",
            "/api/queries/who-met-whom",
            "/api/queries/topic-trend?topic=trade",
            "/api/queries/person?name=" + enc("رضایی"),
            "/api/queries/search?text=" + enc("مرزها"),
            "/api/queries/meetings-between",
            "/api/queries/undated",
            "/itkg/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { ?e <https://w3id.org/itkg/ontology#eventType> ?t }"),
    };

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long seconds = Long.parseLong(args[1]);
        int clients = Integer.parseInt(args[2]);
        String user = args[3];
        String password = Files.readAllLines(Path.of(args[4])).get(0).replaceFirst("^[^:]*:\\s*", "");
        Path work = Path.of(args[5]);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(start(() -> {
                int i = client;
                while (System.nanoTime() < end) {
                    String path = CALLS[i++ % CALLS.length];
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            if (errorSamples.size() < 5) errorSamples.add(r.statusCode() + " " + path);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        if (errorSamples.size() < 5) errorSamples.add(e + " " + path);
                    }
                    latencies.add(System.nanoTime() - t0);
                }
            }));
        }
        // the loader: batches of new generated articles, written through the server while it answers queries
        AtomicLong written = new AtomicLong(), loadFailures = new AtomicLong();
        Thread loader = start(() -> {
            ArticleGenerator gen = new ArticleGenerator(7);
            long next = 1_000_000;
            while (System.nanoTime() < end) {
                try {
                    Path dir = Files.createDirectories(work.resolve("batch-" + next));
                    for (int k = 0; k < 50; k++, next++)
                        Files.writeString(dir.resolve("s" + next + ".txt"), ArticleGenerator.asText(gen.article(next)));
                    Loader.Summary s = Loader.remote(URI.create(base + "/itkg"), user, password, 50,
                            f -> {
                                loadFailures.incrementAndGet();
                                if (errorSamples.size() < 10) errorSamples.add("load: " + f.origin() + ": " + f.reason());
                            }, n -> {}).load(List.of(dir));
                    written.addAndGet(s.articles());
                } catch (Exception e) {
                    loadFailures.incrementAndGet();
                    if (errorSamples.size() < 10) errorSamples.add("load: " + e);
                }
            }
        });
        for (Thread t : threads) t.join();
        loader.join();

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "soak: %d s, %d query clients, %,d requests (%.0f/s), %,d errors, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; "
                        + "%,d articles written by the loader meanwhile, %,d load failures%n",
                seconds, clients, sorted.size(), sorted.size() / (double) seconds, errors.get(),
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), written.get(), loadFailures.get());
        for (String e : errorSamples) System.out.println("  error: " + e);
        System.exit(errors.get() == 0 && loadFailures.get() == 0 ? 0 : 1);
    }

    private static Thread start(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        return t;
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
