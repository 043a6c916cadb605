package org.itkg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.itkg.bench.ArticleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `itkg load` killed with SIGKILL half-way leaves a consistent store (no article from a bulk load into an empty
 * store, whole batches from a load into a store with articles), and loading again completes it exactly.
 */
class CrashTest {
    static final int ARTICLES = 2000;

    @TempDir
    Path tmp;

    private Path log;

    private Process load(Path db, Path in) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.itkg.cli.Main", "load", "--db", db.toString(), "--batch", "50", in.toString()));
        log = tmp.resolve("log-" + System.nanoTime());
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Whether the load has said it wrote its first thousand articles. */
    private boolean pastFirstThousand() throws Exception {
        return Files.exists(log) && Files.readString(log).contains("1,000 articles written");
    }

    private static long quads(Store s) {
        return Txn.calculateRead(s.dataset(), () -> s.dataset().stream().filter(q -> !q.getGraph().equals(org.itkg.graph.Vocab.ENTITIES_GRAPH)).count());
    }

    private static long articles(Store s) {
        return Txn.calculateRead(s.dataset(), () -> {
            long n = 0;
            for (var it = s.dataset().listGraphNodes(); it.hasNext(); ) if (it.next().getURI().contains("/article/")) n++;
            return n;
        });
    }

    /** Starts a load and kills it (SIGKILL) once a thousand articles (twenty batches) are written, in the middle of what follows. */
    private void killMidway(Path db, Path in) throws Exception {
        Process p = load(db, in);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < deadline && !pastFirstThousand()) Thread.sleep(20);
        Thread.sleep(300);
        assertTrue(p.isAlive(), "the load ended before it could be killed: make the corpus larger");
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }

    @Test
    void aLoadKilledMidwayLeavesAConsistentStoreAndReloadingGivesACleanLoadsQuads() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        ArticleGenerator gen = new ArticleGenerator(42);
        for (int i = 0; i < ARTICLES; i++) Files.writeString(in.resolve(String.format("a%05d.txt", i)), ArticleGenerator.asText(gen.article(i)));

        Path clean = tmp.resolve("clean");
        assertEquals(0, load(clean, in).waitFor(10, TimeUnit.MINUTES) ? 0 : -1);
        long cleanQuads;
        try (Store s = Store.open(clean)) {
            assertEquals(ARTICLES, articles(s));
            cleanQuads = quads(s);
        }

        // into an empty store the articles go through the bulk loader, in a staging directory beside the
        // target that moves into place only once complete
        Path db = tmp.resolve("killed");
        killMidway(db, in);
        assertTrue(Files.isDirectory(Staging.stagingDir(db)), "the killed load was building beside the target");
        assertFalse(Files.exists(db), "and had not touched it");
        try (Store s = Store.open(db)) {
            assertEquals(0, articles(s), "a bulk load killed before its commit leaves no article");
            assertEquals(0, Validation.checkStore(s.dataset(), (g, why) -> fail(g + " " + why)));
        }

        // into a store that has articles, each batch is a write transaction
        Path one = Files.createDirectories(tmp.resolve("one"));
        Files.copy(in.resolve("a00000.txt"), one.resolve("a00000.txt"));
        assertTrue(load(db, one).waitFor(2, TimeUnit.MINUTES));
        assertFalse(Files.exists(Staging.stagingDir(db)), "a completed load leaves no staging directory");
        killMidway(db, in);
        try (Store s = Store.open(db)) {
            long partial = articles(s);
            assertTrue(partial > 1 && partial < ARTICLES, "killed mid-way: " + partial);
            assertEquals(0, partial % 50, "whole batches only: a transaction is all or nothing");
            assertEquals(0, Validation.checkStore(s.dataset(), (g, why) -> fail(g + " " + why)) - partial);
        }
        assertTrue(load(db, in).waitFor(10, TimeUnit.MINUTES));
        try (Store s = Store.open(db)) {
            assertEquals(ARTICLES, articles(s));
            assertEquals(cleanQuads, quads(s));
        }
    }
}
