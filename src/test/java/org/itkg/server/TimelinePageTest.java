package org.itkg.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.itkg.store.Loader;
import org.itkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline page in a real Chromium: undated events, labels in the page's language, and no way for data to become script. */
class TimelinePageTest {
    @TempDir
    static Path tmp;
    static Store store;
    static ItkgServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(tmp.resolve("db"));
        new Loader(store, 50, f -> fail(f.toString()), n -> {}).load(List.of(Path.of("seeds")));
        server = ItkgServer.start(store.dataset(), new ItkgServer.Settings("127.0.0.1", 0, null, 10_000));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static Browser browser() throws Exception {
        String chromium = QueryApiTest.chromium();
        assertNotNull(chromium, "chromium is needed for this test (.ci/run installs it)");
        return Browser.open(chromium, Files.createTempDirectory(tmp, "chromium"));
    }

    @Test
    void undatedEventsHaveTheirLaneAndTypesTheirPersianLabels() throws Exception {
        try (Browser b = browser()) {
            b.go(base + "/timeline");
            int undated = b.eval("document.querySelectorAll('#undated .event').length").asInt();
            assertTrue(undated > 0, "the events of the seed without a date are shown");
            assertTrue(b.eval("[...document.querySelectorAll('#undated .event')].some(e => e.dataset.type === 'phone-call')").asBoolean(),
                    "among them the seeds' only phone call");
            assertTrue(b.eval("document.querySelector('#undated .event .pub').textContent").asText().contains("بی‌تاریخ"));
            String types = b.eval("[...document.querySelectorAll('.event .type')].map(e => e.textContent).join('|')").asText();
            assertTrue(types.contains("دیدار") && !types.contains("meeting"), types);
            assertTrue(b.eval("document.querySelector('#legend').textContent").asText().contains("گفت‌وگوی تلفنی"));
            // the axis labels lie inside the drawing
            assertTrue(b.eval("[...document.querySelectorAll('#axis text')].every(t => { const r = t.getBBox(); "
                    + "return r.x >= 0 && r.x + r.width <= document.getElementById('axis').clientWidth; })").asBoolean());
            b.go(base + "/timeline?month=2019-01");
            assertTrue(b.eval("document.querySelector('#events .empty').textContent").asText().contains("رویدادی نیست"));
            b.go(base + "/timeline?lang=en");
            assertTrue(b.eval("document.querySelector('#undated .event .pub').textContent").asText().contains("undated"));
        }
    }

    @Test
    void eventsOfOneDayAndTypeAreNotDrawnOnTopOfEachOther() throws Exception {
        try (Browser b = browser()) {
            b.go(base + "/timeline");
            assertTrue(b.eval("(() => { const seen = new Set(); for (const c of document.querySelectorAll('#axis circle')) { "
                    + "const k = c.getAttribute('cx') + ',' + c.getAttribute('cy'); if (seen.has(k)) return false; seen.add(k); } return true; })()").asBoolean());
        }
    }

    @Test
    void aJavascriptLinkInTheStoreNeverRuns() throws Exception {
        // written around the loader, which refuses such a url: a store of an older version, or a raw Graph Store PUT
        Txn.executeWrite(store.dataset(), () -> UpdateAction.parseExecute("""
                PREFIX schema: <https://schema.org/>
                DELETE { GRAPH <https://w3id.org/itkg/graph/timeline> { ?e schema:url ?u } }
                INSERT { GRAPH <https://w3id.org/itkg/graph/timeline> { ?e schema:url "javascript:window.x=1//" } }
                WHERE { GRAPH <https://w3id.org/itkg/graph/timeline> { ?e a ?t } OPTIONAL { GRAPH <https://w3id.org/itkg/graph/timeline> { ?e schema:url ?u } } }
                """, store.dataset()));
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/timeline")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'nonce-"), page.headers().toString());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        try (Browser b = browser()) {
            b.go(base + "/timeline");
            b.eval("document.querySelector('.event').click()");
            assertEquals(0, b.eval("document.querySelectorAll('#details a').length").asInt(), "no link is made of a javascript: url");
            // and were one made, the policy would not let it run
            b.eval("(() => { const a = document.createElement('a'); a.href = 'javascript:window.x=1//'; document.body.appendChild(a); a.click(); })()");
            Thread.sleep(300);
            assertTrue(b.eval("typeof window.x === 'undefined'").asBoolean(), "the script of the link ran");
        }
    }
}
