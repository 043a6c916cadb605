package org.itkg.server;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.itkg.store.Loader;
import org.itkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved-query API and the timeline page of a real server over a TDB2 store holding the seeds. */
class QueryApiTest {
    @TempDir
    static Path tmp;
    static Store store;
    static ItkgServer server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(tmp.resolve("db"));
        new Loader(store, 50, f -> fail(f.toString()), n -> {}).load(List.of(Path.of("seeds")));
        // a query that cannot finish in time: a cross product of every quad with itself, four times over
        Path mine = Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(mine.resolve("slow.rq"), "#+ summary: slow\nSELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }\n");
        server = ItkgServer.start(store.dataset(), new ItkgServer.Settings("127.0.0.1", 0, null, 1_000, mine, 10_000, ItkgServer.MAX_BODY));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theListNamesEachQueryWithItsParameters() throws Exception {
        JsonNode list = JSON.readTree(get("/api/queries").body());
        JsonNode timeline = null;
        for (JsonNode q : list) if (q.get("name").asText().equals("timeline")) timeline = q;
        assertNotNull(timeline, list.toString());
        List<String> params = new ArrayList<>();
        timeline.get("parameters").forEach(p -> params.add(p.get("name").asText()));
        assertTrue(params.containsAll(List.of("topic", "person", "country", "type", "status", "from", "to")), params.toString());
        assertTrue(list.toString().contains("\"slow\""), "a user's folder adds its queries");
    }

    @Test
    void theNetworkOfficesAndStatementsNameEachPersonOnce() throws Exception {
        JsonNode pairs = rows("/api/queries/who-met-whom");
        assertFalse(pairs.isEmpty(), "the seeds report contacts");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode p : pairs) {
            assertTrue(seen.add(p.path("a").path("value").asText() + " " + p.path("b").path("value").asText()), "one row per pair: " + pairs);
            assertFalse(p.path("aLabel").path("value").asText().isBlank(), p.toString());
            assertFalse(p.path("bLabel").path("value").asText().isBlank(), p.toString());
        }
        JsonNode offices = rows("/api/queries/officials");
        assertTrue(offices.size() >= 2, offices.toString());
        for (JsonNode o : offices) assertFalse(o.path("label").path("value").asText().isBlank(), o.toString());
        JsonNode turkish = rows("/api/queries/officials?country=TR");
        assertFalse(turkish.isEmpty());
        assertTrue(turkish.size() < offices.size(), "both states hold offices in the seeds");
        for (JsonNode o : turkish) {
            assertEquals("TR", o.path("countryCode").path("value").asText(), o.toString());
            assertTrue(o.path("attestations").path("value").asInt() >= 1, o.toString());
            String first = o.path("first").path("value").asText();
            assertTrue(first.isEmpty() || first.startsWith("2025-"), o.toString()); // an undated article gives none
        }
        assertTrue(rows("/api/queries/officials?year=1990").isEmpty());
        JsonNode said = rows("/api/queries/statements-by?speaker=" + enc("مومنی"));
        assertFalse(said.isEmpty(), "the interior minister speaks in the seeds");
        for (JsonNode st : said) assertTrue(st.path("speakerLabel").path("value").asText().contains("مومنی"), st.toString());
        assertTrue(rows("/api/queries/statements-by?speaker=" + enc("نام‌ناموجود")).isEmpty());
    }

    @Test
    void fromAndToCutTheTimelineAtTheDayAndKeepItInTimeOrder() throws Exception {
        boolean on29 = false;
        for (JsonNode e : rows("/api/queries/timeline?from=2025-10-29&to=2025-10-29"))
            on29 |= e.path("date").path("value").asText().equals("2025-10-29");
        assertTrue(on29, "the seed meeting of 29 October is in a window of that one day");
        for (JsonNode e : rows("/api/queries/timeline?from=2025-10-30&to=2025-10-31"))
            assertNotEquals("2025-10-29", e.path("date").path("value").asText(), e.toString());
        for (JsonNode e : rows("/api/queries/timeline?from=2025-10-01&to=2025-10-28"))
            assertNotEquals("2025-10-29", e.path("date").path("value").asText(), e.toString());
        String last = "";
        for (JsonNode e : rows("/api/queries/timeline?from=2025-01-01&to=2025-12-31")) {
            String d = e.path("date").path("value").asText();
            if (d.isEmpty()) continue;
            assertTrue(d.compareTo(last) >= 0, "in time order: " + last + " then " + d);
            last = d;
        }
    }

    @Test
    void theMapCountsEventsPerPlaceFromItsCells() throws Exception {
        JsonNode places = rows("/api/queries/map");
        assertFalse(places.isEmpty(), "the seeds name places with coordinates");
        int all = 0;
        for (JsonNode p : places) {
            assertTrue(p.path("wkt").path("value").asText().startsWith("POINT("), p.toString());
            assertTrue(p.path("lat").path("value").asDouble() > 20, p.toString());
            all += p.path("events").path("value").asInt();
        }
        int meetings = 0;
        for (JsonNode p : rows("/api/queries/map?type=meeting")) meetings += p.path("events").path("value").asInt();
        assertTrue(meetings >= 1 && meetings <= all, meetings + " of " + all);
        assertEquals(400, get("/api/queries/map?topic=no-such-topic").statusCode(), "a topic that is none is refused, not answered empty");
    }

    static JsonNode rows(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("results").path("bindings");
    }

    @Test
    void theTimelineQueryAnswersWithTheSeedMeetingAsJsonAndCsv() throws Exception {
        HttpResponse<String> r = get("/api/queries/timeline?type=meeting&country=TR");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode rows = JSON.readTree(r.body()).path("results").path("bindings");
        assertEquals(1, rows.size(), r.body());
        assertEquals("2025-10-29", rows.get(0).path("date").path("value").asText());
        assertEquals("Tehran", rows.get(0).path("place").path("value").asText());
        HttpResponse<String> csv = get("/api/queries/timeline?type=meeting", "Accept", "text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\"event\",\"date\",\"type\""), csv.body());
        assertTrue(csv.body().contains("2025-10-29"));
        assertEquals(csv.body(), get("/api/queries/timeline?type=meeting&format=csv").body());
    }

    @Test
    void filtersNarrowTheAnswer() throws Exception {
        String ever = "/api/queries/timeline?from=2000-01-01";
        int all = JSON.readTree(get(ever).body()).path("results").path("bindings").size();
        int phone = JSON.readTree(get(ever + "&type=statement").body()).path("results").path("bindings").size();
        int future = JSON.readTree(get("/api/queries/timeline?from=2030-01-01").body()).path("results").path("bindings").size();
        int person = JSON.readTree(get(ever + "&person=" + enc("مومنی")).body()).path("results").path("bindings").size();
        assertTrue(all > phone && phone >= 1, all + " " + phone);
        // only the events with no day at all (the seed without a date), which belong to every window
        JsonNode later = JSON.readTree(get("/api/queries/timeline?from=2030-01-01").body()).path("results").path("bindings");
        for (JsonNode row : later) assertFalse(row.has("date") || row.has("published"), row.toString());
        assertTrue(future < all);
        assertTrue(person >= 2 && person < all, person + " of " + all);
    }

    @Test
    void aTimelineIsReadAMonthAndAPageAtATime() throws Exception {
        JsonNode ever = JSON.readTree(get("/api/queries/timeline?from=2000-01-01").body()).path("results").path("bindings");
        JsonNode latest = JSON.readTree(get("/api/queries/timeline").body()).path("results").path("bindings");
        String last = "";
        for (JsonNode row : ever) if (row.has("date") && row.path("date").path("value").asText().compareTo(last) > 0) last = row.path("date").path("value").asText();
        assertTrue(latest.size() >= 1 && latest.size() <= ever.size(), latest.size() + " of " + ever.size());
        for (JsonNode row : latest)
            if (row.has("date")) assertEquals(last.substring(0, 7), row.path("date").path("value").asText().substring(0, 7), "by default, the latest month: " + row);
        String first = ever.get(0).path("date").path("value").asText();
        JsonNode month = JSON.readTree(get("/api/queries/timeline?month=" + first.substring(0, 7)).body()).path("results").path("bindings");
        assertTrue(month.size() >= 1);
        for (JsonNode row : month) if (row.has("date")) assertTrue(row.path("date").path("value").asText().startsWith(first.substring(0, 7)), row.toString());
        JsonNode beyond = JSON.readTree(get("/api/queries/timeline?from=2000-01-01&page=2").body()).path("results").path("bindings");
        assertEquals(Math.max(0, ever.size() - 100), beyond.size(), "pages of 100 rows");
        assertEquals(400, get("/api/queries/timeline?page=0").statusCode());
    }

    @Test
    void anInjectionIsA400WithAMessageAndTheStoreIsUntouched() throws Exception {
        long before = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> store.dataset().stream().count());
        String evil = enc("x\" } ; DROP ALL #");
        HttpResponse<String> date = get("/api/queries/timeline?from=" + evil);
        assertEquals(400, date.statusCode());
        assertTrue(JSON.readTree(date.body()).get("error").asText().contains("from"), date.body());
        HttpResponse<String> iri = get("/api/queries/timeline?topic=" + evil);
        assertEquals(400, iri.statusCode());
        HttpResponse<String> text = get("/api/queries/search?text=" + evil);
        assertEquals(400, text.statusCode(), "the words are a text query, never SPARQL: a malformed one is refused");
        assertTrue(JSON.readTree(text.body()).get("error").asText().contains("search text"), text.body());
        long after = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> store.dataset().stream().count());
        assertEquals(before, after);
    }

    @Test
    void unknownQueriesAndParametersAreErrors() throws Exception {
        assertEquals(404, get("/api/queries/nothing-like-this").statusCode());
        HttpResponse<String> r = get("/api/queries/timeline?colour=red");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("colour"));
        assertEquals(400, get("/api/queries/person").statusCode(), "a required parameter is missing");
    }

    @Test
    void aQueryThatTimesOutIsA503NotACutOffAnswer() throws Exception {
        HttpResponse<String> r = get("/api/queries/slow");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(JSON.readTree(r.body()).get("error").asText().contains("timed out"));
    }

    @Test
    void openApiHasOneOperationPerQuery() throws Exception {
        JsonNode api = JSON.readTree(get("/api/openapi.json").body());
        assertEquals("3.0.3", api.get("openapi").asText());
        JsonNode op = api.path("paths").path("/api/queries/timeline").path("get");
        assertEquals("timeline", op.get("operationId").asText());
        boolean from = false;
        for (JsonNode p : op.get("parameters"))
            if (p.get("name").asText().equals("from")) from = p.path("schema").path("format").asText().equals("date");
        assertTrue(from, op.toString());
        assertTrue(api.path("paths").has("/api/queries/who-met-whom"));
    }

    /** Debian's chromium renders the page; the DOM it dumps after the scripts ran is what a reader sees. */
    @Test
    void theTimelinePageShowsTheSeedMeetingInABrowserAndATopicFilterChangesIt() throws Exception {
        String chromium = chromium();
        assertNotNull(chromium, "chromium is needed for this test (.ci/run installs it)");
        String all = dumpDom(chromium, base + "/timeline");
        assertTrue(all.contains("<span class=\"date\">2025-10-29</span>"), "the seed meeting's day is shown");
        assertTrue(all.contains("data-type=\"meeting\""));
        int shownAll = shown(all);
        String filtered = dumpDom(chromium, base + "/timeline?topic=kurdish-militancy");
        int shownFiltered = shown(filtered);
        assertTrue(shownFiltered > 0 && shownFiltered < shownAll, shownFiltered + " of " + shownAll);
        String english = dumpDom(chromium, base + "/timeline?lang=en");
        assertTrue(english.contains("dir=\"ltr\"") && english.contains("Eskandar Momeni"), "the English toggle");
    }

    static int shown(String dom) {
        var m = java.util.regex.Pattern.compile("data-shown=\"(\\d+)\"").matcher(dom);
        assertTrue(m.find(), "the page's script did not run");
        return Integer.parseInt(m.group(1));
    }

    static String chromium() {
        for (String c : new String[] {"chromium", "chromium-browser", "google-chrome"})
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
                if (Files.isExecutable(Path.of(dir, c))) return Path.of(dir, c).toString();
        return null;
    }

    static String dumpDom(String chromium, String url) throws Exception {
        Path profile = Files.createTempDirectory(tmp, "chromium");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile,
                "--virtual-time-budget=5000", "--dump-dom", url).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return dom;
    }
}
