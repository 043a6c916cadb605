package org.itkg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.itkg.graph.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path tmp;

    static Set<Quad> all(Store s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<Quad> out = new HashSet<>();
            s.dataset().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
            return out;
        });
    }

    @Test
    void reloadingTheSameFilesLeavesExactlyTheSameQuads() throws Exception {
        Path db = tmp.resolve("db");
        List<Loader.Failure> failures = new ArrayList<>();
        Set<Quad> first;
        try (Store s = Store.open(db)) {
            Loader.Summary sum = new Loader(s, 1, failures::add, n -> {}).load(List.of(Path.of("seeds")));
            assertEquals(2, sum.articles());
            assertTrue(sum.quads() > 100);
            first = all(s);
        }
        try (Store s = Store.open(db)) { // reopened from disk: TDB2 kept it
            assertEquals(first, all(s));
            new Loader(s, 200, failures::add, n -> {}).load(List.of(Path.of("seeds")));
            assertEquals(first, all(s));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aChangedArticleReplacesItsGraphAndAFailedOneNeverArrives() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("x.txt"), "id: x\ndate: 2024-02-02\n\nاحمد وحیدی وزیر کشور با سلیمان سویلو وزیر کشور ترکیه در آنکارا دیدار کرد.");
        Files.write(in.resolve("y.txt"), new byte[] {0, 1, 2});
        List<Loader.Failure> failures = new ArrayList<>();
        try (Store s = Store.open(tmp.resolve("db"))) {
            Loader.Summary sum = new Loader(s, 10, failures::add, n -> {}).load(List.of(in));
            assertEquals(1, sum.articles());
            assertEquals(1, sum.failures());
            assertTrue(failures.get(0).origin().endsWith("y.txt"));
            Node gx = Iris.article("x");
            assertTrue(Txn.calculateRead(s.dataset(), () -> s.dataset().containsGraph(gx)));
            assertFalse(Txn.calculateRead(s.dataset(), () -> s.dataset().containsGraph(Iris.article("y"))));
            long before = Txn.calculateRead(s.dataset(), () -> count(s, gx));

            Files.writeString(in.resolve("x.txt"), "id: x\ndate: 2024-02-02\n\nخبری دیگر بدون دیدار.");
            new Loader(s, 10, f -> {}, n -> {}).load(List.of(in.resolve("x.txt")));
            long after = Txn.calculateRead(s.dataset(), () -> count(s, gx));
            assertTrue(after < before, before + " → " + after);
            boolean anyEvent = Txn.calculateRead(s.dataset(), () ->
                    s.dataset().find(gx, Node.ANY, Node.ANY, org.itkg.graph.Vocab.eventClass("meeting")).hasNext());
            assertFalse(anyEvent, "the old meeting went with the old graph");
        }
    }

    private static long count(Store s, Node g) {
        long n = 0;
        var it = s.dataset().find(g, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    @Test
    void compactionKeepsEveryQuadInAFreshGeneration() throws Exception {
        try (Store s = Store.open(tmp.resolve("db"))) {
            for (int i = 0; i < 3; i++) new Loader(s, 1, f -> fail(f.toString()), n -> {}).load(List.of(Path.of("seeds")));
            Set<Quad> before = all(s);
            assertTrue(Files.isDirectory(tmp.resolve("db/Data-0001")));
            s.compact();
            assertEquals(before, all(s));
            // the live data moved to a fresh generation and the old one, with its dead space, is gone
            assertTrue(Files.isDirectory(tmp.resolve("db/Data-0002")));
            assertFalse(Files.exists(tmp.resolve("db/Data-0001")));
        }
    }
}
