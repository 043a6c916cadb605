package org.itkg.extract;

import static org.junit.jupiter.api.Assertions.*;

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
        Gazetteer<String> late = null;
        for (int i = 0; i < Gazetteer.SLOTS + 2; i++) late = new Gazetteer<>(false);
        late.add("وزیران", "ministers");
        assertTrue(late.slot() < 0);
        assertEquals("ministers", late.find(scan, 0, article.length()).get(0).value(), "a gazetteer without a slot scans uncached");
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
