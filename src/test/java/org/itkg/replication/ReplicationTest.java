package org.itkg.replication;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.itkg.article.Article;
import org.itkg.article.ArticleReader;
import org.itkg.article.ArticleSink;
import org.itkg.bench.ArticleGenerator;
import org.itkg.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One broker, one writer and replicas, each its own process on 127.0.0.1, as they run in use: the writer
 * takes posts, the replicas follow; a replica killed with SIGKILL while it catches up, the broker killed
 * and started again, a replica started from a snapshot, a second writer, and a corrupt record. Every wait
 * is bounded.
 */
class ReplicationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Basic " + java.util.Base64.getEncoder().encodeToString("w:secret".getBytes(StandardCharsets.UTF_8));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> processes = new ArrayList<>();

    @TempDir
    Path tmp;

    private int kafkaPort, controllerPort;

    @AfterEach
    void stopAll() {
        for (Process p : processes) p.destroyForcibly();
    }

    @Test
    void replicasFollowTheWriterThroughCrashesRestartsAndSnapshots() throws Exception {
        List<Article> articles = articles();
        int half = articles.size() / 2;
        kafkaPort = freePort();
        controllerPort = freePort();
        Process broker = broker();
        String topic = "127.0.0.1:" + kafkaPort + "/itkg";
        Files.writeString(tmp.resolve("pw"), "w: secret\n");
        int wPort = freePort(), r1Port = freePort(), r2Port = freePort();
        start("writer", "serve", "--db", tmp.resolve("w").toString(), "--port", "" + wPort, "--password-file", tmp.resolve("pw").toString(), "--publish", topic);
        Process r1 = start("r1", "serve", "--db", tmp.resolve("r1").toString(), "--port", "" + r1Port, "--replica", topic);
        String w = "http://127.0.0.1:" + wPort;
        awaitStatus(w);

        // the first half, in posts of five; a replica that starts after them replays the whole log
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < half; i += 5) acknowledged.addAll(post(w, articles.subList(i, Math.min(half, i + 5))));
        Process r2 = start("r2", "serve", "--db", tmp.resolve("r2").toString(), "--port", "" + r2Port, "--replica", topic);
        String one = "http://127.0.0.1:" + r1Port, two = "http://127.0.0.1:" + r2Port;
        awaitCaughtUp(w, one, two);
        assertEquals(acknowledged.size(), status(w).get("articles").asLong());
        sameAnswers(w, one, two);

        // a replica killed while it catches up 45 changes (in batches of 20) starts again where its store says it was
        long start = status(one).get("offset").asLong();
        kill(r1);
        for (int i = half; i < half + 45; i++) acknowledged.addAll(post(w, articles.subList(i, i + 1)));
        long head = status(w).get("offset").asLong();
        r1 = start("r1b", "serve", "--db", tmp.resolve("r1").toString(), "--port", "" + r1Port, "--replica", topic);
        long seen = awaitMidway(one, start, head);
        kill(r1);
        r1 = start("r1c", "serve", "--db", tmp.resolve("r1").toString(), "--port", "" + r1Port, "--replica", topic);
        awaitCaughtUp(w, one, two);
        assertTrue(seen > start && seen < head, "killed between " + start + " and " + head + ", at " + seen);

        // the broker killed and started again: what it acknowledged is there, and posts go on
        kill(broker);
        broker = broker();
        awaitTrue("the writer posts again after the broker's restart", 120, () -> {
            try {
                acknowledged.addAll(post(w, articles.subList(half + 45, half + 47)));
                return true;
            } catch (Exception e) {
                return false;
            }
        });
        awaitCaughtUp(w, one, two);

        // a new replica from a snapshot of a stopped one catches up from the snapshot's offset
        stop(r2);
        Path snap = tmp.resolve("r2.zip");
        Process s = start("snapshot", "snapshot", "--db", tmp.resolve("r2").toString(), "--out", snap.toString());
        assertEquals(0, s.waitFor());
        for (int i = half + 47; i < articles.size(); i += 5) acknowledged.addAll(post(w, articles.subList(i, Math.min(articles.size(), i + 5))));
        int r3Port = freePort();
        start("r3", "serve", "--db", tmp.resolve("r3").toString(), "--port", "" + r3Port, "--replica", topic, "--from-snapshot", snap.toString());
        String three = "http://127.0.0.1:" + r3Port;
        awaitCaughtUp(w, one, three);
        sameAnswers(w, one, three);

        // only one writer
        Process second = start("writer2", "serve", "--db", tmp.resolve("w2").toString(), "--port", "" + freePort(),
                "--password-file", tmp.resolve("pw").toString(), "--publish", topic);
        assertTrue(second.waitFor(90, java.util.concurrent.TimeUnit.SECONDS), "a second writer stops");
        assertEquals(3, second.exitValue());
        assertTrue(Files.readString(tmp.resolve("writer2.log")).contains("only one writer may"), Files.readString(tmp.resolve("writer2.log")));

        // every store holds the same quads, and every acknowledged article
        for (Process p : new ArrayList<>(processes)) if (p != broker) stop(p);
        Set<Quad> writer = quads(tmp.resolve("w"));
        assertEquals(writer, quads(tmp.resolve("r1")));
        assertEquals(writer, quads(tmp.resolve("r3")));
        Set<String> ids = new HashSet<>();
        for (Quad q : writer) if (q.getPredicate().equals(org.itkg.graph.Vocab.SCHEMA_IDENTIFIER) && q.getGraph().equals(q.getSubject()))
            ids.add(q.getObject().getLiteralLexicalForm());
        assertTrue(ids.containsAll(acknowledged), "every acknowledged article is in the stores");
        assertTrue(acknowledged.size() >= articles.size() * 9 / 10, "most articles were written: " + acknowledged.size());
    }

    @Test
    void aRecordThatIsNoPatchStopsTheReplicaNamingItsOffset() throws Exception {
        kafkaPort = freePort();
        controllerPort = freePort();
        broker();
        Topic t = new Topic("127.0.0.1:" + kafkaPort, "broken");
        Writer.ensure(t);
        var props = new java.util.Properties();
        props.put("bootstrap.servers", t.bootstrap());
        props.put("key.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName());
        props.put("value.serializer", org.apache.kafka.common.serialization.ByteArraySerializer.class.getName());
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, byte[]>(props)) {
            var ok = new org.apache.kafka.clients.producer.ProducerRecord<String, byte[]>(t.name(), 0, null,
                    "TX .\nA <https://w3id.org/itkg/s> <https://w3id.org/itkg/p> \"o\" <https://w3id.org/itkg/graph/x> .\nTC .\n".getBytes(StandardCharsets.UTF_8));
            ok.headers().add("Content-Type", "application/rdf-patch".getBytes(StandardCharsets.UTF_8));
            producer.send(ok).get();
            var bad = new org.apache.kafka.clients.producer.ProducerRecord<String, byte[]>(t.name(), 0, null, "A <broken".getBytes(StandardCharsets.UTF_8));
            bad.headers().add("Content-Type", "application/rdf-patch".getBytes(StandardCharsets.UTF_8));
            producer.send(bad).get();
        }
        Process r = start("r", "serve", "--db", tmp.resolve("r").toString(), "--port", "" + freePort(), "--replica", t.toString());
        assertTrue(r.waitFor(90, java.util.concurrent.TimeUnit.SECONDS), "the replica stops\n" + logs());
        assertEquals(1, r.exitValue());
        String log = Files.readString(tmp.resolve("r.log"));
        assertTrue(log.contains("offset 1 of"), log);
        // the good record before it was applied, and nothing after
        try (Store s = Store.open(tmp.resolve("r"))) {
            assertEquals(0, Txn.calculateRead(s.dataset(), () -> org.itkg.store.LogPosition.read(s.dataset(), "broken")));
        }
    }

    /** The dev articles where they are beside the checkout (they are not part of it), else generated ones. */
    private static List<Article> articles() throws Exception {
        List<Article> out = new ArrayList<>();
        Path dev = Path.of("..", "shared", "corpus", "dev");
        if (Files.isDirectory(dev)) {
            List<Path> files;
            try (var s = Files.list(dev)) {
                files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            }
            ArticleReader.read(files, new ArticleSink() {
                @Override
                public void article(Article a) {
                    out.add(a);
                }

                @Override
                public void failure(String origin, String reason) {}
            });
        }
        if (out.size() < 120) {
            ArticleGenerator gen = new ArticleGenerator(5);
            for (int i = 0; out.size() < 130; i++) out.add(gen.article(i));
        }
        return out;
    }

    private Process broker() throws Exception {
        Process p = start("kafka-" + System.nanoTime(), "kafka", "--dir", tmp.resolve("kafka").toString(), "--port", "" + kafkaPort,
                "--controller-port", "" + controllerPort);
        awaitTrue("the broker answers", 90, () -> {
            try (var socket = new java.net.Socket("127.0.0.1", kafkaPort)) {
                return true;
            } catch (Exception e) {
                return false;
            }
        });
        return p;
    }

    private Process start(String name, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "org.itkg.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile()).start();
        processes.add(p);
        return p;
    }

    private static void kill(Process p) throws Exception {
        // SIGKILL on Unix, as CrashTest does: no cleanup in the process, no kill binary needed
        p.destroyForcibly().waitFor();
    }

    private static void stop(Process p) throws Exception {
        p.destroy();
        if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Posts articles as JSON Lines; the ids written. */
    private List<String> post(String base, List<Article> batch) throws Exception {
        StringBuilder body = new StringBuilder();
        for (Article a : batch) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", a.id()).put("lang", a.lang()).put("text", a.body());
            if (a.url() != null) o.put("url", a.url());
            if (a.outlet() != null) o.put("outlet", a.outlet());
            if (a.date() != null) o.put("date", a.date().toString());
            body.append(o).append('\n');
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles")).timeout(Duration.ofSeconds(60))
                .header("Authorization", AUTH).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode answer = JSON.readTree(r.body());
        assertTrue(answer.has("offset"), r.body());
        List<String> ids = new ArrayList<>();
        for (JsonNode a : answer.get("articles")) ids.add(a.get("id").asText());
        return ids;
    }

    private JsonNode status(String base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/status")).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private void awaitStatus(String base) throws Exception {
        awaitTrue(base + " answers", 120, () -> {
            try {
                status(base);
                return true;
            } catch (Exception | AssertionError e) {
                return false;
            }
        });
    }

    /** Waits until every replica has applied the writer's last offset and says lag 0. */
    private void awaitCaughtUp(String writer, String... replicas) throws Exception {
        awaitStatus(writer);
        long offset = status(writer).get("offset").asLong();
        for (String r : replicas) {
            awaitStatus(r);
            awaitTrue(r + " reaches offset " + offset, 180, () -> {
                try {
                    JsonNode s = status(r);
                    return s.get("offset").asLong() >= offset && s.get("lag").asLong() == 0;
                } catch (Exception e) {
                    return false;
                }
            });
        }
    }

    /** Waits until a catching-up replica's offset is past {@code start}; that offset, short of {@code head} if caught in time. */
    private long awaitMidway(String replica, long start, long head) throws Exception {
        long end = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < end) {
            try {
                long at = status(replica).get("offset").asLong();
                if (at > start) return at;
            } catch (Exception | AssertionError e) {
                // not answering yet
            }
            Thread.sleep(5);
        }
        return fail(replica + " did not move past offset " + start + " in 120 s");
    }

    /** Every saved query that runs without parameters answers the same rows on every server. */
    private void sameAnswers(String... servers) throws Exception {
        JsonNode list = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(servers[0] + "/api/queries")).build(), HttpResponse.BodyHandlers.ofString()).body());
        int compared = 0;
        for (JsonNode q : list) {
            String name = q.get("name").asText();
            Map<String, Set<String>> answers = new TreeMap<>();
            for (String s : servers) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s + "/api/queries/" + name)).timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString());
                Set<String> rows = new TreeSet<>();
                if (r.statusCode() == 200) for (JsonNode b : JSON.readTree(r.body()).get("results").get("bindings")) rows.add(b.toString());
                answers.put(s, rows);
                answers.put(s + " status", Set.of(Integer.toString(r.statusCode())));
            }
            for (String s : servers) {
                assertEquals(answers.get(servers[0]), answers.get(s), name + " on " + s);
                assertEquals(answers.get(servers[0] + " status"), answers.get(s + " status"), name + " on " + s);
            }
            if (!answers.get(servers[0]).isEmpty()) compared++;
        }
        assertTrue(compared >= 5, "saved queries with rows compared: " + compared);
    }

    private static Set<Quad> quads(Path db) {
        try (Store s = Store.open(db)) {
            return Txn.calculateRead(s.dataset(), () -> {
                Set<Quad> out = new HashSet<>();
                s.dataset().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
                return out;
            });
        }
    }

    private void awaitTrue(String what, int seconds, BooleanSupplier ok) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            if (ok.getAsBoolean()) return;
            Thread.sleep(200);
        }
        fail("waited " + seconds + " s for: " + what + "\n" + logs());
    }

    /** The end of every process's log, for a failure to show what the processes said. */
    private String logs() throws Exception {
        StringBuilder b = new StringBuilder();
        try (var files = Files.list(tmp)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".log")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                b.append("--- ").append(f.getFileName()).append('\n');
                for (String l : lines.subList(Math.max(0, lines.size() - 15), lines.size())) b.append(l).append('\n');
            }
        }
        return b.toString();
    }
}
