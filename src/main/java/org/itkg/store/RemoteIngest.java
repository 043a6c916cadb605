package org.itkg.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.itkg.article.Article;
import org.itkg.article.ArticleReader;
import org.itkg.article.ArticleSink;

/**
 * Articles sent to a running itkg server's {@code /api/articles}, a batch per request as JSON Lines, so that
 * the server extracts, resolves and maintains its derived graphs exactly as a local load does. A server
 * without that resource (a standalone Fuseki) answers 404 to the first batch: the caller then writes
 * graphs with the Graph Store Protocol instead ({@link Loader#remote}).
 */
public final class RemoteIngest {
    /** What was sent: articles written, failures (read here or refused there), seconds; {@code noApi} if the server has no /api/articles. */
    public record Summary(long articles, long failures, double seconds, boolean noApi) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI api;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** For the dataset {@code http://host:3030/itkg}: its server's {@code http://host:3030/api/articles}. */
    public RemoteIngest(URI dataset, String user, String password) {
        this.api = dataset.resolve("/api/articles");
        this.authorization = user == null ? null : basic(user, password);
    }

    /** The value of an {@code Authorization} header for HTTP basic authentication. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public URI api() {
        return api;
    }

    public Summary post(List<Path> paths, int batchSize, Consumer<Loader.Failure> onFailure, Consumer<Long> onProgress) {
        long t0 = System.nanoTime();
        long[] counts = new long[2];
        List<Article> batch = new ArrayList<>();
        boolean[] noApi = {false};
        ArticleReader.read(paths, new ArticleSink() {
            @Override
            public void article(Article a) {
                if (noApi[0]) return;
                batch.add(a);
                if (batch.size() >= batchSize) noApi[0] = !send(batch, counts, onFailure, onProgress);
            }

            @Override
            public void failure(String origin, String reason) {
                counts[1]++;
                onFailure.accept(new Loader.Failure(origin, reason));
            }
        });
        if (!noApi[0] && !batch.isEmpty()) noApi[0] = !send(batch, counts, onFailure, onProgress);
        return new Summary(counts[0], counts[1], (System.nanoTime() - t0) / 1e9, noApi[0]);
    }

    /** Sends a batch and clears it; false if the server has no /api/articles (nothing was written). */
    private boolean send(List<Article> batch, long[] counts, Consumer<Loader.Failure> onFailure, Consumer<Long> onProgress) {
        StringBuilder body = new StringBuilder();
        for (Article a : batch) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", a.id());
            if (a.url() != null) o.put("url", a.url());
            if (a.outlet() != null) o.put("outlet", a.outlet());
            if (a.date() != null) o.put("date", a.date().toString());
            o.put("lang", a.lang());
            o.put("text", a.body());
            body.append(o).append('\n');
        }
        HttpRequest.Builder r = HttpRequest.newBuilder(api).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/x-ndjson; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (authorization != null) r.header("Authorization", authorization);
        HttpResponse<String> resp;
        try {
            resp = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(api + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while posting to " + api, e);
        }
        if (resp.statusCode() == 404 && counts[0] == 0) return false;
        JsonNode answer;
        try {
            answer = JSON.readTree(resp.body());
        } catch (java.io.IOException e) {
            answer = null;
        }
        if (answer == null || !answer.has("articles")) {
            String why = answer != null && answer.has("error") ? answer.get("error").asText() : "HTTP " + resp.statusCode();
            throw new IllegalStateException(api + " refused a batch of " + batch.size() + " articles: " + why);
        }
        counts[0] += answer.get("articles").size();
        // the server names a failure by its line in the request; the reader here knows the file
        for (JsonNode f : answer.get("failures")) {
            String origin = f.get("origin").asText();
            int line = origin.startsWith("request:") ? Integer.parseInt(origin.substring("request:".length())) : 0;
            counts[1]++;
            onFailure.accept(new Loader.Failure(line >= 1 && line <= batch.size() ? batch.get(line - 1).origin() : origin, f.get("reason").asText()));
        }
        batch.clear();
        onProgress.accept(counts[0]);
        return true;
    }
}
