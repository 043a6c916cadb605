package org.itkg.link;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The evidence a person's link needs beyond the name, and what becomes of ties, close leads and conflicts. */
class ScorerTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 10);

    private static Subject person(Map<String, String> states, Map<String, String> offices) {
        return new Subject("https://w3id.org/itkg/person/selim-aksoy", "person", Map.of("Selim Aksoy", "en"),
                new TreeMap<>(states), new TreeMap<>(offices), new TreeSet<>(Set.of(DAY)), new ArrayList<>());
    }

    private static Item human(String q, String citizenship) {
        Item it = new Item("http://www.wikidata.org/entity/" + q);
        it.labels.put("Selim Aksoy", "tr");
        it.types.add("Q5");
        if (citizenship != null) it.citizenship.add(citizenship);
        return it;
    }

    @Test
    void nameAndNationalityAreWhatEveryNamesakeHas() {
        Linker.LinkCandidate c = Scorer.score(person(Map.of("TR", Subject.OFFICE), Map.of("governor", Subject.STORE)), human("Q1", "Q43"));
        assertEquals(0.7, c.score());
        assertTrue(c.reason().contains("nothing beyond name and state"), c.reason());
        assertFalse(c.conflict());
    }

    @Test
    void anOfficeOrAPeriodGoesBeyondTheName() {
        Item minister = human("Q2", "Q43");
        minister.office("http://www.wikidata.org/entity/Q9", "Minister of Trade", LocalDate.of(2023, 6, 3), null);
        Linker.LinkCandidate withOffice = Scorer.score(person(Map.of("TR", Subject.OFFICE), Map.of("minister/trade", Subject.STORE)), minister);
        assertEquals(1.0, withOffice.score(), withOffice.reason());
        // the store knows no office of the person's: an office held on the article's date
        Linker.LinkCandidate period = Scorer.score(person(Map.of("TR", Subject.STORE), Map.of()), minister);
        assertEquals(0.9, period.score(), period.reason());
        // the store knows another office: the period alone cannot pass 0.8
        Linker.LinkCandidate other = Scorer.score(person(Map.of("TR", Subject.OFFICE), Map.of("governor", Subject.STORE)), minister);
        assertTrue(other.score() <= 0.8, other.reason());
        // what only the article's wording says is thin, and said so
        Linker.LinkCandidate thin = Scorer.score(person(Map.of("TR", Subject.ARTICLE), Map.of()), minister);
        assertEquals(0.85, thin.score());
        assertTrue(thin.reason().contains("thin evidence"), thin.reason());
    }

    @Test
    void aStateThatDisagreesIsAConflictUnlessItWasOnlyInferred() {
        Item minister = human("Q2", "Q43");
        minister.office("http://www.wikidata.org/entity/Q9", "Minister of Trade", null, null);
        Linker.LinkCandidate office = Scorer.score(person(Map.of("IR", Subject.OFFICE), Map.of("minister/trade", Subject.STORE)), minister);
        assertTrue(office.conflict());
        assertTrue(office.reason().contains("conflict"), office.reason());
        Linker.LinkCandidate inferred = Scorer.score(person(Map.of("IR", Subject.STORE, "TR", Subject.ARTICLE), Map.of("minister/trade", Subject.STORE)), minister);
        assertFalse(inferred.conflict(), inferred.reason());
        assertTrue(inferred.reason().contains("not IR"), inferred.reason());
    }

    @Test
    void aNamesakeDeadBeforeTheArticleOrAnotherClassIsNotThePerson() {
        Item dead = human("Q3", "Q43");
        dead.office("http://www.wikidata.org/entity/Q9", "Minister of Trade", LocalDate.of(1950, 1, 1), LocalDate.of(1955, 1, 1));
        dead.died = LocalDate.of(1960, 1, 1);
        assertTrue(Scorer.score(person(Map.of("TR", Subject.OFFICE), Map.of("minister/trade", Subject.STORE)), dead).score() <= 0.3);
        Item ship = new Item("http://www.wikidata.org/entity/Q4");
        ship.labels.put("Selim Aksoy", "en");
        ship.types.add("Q11446");
        assertEquals(0.0, Scorer.score(person(Map.of(), Map.of()), ship).score());
        Item other = new Item("http://www.wikidata.org/entity/Q5");
        other.labels.put("Selim Aksoyoğlu", "tr");
        assertNull(Scorer.score(person(Map.of(), Map.of()), other), "another name is no candidate");
    }

    @Test
    void onlyAClearLeadWithoutConflictIsLinked() {
        String e = "https://w3id.org/itkg/person/x";
        List<Linker.LinkCandidate> cs = List.of(
                new Linker.LinkCandidate(e, "wd:Q1", 0.9, "", false), new Linker.LinkCandidate(e, "wd:Q2", 0.7, "", false));
        assertEquals("wd:Q1", Linker.decide(cs, 0.8).get(e).link().item());
        Linker.Decision tie = Linker.decide(List.of(new Linker.LinkCandidate(e, "wd:Q1", 0.9, "", false),
                new Linker.LinkCandidate(e, "wd:Q2", 0.9, "", false)), 0.8).get(e);
        assertNull(tie.link());
        assertTrue(tie.review().startsWith("ties"), tie.review());
        Linker.Decision close = Linker.decide(List.of(new Linker.LinkCandidate(e, "wd:Q1", 0.9, "", false),
                new Linker.LinkCandidate(e, "wd:Q2", 0.85, "", false)), 0.8).get(e);
        assertNull(close.link());
        assertTrue(close.review().startsWith("leads"), close.review());
        Linker.Decision conflict = Linker.decide(List.of(new Linker.LinkCandidate(e, "wd:Q1", 0.9, "", true)), 0.8).get(e);
        assertNull(conflict.link());
        assertTrue(conflict.review().contains("disagree"), conflict.review());
        assertNull(Linker.decide(List.of(new Linker.LinkCandidate(e, "wd:Q1", 0.8, "", false)), 0.8).get(e).link(), "not above");
    }
}
