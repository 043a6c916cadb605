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
    void normaliserKeepsOffsets() {
        Text t = Normalizer.normalize("كشور‌ها ۱۴۰۴");
        assertEquals("کشورها 1404", t.norm);
        assertEquals(8, t.bodyOffset(t.norm.indexOf('1')));
    }
}
