package org.itkg.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads articles from files and directories (recursively) and hands each to a sink, one at a time, so a
 * batch of any size streams through in constant memory. A file that cannot be read is reported to the
 * sink and the batch goes on.
 *
 * <p>In directories, {@code .txt} files are articles in the header+body format and {@code .jsonl} /
 * {@code .ndjson} files hold one article per line; other files are passed over (a corpus directory keeps
 * annotations and indexes beside its articles). A file named explicitly is read whatever its extension.
 */
public final class ArticleReader {
    /** Larger than any news article by two orders of magnitude; a bigger .txt file is not an article. */
    static final long MAX_ARTICLE_BYTES = 4L << 20;

    private ArticleReader() {}

    public static void read(List<Path> paths, ArticleSink downstream) {
        ArticleSink sink = firstOfEachId(downstream);
        for (Path p : paths) {
            if (!Files.exists(p)) {
                sink.failure(p.toString(), "no such file or directory");
                continue;
            }
            if (Files.isDirectory(p)) {
                for (Path f : filesUnder(p, sink)) readFile(f, sink);
            } else {
                readFile(p, sink);
            }
        }
    }

    /**
     * Articles sent rather than stored (the body of an HTTP request): JSON Lines (one JSON object per line,
     * which one JSON article also is) when {@code jsonLines}, else one article in the text format. Each
     * article or failure is named {@code origin}, or {@code origin:LINE} for JSON Lines.
     */
    public static void read(byte[] body, boolean jsonLines, String origin, ArticleSink downstream) {
        ArticleSink sink = firstOfEachId(downstream);
        String text;
        try {
            if (body.length == 0) throw new ArticleException("empty body");
            text = Utf8.decode(body);
        } catch (ArticleException e) {
            sink.failure(origin, e.getMessage());
            return;
        }
        if (!jsonLines) {
            if (body.length > MAX_ARTICLE_BYTES) {
                sink.failure(origin, "too large for one article (the limit is " + (MAX_ARTICLE_BYTES >> 20) + " MB)");
                return;
            }
            try {
                sink.article(TextFormat.parse(text, origin));
            } catch (ArticleException e) {
                sink.failure(origin, e.getMessage());
            }
            return;
        }
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            String where = origin + ":" + (i + 1);
            try {
                sink.article(JsonLinesFormat.parse(lines[i], where));
            } catch (ArticleException e) {
                sink.failure(where, e.getMessage());
            }
        }
    }

    /**
     * One article per id in a run. The same article read twice (a file named twice, a feed repeating a
     * story) is read once. Two different articles with one id (a repeated JSON line id, two files declaring
     * one url) would replace each other's graph, so the second is refused, naming both.
     */
    private static ArticleSink firstOfEachId(ArticleSink sink) {
        record Seen(String origin, int fingerprint) {}
        java.util.Map<String, Seen> seen = new java.util.HashMap<>();
        return new ArticleSink() {
            @Override
            public void article(Article a) {
                int fingerprint = java.util.Objects.hash(a.url(), a.outlet(), a.date(), a.lang(), a.body().strip());
                Seen first = seen.putIfAbsent(a.id(), new Seen(a.origin(), fingerprint));
                if (first == null) sink.article(a);
                else if (first.fingerprint() != fingerprint)
                    sink.failure(a.origin(), "id " + a.id() + " is also that of a different article in " + first.origin()
                            + "; this one is not loaded (give each its own id: or url:)");
            }

            @Override
            public void failure(String origin, String reason) {
                sink.failure(origin, reason);
            }
        };
    }

    private static List<Path> filesUnder(Path dir, ArticleSink sink) {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile)
             .filter(f -> !f.getFileName().toString().startsWith("."))
             .filter(f -> isArticleFile(f) || isJsonLines(f))
             .sorted()
             .forEach(out::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.failure(dir.toString(), "cannot list directory: " + e.getMessage());
        }
        return out;
    }

    private static boolean isArticleFile(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private static boolean isJsonLines(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    private static void readFile(Path f, ArticleSink sink) {
        if (isJsonLines(f)) {
            JsonLinesFormat.read(f, sink);
            return;
        }
        try {
            sink.article(TextFormat.parse(readText(f), f.toString()));
        } catch (ArticleException e) {
            sink.failure(f.toString(), e.getMessage());
        }
    }

    /** The file as strict UTF-8 text, refusing what is not text. */
    static String readText(Path f) throws ArticleException {
        byte[] bytes;
        try {
            if (!Files.exists(f)) throw new ArticleException("no such file");
            long size = Files.size(f);
            if (size > MAX_ARTICLE_BYTES)
                throw new ArticleException(String.format(Locale.ROOT, "too large for one article (%.1f MB; the limit is %d MB)",
                        size / 1048576.0, MAX_ARTICLE_BYTES >> 20));
            try (InputStream in = Files.newInputStream(f)) {
                bytes = in.readNBytes((int) MAX_ARTICLE_BYTES + 1);
            }
        } catch (IOException e) {
            throw new ArticleException("cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        return Utf8.decode(bytes);
    }
}
