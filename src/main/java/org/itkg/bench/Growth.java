package org.itkg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.itkg.store.Ingest;
import org.itkg.store.Loader;
import org.itkg.store.Store;

/**
 * The growth of a store's files under many single-article posts: loads BASE generated articles into
 * DIR, then posts POSTS more one at a time as {@code POST /api/articles} does (one write transaction
 * each), printing the size of the files every EVERY posts, and compacts at the end. Arguments: DIR BASE
 * POSTS EVERY. Run by {@code scripts/growth.sh}; a slow run, not part of the tests.
 */
public final class Growth {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long base = Long.parseLong(args[1]), posts = Long.parseLong(args[2]), every = Long.parseLong(args[3]);
        ArticleGenerator gen = new ArticleGenerator(1);
        Path articles = Files.createDirectories(dir.resolve("articles"));
        for (long i = 0; i < base; i++) Files.writeString(articles.resolve(String.format("g%07d.txt", i)), ArticleGenerator.asText(gen.article(i)));
        try (Store store = Store.open(dir.resolve("db"))) {
            new Loader(store, 200, f -> System.err.println("load: " + f), x -> {}).load(List.of(articles));
            Ingest ingest = new Ingest(store);
            ingest.warm();
            long start = store.sizeOnDisk(), t0 = System.nanoTime();
            System.out.printf("posts\tbytes\tbytes per post\tseconds%n0\t%d\t\t0%n", start);
            for (long i = 1; i <= posts; i++) {
                ingest.add(List.of(gen.article(base + i)));
                if (i % every == 0) {
                    long size = store.sizeOnDisk();
                    System.out.printf("%d\t%d\t%d\t%.0f%n", i, size, (size - start) / i, (System.nanoTime() - t0) / 1e9);
                }
            }
            Ingest.Compaction c = ingest.compact();
            System.out.printf("compacted in %.1f s: %d → %d bytes%n", c.seconds(), c.before(), c.after());
        }
    }
}
