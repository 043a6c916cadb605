package org.itkg.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.itkg.article.Article;
import org.itkg.article.ArticleReader;
import org.itkg.article.ArticleSink;
import org.itkg.extract.ExtractionJson;
import org.itkg.extract.Extractor;

/**
 * Extracts every annotated article of a directory ({@code ID.txt} beside {@code ID.json}) and scores the
 * extraction against the annotation. An article that cannot be read or extracted scores as empty, as the
 * reference scorer scores a missing prediction, and is reported as a failure.
 */
public final class Evaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the caller sees while the run goes on. */
    public interface Listener {
        default void prediction(String id, JsonNode extracted) {}

        default void extraction(org.itkg.extract.Extraction x) {}

        default void article(ArticleReport report) {}

        default void failure(String origin, String reason) {}
    }

    private Evaluation() {}

    /** The ids of the annotated articles in {@code dir}, sorted. */
    public static List<String> annotatedIds(Path dir) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.startsWith("."))
             .map(n -> n.substring(0, n.length() - 5)).sorted().forEach(ids::add);
        }
        return ids;
    }

    public static Scores run(Path dir, List<String> ids, Predicate<JsonNode> goldFilter, Extractor extractor,
                             Listener listener) throws IOException {
        Scorer scorer = new Scorer();
        for (String id : ids) {
            JsonNode gold;
            try {
                gold = JSON.readTree(dir.resolve(id + ".json").toFile());
            } catch (IOException e) {
                listener.failure(dir.resolve(id + ".json").toString(), "cannot read annotation: " + e.getMessage());
                continue;
            }
            if (!goldFilter.test(gold)) continue;
            JsonNode[] pred = {null};
            ArticleReader.read(List.of(dir.resolve(id + ".txt")), new ArticleSink() {
                @Override
                public void article(Article read) {
                    // an annotated article is called by its annotation's name, which the scorer pairs it by
                    Article a = new Article(id, read.url(), read.outlet(), read.date(), read.lang(), read.body(), read.origin());
                    try {
                        org.itkg.extract.Extraction x = extractor.extract(a);
                        pred[0] = ExtractionJson.toJson(x);
                        listener.extraction(x);
                    } catch (RuntimeException e) {
                        listener.failure(a.origin(), "extraction failed: " + e);
                    }
                }

                @Override
                public void failure(String origin, String reason) {
                    listener.failure(origin, reason);
                }
            });
            if (pred[0] != null) listener.prediction(id, pred[0]);
            listener.article(scorer.add(id, gold, pred[0]));
        }
        return scorer.result();
    }
}
