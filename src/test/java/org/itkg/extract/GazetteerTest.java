package org.itkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    @Test
    void matchesAcrossZwnjAndLetterVariantsWithSuffixes() {
        Gazetteer<String> g = new Gazetteer<>();
        g.add("نشست", "session");
        g.add("گفت‌وگو", "talk");
        String text = Normalizer.normalize("نشستهای دو کشور و گفت وگوي وزیران").norm;
        var hits = g.find(text);
        assertEquals(2, hits.size());
        assertEquals("session", hits.get(0).value());
        assertEquals("talk", hits.get(1).value());
    }

    @Test
    void theFirstTwoLettersLetAWordThroughWhateverSpacesStandBetweenThem() {
        Gazetteer<String> g = new Gazetteer<>();
        g.add("e", "letter");
        g.add("ab", "joined");
        g.add("c d", "spaced");
        assertEquals(List.of("joined", "joined", "spaced", "spaced", "letter"),
                g.find("ab a b cd c d e ax ca").stream().map(Gazetteer.Hit::value).toList());
        assertEquals(List.of("letter"), g.find("x e").stream().map(Gazetteer.Hit::value).toList());
    }

    @Test
    void namesTakeNoSuffix() {
        Gazetteer<String> places = new Gazetteer<>(false);
        places.add("بازرگان", "Bazargan");
        assertTrue(places.find("روابط بازرگانی").isEmpty());
        assertEquals(1, places.find("مرز بازرگان").size());
    }

    @Test
    void oneScanOfATextServesEveryGazetteerAndEveryRange() {
        Gazetteer<String> meetings = new Gazetteer<>();
        meetings.add("دیدار", "meeting");
        Gazetteer<String> posts = new Gazetteer<>(false);
        posts.add("وزیران", "ministers");
        String article = "x".repeat(300) + " دیدار وزیران";
        Scan scan = Scan.of(article);
        // each gazetteer keeps its own candidates in the scan: one's words are not the other's
        assertEquals(301, meetings.find(scan, 0, article.length()).get(0).start());
        assertEquals("ministers", posts.find(scan, 0, article.length()).get(0).value());
        assertEquals(1, meetings.find(scan, 0, article.length()).size());
        assertTrue(meetings.find(scan, 0, 301).isEmpty(), "a range before the term");
        assertEquals(301, meetings.find(scan, 200, article.length()).get(0).start());
        Gazetteer<String> names = Gazetteer.forOneText();
        names.add("وزیران", "ministers");
        assertTrue(names.slot() < 0);
        assertEquals("ministers", names.find(scan, 0, article.length()).get(0).value(), "a gazetteer without a slot scans uncached");
    }

    @Test
    void aScanRemembersTermsYetEveryRangeFindsWhatAFreshScanFinds() {
        Gazetteer<String> g = new Gazetteer<>();
        assertTrue(g.slot() >= 0, "a lexicon's gazetteer keeps what it finds in the scan");
        g.add("وزیر", "minister");
        g.add("وزیر امور خارجه", "foreign minister");
        g.add("خارج*", "abroad");
        g.add("talk", "talk");
        String text = "وزیر امور خارجه ترکیه و وزیرانی دیگر talks خارجی وزیر";
        Scan shared = Scan.of(text);
        // the whole text first, so that the longest terms are remembered before the shorter ranges ask
        assertEquals("foreign minister", g.find(shared, 0, text.length()).get(0).value());
        assertEquals("minister", g.find(shared, 0, text.indexOf(" امور")).get(0).value(), "a range that ends inside a longer term");
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                assertEquals(walk(g, text, from, to), g.find(shared, from, to), "range " + from + ".." + to);
            }
        }
    }

    /** What {@link Gazetteer#find} answers, by walking the trie from every word start in the range. */
    private static <T> List<Gazetteer.Hit<T>> walk(Gazetteer<T> g, String text, int from, int to) {
        List<Gazetteer.Hit<T>> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) continue;
            Gazetteer.Hit<T> h = g.longestAt(text, i, to);
            if (h == null) continue;
            out.add(h);
            i = h.end() - 1;
        }
        return out;
    }

    @Test
    void aTextCarriesOneScan() {
        Text t = Normalizer.normalize("دیدار وزیران");
        assertSame(t.scan(), t.scan());
        assertEquals(t.norm, t.scan().text());
    }

    @Test
    void normaliserKeepsOffsets() {
        Text t = Normalizer.normalize("كشور‌ها ۱۴۰۴");
        assertEquals("کشورها 1404", t.norm);
        assertEquals(8, t.bodyOffset(t.norm.indexOf('1')));
    }
}
