package org.itkg.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes generated articles as files: DIR COUNT SEED. For soak runs and for trying itkg on volume. */
public final class Generate {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        long n = Long.parseLong(args[1]);
        ArticleGenerator gen = new ArticleGenerator(args.length > 2 ? Long.parseLong(args[2]) : 1);
        for (long i = 0; i < n; i++) Files.writeString(dir.resolve(String.format("g%07d.txt", i)), ArticleGenerator.asText(gen.article(i)));
        System.err.println(n + " articles written to " + dir);
    }
}
