package org.itkg.resolve;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.itkg.article.Article;
import org.itkg.article.ArticleReader;
import org.itkg.article.ArticleSink;
import org.itkg.bench.ArticleGenerator;
import org.itkg.extract.Extraction;
import org.itkg.extract.Extractor;
import org.itkg.graph.ArticleGraph;
import org.itkg.resolve.PersonMention;
import org.itkg.resolve.Resolution;
import org.junit.jupiter.api.Test;

/**
 * A load into an empty store resolves from the extractions before it writes; a later load resolves from
 * the graphs in the store. Both must see the same persons and events, or a node would change its name
 * for no reason at the next load.
 */
class SightingsTest {
    private static final String[][] WRITTEN = {
            {"en", "Iranian Foreign Minister Abbas Araghchi met Turkish Foreign Minister Hakan Fidan in Ankara on Saturday. "
                    + "Fidan said the two countries would reopen the border crossing."},
            {"en", "Turkey's interior minister spoke by phone with his Iranian counterpart on Monday about border security."},
            {"tr", "İçişleri Bakanı Ali Yerlikaya, İranlı mevkidaşı ile Tahran'da bir araya geldi ve terörle mücadeleyi görüştü."},
            {"fa", "سخنگوی وزارت امور خارجه ایران گفت هیئتی از ترکیه هفته آینده برای نشست کمیسیون مشترک به تهران سفر خواهد کرد."},
            {"fa", "جمال الدین اوزترک معاون وزیر کشور ترکیه امروز در وان با علی رضایی معاون وزیر کشور ایران گفتگوی تلفنی داشت."},
    };

    @Test
    void theResolutionReadsTheSamePersonsAndEventsFromAnExtractionAsFromItsGraph() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < WRITTEN.length; i++)
            articles.add(new Article("w" + i, null, "outlet", LocalDate.of(2025, 3, 1 + i), WRITTEN[i][0], WRITTEN[i][1], "written:" + i));
        ArticleGenerator gen = new ArticleGenerator(7);
        for (int i = 0; i < 300; i++) articles.add(gen.article(i));
        ArticleReader.read(List.of(Path.of("seeds")), new ArticleSink() {
            @Override
            public void article(Article a) {
                articles.add(a);
            }

            @Override
            public void failure(String origin, String reason) {
                fail(origin + ": " + reason);
            }
        });
        Extractor extractor = new Extractor(), again = new Extractor();
        int persons = 0, events = 0;
        for (Article a : articles) {
            Extraction x = extractor.extract(a);
            DatasetGraph graph = DatasetGraphFactory.create();
            ArticleGraph.write(x, new org.apache.jena.riot.system.StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    graph.add(q);
                }
            });
            Sightings seen = Sightings.of(graph);
            assertEquals(byKey(seen.mentions), byKey(Resolution.mentions(x)), a.id());
            assertEquals(new HashSet<>(seen.reports), new HashSet<>(Resolution.reports(x)), a.id());
            // a load checks only that an article is unchanged between its two readings, not what it gave
            Extraction y = again.extract(a);
            assertEquals(Resolution.mentions(x), Resolution.mentions(y), a.id());
            assertEquals(Resolution.reports(x), Resolution.reports(y), a.id());
            persons += seen.mentions.size();
            events += seen.reports.size();
        }
        assertTrue(persons > articles.size() && events > articles.size(), persons + " persons, " + events + " events");
    }

    /** A graph has one node per key where an extraction may name a person twice: compare what is known per key. */
    private static Map<String, List<Object>> byKey(List<PersonMention> mentions) {
        Map<String, List<Object>> out = new TreeMap<>();
        for (PersonMention m : mentions) {
            List<Object> k = out.computeIfAbsent(m.key(), x -> List.of(new TreeSet<String>(), new TreeSet<String>(), new TreeSet<String>(),
                    new ArrayList<Object>()));
            @SuppressWarnings("unchecked") Set<String> names = (Set<String>) k.get(0), offices = (Set<String>) k.get(1), countries = (Set<String>) k.get(2);
            names.addAll(m.names());
            offices.addAll(m.offices());
            if (m.country() != null) countries.add(m.country());
            @SuppressWarnings("unchecked") List<Object> rest = (List<Object>) k.get(3);
            rest.clear();
            rest.addAll(java.util.Arrays.asList(m.article(), m.known(), m.published()));
        }
        return out;
    }
}
