package org.itkg.link;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void oneKeyForTheSpellingsNewsAndWikidataDifferBy() {
        assertEquals(Labels.key("Kemal Yılmaz"), Labels.key("Kemal Yilmaz"));
        assertEquals(Labels.key("KEMAL YILMAZ"), Labels.key("kemal yilmaz"));
        assertEquals(Labels.key("İbrahim Kalın"), Labels.key("Ibrahim Kalin"));
        assertEquals(Labels.key("Mevlüt Çavuşoğlu"), Labels.key("Mevlut Cavusoglu"));
        assertEquals(Labels.key("رئیسی"), Labels.key("رییسی"));
        assertEquals(Labels.key("رئیسی"), Labels.key("رئيسي"));
        assertEquals(Labels.key("کاظم"), Labels.key("كاظم"));
        assertEquals(Labels.key("عبد‌اللهیان"), Labels.key("عبد اللهیان"));
        assertEquals(Labels.key("عبد‌اللهیان"), Labels.key("عبداللهیان"));
        assertEquals(Labels.key("مؤمنی"), Labels.key("مومنی"));
        assertEquals(Labels.key("آیت‌الله"), Labels.key("ایت الله"));
        assertEquals(Labels.key("Hossein Amir-Abdollahian"), Labels.key("Hossein Amir Abdollahian"));
        assertNotEquals(Labels.key("Kemal Yılmaz"), Labels.key("Kemal Yıldız"));
        assertNotEquals(Labels.key("رضا"), Labels.key("رضی"));
    }

    @Test
    void aNameIsAskedInTheSpellingsItMayHaveThere() {
        assertTrue(Labels.spellings("Kemal Yilmaz").contains("Kemal Yılmaz"));
        assertTrue(Labels.spellings("Ibrahim Kalin").contains("İbrahim Kalın"));
        assertTrue(Labels.spellings("Mevlut Cavusoglu").contains("Mevlüt Çavuşoğlu"));
        assertTrue(Labels.spellings("Kemal Yılmaz").contains("Kemal Yilmaz"));
        assertTrue(Labels.spellings("ZAFER BAYRAMI").contains("Zafer Bayramı"));
        assertTrue(Labels.spellings("علی رضا صالحیان").contains("علی‌رضا صالحیان"));
        assertTrue(Labels.spellings("علی رضا صالحیان").contains("علیرضا صالحیان"));
        assertTrue(Labels.spellings("کاظم غریب آبادی").contains("كاظم غريب‌آبادي"));
        assertTrue(Labels.spellings("ابراهیم رییسی").contains("ابراهیم رئیسی"));
        assertTrue(Labels.spellings("علی خامنهای").contains("علی خامنه‌ای"), "the joiner the store dropped");
        assertTrue(Labels.spellings("آیتالله علی خامنهای").contains("آیت‌الله علی خامنه‌ای"));
        for (String name : List.of("Mevlut Cavusoglu", "Recep Tayyip Erdogan", "محمد حسین امیر عبد اللهیان", "ZAFER BAYRAMI")) {
            List<String> s = Labels.spellings(name);
            assertEquals(name, s.get(0), "the name as written first");
            assertTrue(s.size() <= Labels.MAX_SPELLINGS);
            for (String v : s) assertEquals(Labels.key(name), Labels.key(v), v);
        }
    }
}
