package org.itkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a sentence says of a person's name: states and titles written against it, counterparts. */
class EpithetsTest {
    private static Epithets.Said of(String text, String name) {
        int at = text.indexOf(name);
        assertTrue(at >= 0, name);
        return Epithets.of(text).around(at, at + name.length());
    }

    @Test
    void stateAndTitleWrittenBeforeTheName() {
        Epithets.Said s = of("Russian President Pavel Orlov spoke on the phone on Monday.", "Pavel Orlov");
        assertEquals(Set.of("RU"), s.states());
        assertEquals(Set.of("president"), s.offices());
    }

    @Test
    void stateAndTitleWrittenAfterTheNameInPersian() {
        Epithets.Said s = of("بهرام کاظمی وزیر کشور ایران امروز به آنکارا رفت.", "بهرام کاظمی");
        assertEquals(Set.of("IR"), s.states());
        assertEquals(Set.of("minister/interior"), s.offices());
    }

    @Test
    void theCounterpartANameIsTakesTheStateBeforeTheWordAndTheSubjectsOffice() {
        Epithets.Said s = of("Turkish President Kemal Aydın met his Russian counterpart, Pavel Orlov, in Sochi on Aug. 9 this year.", "Pavel Orlov");
        assertEquals(Set.of("RU"), s.states());
        assertEquals(Set.of("president"), s.offices());
        // "Aug. 9" ends no sentence: the title before it still counts
        Epithets.Said later = of("On Aug. 9 Turkish President Kemal Aydın met his Russian counterpart, Pavel Orlov.", "Pavel Orlov");
        assertEquals(Set.of("president"), later.offices());
    }

    @Test
    void aCounterpartOfOneSideNamedApartMakesThePersonTheOtherSide() {
        assertEquals(Set.of("TR"), of("Selim Aksoy, speaking at a joint press conference with his Iranian counterpart, said trade would grow.", "Selim Aksoy").states());
        assertEquals(Set.of("IR"), of("بهرام کاظمی در دیدار با همتای ترکیه‌ای خود گفت روابط گسترش می‌یابد.", "بهرام کاظمی").states());
        // a third state's counterpart says nothing of the side
        assertTrue(of("Selim Aksoy later met his Russian counterpart.", "Selim Aksoy").states().isEmpty());
    }

    @Test
    void twoTitlesJoinedBeforeOneNameAndThePortfolioAfterATitle() {
        Epithets.Said s = of("He received the Turkish Minister of Development and the President's Special Aide Selim Aksoy.", "Selim Aksoy");
        assertEquals(Set.of("TR"), s.states());
        assertTrue(s.offices().containsAll(Set.of("minister/economy", "adviser")), s.offices().toString());
    }

    @Test
    void aTitleOfAnotherPersonOrClauseIsNotTheNames() {
        assertTrue(of("Selim Aksoy arrived in Van, where the Iranian foreign minister waited.", "Selim Aksoy").isEmpty());
        assertTrue(of("Iran's foreign minister spoke first. Selim Aksoy answered.", "Selim Aksoy").isEmpty());
        Epithets.Said s = of("Gen. Ali Rezaei, the head of the aerospace unit of Iran's army, spoke.", "Ali Rezaei");
        assertTrue(s.offices().contains("head"), s.offices().toString());
    }

    @Test
    void anOfficeTheArticleNamesWithNoNameAgainstIt() {
        String text = "Turkey's trade minister arrived in Tehran on Monday. Selim Aksoy met Iranian Foreign Minister Bahram Kazemi.";
        int a = text.indexOf("Selim Aksoy"), b = text.indexOf("Bahram Kazemi");
        List<Epithets.Apart> apart = Epithets.of(text).titlesApart(List.of(new int[] {a, a + 11}, new int[] {b, b + 13}));
        assertEquals(1, apart.size(), apart.toString());
        assertEquals("minister/trade", apart.get(0).office());
        assertEquals("TR", apart.get(0).state());
        // a title against a name is that name's
        assertTrue(Epithets.of("Iranian Foreign Minister Bahram Kazemi spoke.").titlesApart(List.of(new int[] {25, 38})).isEmpty());
    }
}
