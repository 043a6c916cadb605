package org.itkg.link;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class OfficesTest {
    private final Offices o = Offices.get();

    @Test
    void anOfficeIsNamedWhateverItsSpellingAndWording() {
        assertTrue(o.names("Minister of National Defence", "minister/defense"));
        assertTrue(o.names("Minister of Defense", "minister/defense"));
        assertTrue(o.names("Chief of the General Staff of the Armed Forces", "commander"));
        assertTrue(o.names("Director of the National Intelligence Organization", "head/intelligence"));
        assertTrue(o.names("Minister of Foreign Affairs of Turkey", "minister/foreign-affairs"));
        assertTrue(o.names("Deputy Minister of Foreign Affairs of Iran", "deputy-minister/foreign-affairs"));
        assertTrue(o.names("Vice President of Turkey", "vice-president"));
        assertTrue(o.names("Minister of Development", "minister/economy"));
        assertTrue(o.names("وزیر امور خارجه ایران", "minister/foreign-affairs"));
        assertTrue(o.names("Dışişleri Bakanı", "minister/foreign-affairs"));
        assertTrue(o.names("Speaker of the Grand National Assembly of Turkey", "speaker"));
        assertTrue(o.names("Chairman of the Islamic Consultative Assembly", "speaker"));
        assertTrue(o.names("Head of the Central Bank of Iran", "head/other"));
    }

    @Test
    void anotherPositionOrPortfolioIsAnotherOffice() {
        assertFalse(o.names("Vice President of Turkey", "president"));
        assertFalse(o.names("Deputy Minister of Foreign Affairs", "minister/foreign-affairs"));
        assertFalse(o.names("Minister of Trade", "minister/defense"));
        assertFalse(o.names("member of the Grand National Assembly", "governor"));
        assertFalse(o.names("Minister of Trade", "ambassador"));
        assertFalse(o.names("Chairman of the Islamic Consultative Assembly", "head/other"));
    }
}
