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
    void scansOfOneTextServeEveryGazetteerAndNeverAnotherText() {
        Gazetteer<String> g = new Gazetteer<>();
        g.add("دیدار", "meeting");
        String article = "x".repeat(300) + " دیدار وزیران";
        assertEquals(301, g.find(article).get(0).start());
        assertEquals(0, g.find("دیدار").get(0).start(), "a short text between scans of the article");
        assertEquals(301, g.find(article, 200, article.length()).get(0).start());
        String other = article.replace("دیدار", "سفرها");
        assertEquals(article.length(), other.length());
        assertTrue(g.find(other).isEmpty(), "a text of the same length is scanned anew");
        Gazetteer<String> late = null;
        for (int i = 0; i < Gazetteer.SLOTS + 2; i++) late = new Gazetteer<>(false);
        late.add("وزیران", "ministers");
        assertTrue(late.slot() < 0);
        assertEquals("ministers", late.find(article).get(0).value(), "a gazetteer without a slot scans uncached");
        assertEquals(1, g.find(article).size());
    }

    @Test
    void normaliserKeepsOffsets() {
        Text t = Normalizer.normalize("كشور‌ها ۱۴۰۴");
        assertEquals("کشورها 1404", t.norm);
        assertEquals(8, t.bodyOffset(t.norm.indexOf('1')));
    }
}
