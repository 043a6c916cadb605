package org.itkg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.Quad;
import org.itkg.article.Article;
import org.itkg.bench.ArticleGenerator;
import org.itkg.resolve.Decisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The invariant of incremental maintenance: after any sequence of loads, replacements and removals, in any
 * order and batch sizes, the store holds exactly the quads one load of the final set of articles into an
 * empty store gives.
 */
class IncrementalTest {
    @TempDir
    Path tmp;

    /**
     * Articles written for these tests: ResolverTest's (two reports of one meeting, spelling variants) and a
     * surname alone, an English report of a Persian one, and a replacement of "a".
     */
    private static final String[][] MORE = {
            {"f", "fa", "2025-04-21", "اوزتورک در این گفتگو گفت: «همکاری مرزی دو کشور ادامه دارد.» رضایی نیز بر امنیت مرزها تاکید کرد."},
            {"g", "en", "2025-04-07", "Turkish Deputy Interior Minister Cemal Ozturk met Iran's Deputy Interior Minister Ali Rezaei in Tehran."},
            {"a", "fa", "2025-03-01", "عباس عراقچی وزیر امور خارجه ایران امروز در تهران با هاکان فیدان وزیر امور خارجه ترکیه گفتگوی تلفنی داشت."},
    };

    private final Map<String, List<String>> versions = new LinkedHashMap<>();
    private int files;

    private void pool() throws java.io.IOException {
        for (String[] a : java.util.stream.Stream.concat(java.util.Arrays.stream(ResolverTest.ARTICLES), java.util.Arrays.stream(MORE)).toList())
            versions.computeIfAbsent(a[0], k -> new ArrayList<>()).add("id: " + a[0] + "\nlang: " + a[1] + "\ndate: " + a[2] + "\n\n" + a[3]);
        ArticleGenerator gen = new ArticleGenerator(7);
        for (int i = 0; i < 8; i++) {
            Article x = gen.article(i);
            versions.computeIfAbsent(x.id(), k -> new ArrayList<>()).add(ArticleGenerator.asText(x));
        }
        // a generated article rewritten with another's body: a correction that changes persons and events
        Article x = gen.article(0), y = gen.article(1);
        versions.get(x.id()).add(ArticleGenerator.asText(new Article(x.id(), x.url(), x.outlet(), x.date(), x.lang(), y.body(), "edited")));
        // real articles, where they are beside the checkout (they are not part of it): names, places and
        // events as the news gives them, several articles on one meeting
        Path dev = Path.of("..", "shared", "corpus", "dev");
        if (Files.isDirectory(dev)) {
            try (var files = Files.list(dev)) {
                List<Path> texts = files.filter(f -> f.toString().endsWith(".txt") && !f.getFileName().toString().startsWith("seed")).sorted().toList();
                for (int i = 0; i < texts.size(); i += Math.max(1, texts.size() / 24)) {
                    String id = "dev-" + texts.get(i).getFileName().toString().replace(".txt", "");
                    versions.computeIfAbsent(id, k -> new ArrayList<>()).add(withId(Files.readString(texts.get(i)), id));
                }
            }
        }
    }

    /** An article file's text with its id set to {@code id}, whatever header it had. */
    private static String withId(String text, String id) {
        return "id: " + id + "\n" + text.replaceFirst("(?m)^id:.*\\R", "");
    }

    @Test
    void anySequenceOfLoadsReplacementsAndRemovalsEndsAsOneLoadOfTheFinalSet() throws Exception {
        pool();
        List<String> ids = new ArrayList<>(versions.keySet());
        for (long seed = 1; seed <= 8; seed++) {
            Random r = new Random(seed);
            Map<String, String> present = new LinkedHashMap<>();
            List<String> steps = new ArrayList<>();
            try (Store s = Store.open(tmp.resolve("inc" + seed))) {
                for (int step = 0; step < 8; step++) {
                    if (!present.isEmpty() && r.nextInt(3) == 0) {
                        List<String> gone = new ArrayList<>();
                        for (String id : present.keySet()) if (r.nextInt(3) == 0) gone.add(id);
                        if (gone.isEmpty()) gone.add(present.keySet().iterator().next());
                        Store.Removal rm = s.remove(gone, () -> s.maintenance(() -> Decisions.NONE));
                        assertEquals(gone, rm.ids());
                        gone.forEach(present::remove);
                        steps.add("remove " + gone);
                    } else {
                        Map<String, String> batch = new LinkedHashMap<>();
                        int n = 1 + r.nextInt(5);
                        for (int i = 0; i < n; i++) {
                            String id = ids.get(r.nextInt(ids.size()));
                            List<String> v = versions.get(id);
                            batch.put(id, v.get(r.nextInt(v.size())));
                        }
                        load(s, batch, 1 + r.nextInt(3));
                        present.putAll(batch);
                        steps.add("load " + batch.keySet());
                    }
                }
                Set<Quad> incremental = StoreTest.all(s);
                Set<Quad> once;
                try (Store fresh = Store.open(tmp.resolve("once" + seed))) {
                    if (!present.isEmpty()) load(fresh, present, 200);
                    else fresh.loadOntology();
                    once = StoreTest.all(fresh);
                }
                assertEquals(diff(once, incremental), diff(incremental, once), "seed " + seed + ": " + steps);
                assertEquals(once.size(), incremental.size());
            }
        }
    }

    @Test
    void aRemovedArticleTakesWhatOnlyItAttestedAndLeavesSharedEventsWithTheirOtherReports() throws Exception {
        pool();
        try (Store s = Store.open(tmp.resolve("db"))) {
            Map<String, String> ab = new LinkedHashMap<>();
            ab.put("a", versions.get("a").get(0));
            ab.put("b", versions.get("b").get(0));
            ab.put("c", versions.get("c").get(0));
            load(s, ab, 200);
            assertEquals(1, ResolverTest.select(s, "SELECT ?p WHERE { GRAPH <https://w3id.org/itkg/graph/entities> { ?p <https://w3id.org/itkg/ontology#reportCount> 2 } }").size());
            Store.Removal rm = s.remove(List.of("a", "no-such-article"), () -> s.maintenance(() -> Decisions.NONE));
            assertEquals(List.of("a"), rm.ids());
            assertEquals(List.of("no-such-article"), rm.unknown());
            // the meeting a and b told of stays, with b's report alone; Erdoğan, named only by c, stays too
            assertTrue(ResolverTest.select(s, "SELECT ?p WHERE { GRAPH <https://w3id.org/itkg/graph/entities> { ?p <https://w3id.org/itkg/ontology#reportCount> 2 } }").isEmpty());
            assertEquals(1, ResolverTest.select(s, "SELECT ?e WHERE { GRAPH <https://w3id.org/itkg/graph/timeline> { ?e ?p ?o } FILTER(CONTAINS(STR(?e), '/event/b/')) } LIMIT 1").size());
            s.remove(List.of("c"), () -> s.maintenance(() -> Decisions.NONE));
            assertTrue(ResolverTest.select(s, "SELECT ?p WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(CONTAINS(STR(?p), 'erdogan')) }").isEmpty());
        }
    }

    @Test
    void anAddedArticleMovesTheTimelineKeysOfItsOwnDayOnly() throws Exception {
        ArticleGenerator gen = new ArticleGenerator(3);
        Map<String, String> first = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) first.put("g" + i, ArticleGenerator.asText(gen.article(i)));
        try (Store s = Store.open(tmp.resolve("keys"))) {
            load(s, first, 200);
            Map<String, String> before = keys(s);
            assertTrue(before.values().stream().anyMatch(k -> Long.parseLong(k) >= 999_999_990_000_000L), "some rows are undated: " + before);
            Article added = gen.article(1000);
            load(s, Map.of("new", ArticleGenerator.asText(added)), 1);
            Map<String, String> after = keys(s);
            String day = added.date().toString().replace("-", "");
            before.forEach((event, key) -> {
                if (!key.contains(day)) assertEquals(key, after.get(event), event + " kept its key");
            });
        }
    }

    /** Each timeline row's sort key. */
    private static Map<String, String> keys(Store s) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (var row : ResolverTest.select(s, "SELECT ?e ?k WHERE { GRAPH <https://w3id.org/itkg/graph/timeline> { ?e <https://w3id.org/itkg/ontology#sortKey> ?k } }"))
            out.put(row.getResource("e").getURI(), row.getLiteral("k").getLexicalForm());
        return out;
    }

    private void load(Store s, Map<String, String> articles, int batch) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("files" + files++));
        int n = 0;
        for (String text : articles.values()) Files.writeString(dir.resolve((n++) + ".txt"), text);
        new Loader(s, batch, f -> fail(f.toString()), x -> {}).load(List.of(dir));
    }

    private static Set<String> diff(Set<Quad> a, Set<Quad> b) {
        Set<String> out = new TreeSet<>();
        for (Quad q : a) if (!b.contains(q)) out.add(q.toString());
        return out;
    }
}
