package org.itkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * A polite client of a public SPARQL endpoint (the Wikidata Query Service asks for this): it names
 * itself in the User-Agent, bounds every request in time, and backs off and retries when the service is
 * busy (429, 5xx, a dropped connection), honouring Retry-After.
 */
public final class SparqlClient {
    static final String USER_AGENT = "itkg/0.1 (Iran-Turkey relations knowledge graph; https://w3id.org/itkg/) Java-http-client";

    private final URI endpoint;
    private final HttpClient http;
    private final Duration timeout;
    private final int attempts;
    private final long firstWaitMillis;

    public SparqlClient(URI endpoint, Duration timeout, int attempts, long firstWaitMillis) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.attempts = attempts;
        this.firstWaitMillis = firstWaitMillis;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public SparqlClient(URI endpoint) {
        this(endpoint, Duration.ofSeconds(60), 5, 1000);
    }

    /** Runs a SELECT query; an IOException when the endpoint still fails after the last attempt. */
    public ResultSetRewindable select(String query) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        long wait = firstWaitMillis;
        String last = "";
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                if (r.statusCode() == 200) {
                    try (InputStream in = r.body()) {
                        return ResultSetFactory.makeRewindable(ResultSetMgr.read(in, ResultSetLang.RS_JSON));
                    }
                }
                try (InputStream in = r.body()) {
                    in.readAllBytes();
                }
                last = "HTTP " + r.statusCode();
                if (r.statusCode() != 429 && r.statusCode() < 500) throw new IOException(endpoint + ": " + last);
                wait = Math.max(wait, retryAfter(r));
            } catch (IOException e) {
                if (e.getMessage() != null && e.getMessage().startsWith(endpoint + ": HTTP")) throw e;
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (attempt < attempts) sleep(wait);
            wait *= 2;
        }
        throw new IOException(endpoint + ": gave up after " + attempts + " attempts: " + last);
    }

    private static long retryAfter(HttpResponse<?> r) {
        try {
            return r.headers().firstValue("Retry-After").map(v -> Long.parseLong(v.strip()) * 1000).orElse(0L);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
