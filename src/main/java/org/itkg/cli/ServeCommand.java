package org.itkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.itkg.server.ItkgServer;
import org.itkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store as a SPARQL endpoint (dataset /itkg) with the Fuseki UI at /.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", description = "TDB2 directory (default: ${DEFAULT-VALUE})", defaultValue = "data/tdb2")
    Path db;

    @Option(names = "--config", paramLabel = "FILE",
            description = "a Fuseki configuration (fuseki-config/itkg.ttl): serve the store and text index it names instead of --db")
    Path config;

    @Option(names = "--host", description = "127.0.0.1 (the default) listens on loopback only; any other value on all interfaces",
            defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "3030")
    int port;

    @Option(names = "--password-file", description = "lines 'user: password'; enables SPARQL Update and Graph Store writes for those users")
    Path passwordFile;

    @Option(names = "--timeout", description = "query time limit in seconds (default: ${DEFAULT-VALUE})", defaultValue = "30")
    int timeoutSeconds;

    @Option(names = "--queries", paramLabel = "DIR", description = "a folder of .rq files added to the built-in saved queries")
    Path queries;

    @Option(names = "--max-rows", description = "most rows a saved query answers (default: ${DEFAULT-VALUE})", defaultValue = "10000")
    long maxRows;

    @Option(names = "--compact-after-mb", description = "with --password-file: compact the store when its files have grown by this many MB "
            + "since the last compaction and no article has been posted or removed for --compact-idle seconds; 0: never (default: ${DEFAULT-VALUE})",
            defaultValue = "2048")
    long compactAfterMb;

    @Option(names = "--compact-idle", description = "seconds without writes before a compaction may start (default: ${DEFAULT-VALUE})", defaultValue = "60")
    long compactIdle;

    @Option(names = "--max-body-mb", description = "largest request body in MB (default: ${DEFAULT-VALUE})", defaultValue = "10")
    long maxBodyMb;

    @Option(names = "--publish", paramLabel = "HOST:PORT/TOPIC",
            description = "be the writer of this Kafka topic: every write (posted articles, removals) is one RDF Patch in the topic "
                    + "and counts once Kafka has acknowledged it; needs --password-file")
    String publish;

    @Option(names = "--replica", paramLabel = "HOST:PORT/TOPIC",
            description = "be a read-only replica that applies this Kafka topic's changes to --db as they come")
    String replica;

    @Option(names = "--from-snapshot", paramLabel = "FILE",
            description = "with --replica: start from this snapshot (itkg snapshot) in an empty --db and catch up from its offset")
    Path fromSnapshot;

    @Override
    public Integer call() {
        if (config != null && !java.nio.file.Files.isReadable(config)) {
            System.err.println(config + ": no such configuration file");
            return 2;
        }
        if (publish != null && replica != null) {
            System.err.println("a server is the writer of a topic (--publish) or a replica (--replica), not both");
            return 2;
        }
        if (fromSnapshot != null && replica == null) {
            System.err.println("--from-snapshot starts a replica: give --replica HOST:PORT/TOPIC too");
            return 2;
        }
        if (publish != null && passwordFile == null) {
            System.err.println("--publish makes a writer, which takes articles: give --password-file too");
            return 2;
        }
        org.itkg.replication.Topic topic;
        try {
            topic = publish != null ? org.itkg.replication.Topic.parse(publish) : replica != null ? org.itkg.replication.Topic.parse(replica) : null;
        } catch (IllegalArgumentException e) {
            System.err.println((publish != null ? "--publish: " : "--replica: ") + e.getMessage());
            return 2;
        }
        if (fromSnapshot != null) {
            if (config != null) {
                System.err.println("--from-snapshot writes into --db: leave out --config");
                return 2;
            }
            try {
                org.itkg.replication.Snapshot.restore(fromSnapshot, db, Store.textDir(db));
            } catch (IllegalArgumentException | java.io.IOException e) {
                System.err.println("--from-snapshot " + fromSnapshot + ": " + e.getMessage());
                return 2;
            }
            System.err.println("started " + db + " from the snapshot " + fromSnapshot);
        }
        if (config == null && RunningServer.refusesWrites(db, "query it at URL")) return 2;
        Store store = config != null ? Store.openConfig(config) : Store.open(db);
        String followed = store.followedTopic();
        if (followed != null && topic == null && passwordFile != null) {
            System.err.println(store.dir() + " follows the change log topic " + followed + ": its changes come from the log only. "
                    + "Serve it with --publish HOST:PORT/" + followed + " to write, or --replica to follow");
            store.close();
            return 2;
        }
        org.itkg.server.Replication replication = org.itkg.server.Replication.STANDALONE;
        Replicas.Following following = null;
        org.itkg.store.Ingest ingest = null;
        try {
            if (replica != null) {
                replication = following = Replicas.follow(topic, store);
                if (passwordFile != null) System.err.println("note: a replica takes no writes; --password-file is not used");
                passwordFile = null;
            } else if (publish != null) {
                replication = Replicas.write(topic, store);
            }
        } catch (org.itkg.replication.Writer.Refused e) {
            System.err.println(e.getMessage());
            store.close();
            return 3;
        } catch (RuntimeException e) {
            System.err.println((publish != null ? "--publish " : "--replica ") + topic + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
            store.close();
            return 3;
        }
        if (passwordFile != null) ingest = new org.itkg.store.Ingest(store);
        ItkgServer server = ItkgServer.start(store.dataset(),
                new ItkgServer.Settings(host, port, passwordFile, timeoutSeconds * 1000L, queries, maxRows, maxBodyMb * 1024L * 1024L), ingest, replication);
        if (following != null) following.start();
        if (ingest != null) {
            // the first article posted should not wait for the store to be read
            Thread warm = new Thread(ingest::warm, "itkg-ingest-warm");
            warm.setDaemon(true);
            warm.start();
            if (compactAfterMb > 0) compactWhenIdle(ingest);
        }
        RunningServer.announce(store.dir(), server.port());
        printUrls(server.port(), passwordFile != null);
        server.join();
        return 0;
    }

    /** Checks every ten seconds whether the store is idle and has grown enough to be compacted. */
    private void compactWhenIdle(org.itkg.store.Ingest ingest) {
        var timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "itkg-compact");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                var c = ingest.compactIfIdle(compactIdle, compactAfterMb << 20);
                if (c != null)
                    System.err.printf(java.util.Locale.ROOT, "compacted the store while idle: %,d → %,d bytes in %.1f s%n", c.before(), c.after(), c.seconds());
            } catch (RuntimeException e) {
                System.err.println("compaction failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
            }
        }, 10, 10, java.util.concurrent.TimeUnit.SECONDS);
    }

    static void printUrls(int port, boolean writable) {
        String base = "http://localhost:" + port;
        System.out.println("itkg is serving:");
        System.out.println("  Fuseki UI        " + base + "/#/dataset/itkg/query");
        System.out.println("  SPARQL endpoint  " + base + ItkgServer.DATASET + "/sparql");
        System.out.println("  saved queries    " + base + "/api/queries  (OpenAPI: " + base + "/api/openapi.json)");
        System.out.println("  timeline         " + base + "/timeline");
        System.out.println(writable ? "  SPARQL Update    " + base + ItkgServer.DATASET + "/update (password required)"
                : "  (read-only: start with --password-file to allow updates)");
        if (writable) System.out.println("  articles         " + base + "/api/articles (POST, DELETE; password required)");
    }
}
