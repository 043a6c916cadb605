package org.itkg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.itkg.article.Article;
import org.itkg.bench.ArticleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
    @TempDir
    Path tmp;

    @Test
    void anIdleStoreThatHasGrownIsCompactedAndABusyOneIsNot() {
        try (Store s = Store.open(tmp.resolve("db"))) {
            new Loader(s, 50, f -> fail(f.toString()), n -> {}).load(List.of(Path.of("seeds")));
            Ingest ingest = new Ingest(s);
            ArticleGenerator gen = new ArticleGenerator(5);
            assertNull(ingest.compactIfIdle(0, 1), "nothing has grown since the ingest began");
            for (int i = 0; i < 3; i++) assertEquals(1, ingest.add(List.of(gen.article(i))).written().size());
            assertNull(ingest.compactIfIdle(3600, 1), "a write came within the hour");
            Ingest.Compaction c = ingest.compactIfIdle(0, 1);
            assertNotNull(c);
            // a small store's files are as large before as after (TDB2 allocates in large segments): what
            // shows the compaction is the new generation in place of the old
            assertFalse(java.nio.file.Files.exists(tmp.resolve("db").resolve("Data-0001")), c.toString());
            assertTrue(java.nio.file.Files.isDirectory(tmp.resolve("db").resolve("Data-0002")), c.toString());
            long articles = ResolverTest.select(s, "SELECT ?a WHERE { ?a a <https://w3id.org/itkg/ontology#Article> }").size();
            assertEquals(5, articles, "the compacted store holds every article");
            Article more = gen.article(9);
            assertEquals(1, ingest.add(List.of(more)).written().size(), "writes go on after a compaction");
            assertNull(ingest.compactIfIdle(0, 1L << 40), "it has not grown by a terabyte");
        }
    }
}
