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

    @Override
    public Integer call() {
        if (config != null && !java.nio.file.Files.isReadable(config)) {
            System.err.println(config + ": no such configuration file");
            return 2;
        }
        if (config == null && RunningServer.refusesWrites(db, "query it at URL")) return 2;
        Store store = config != null ? Store.openConfig(config) : Store.open(db);
        org.itkg.store.Ingest ingest = passwordFile == null ? null : new org.itkg.store.Ingest(store);
        ItkgServer server = ItkgServer.start(store.dataset(),
                new ItkgServer.Settings(host, port, passwordFile, timeoutSeconds * 1000L, queries, maxRows, maxBodyMb * 1024L * 1024L), ingest);
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
