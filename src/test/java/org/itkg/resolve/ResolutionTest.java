package org.itkg.resolve;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.itkg.article.Article;
import org.itkg.extract.Extraction;
import org.itkg.extract.Extractor;
import org.itkg.graph.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolutionTest {
    private static final Extractor X = new Extractor();

    @TempDir
    Path tmp;

    static PersonMention m(String article, String name, String country, String... offices) {
        return new PersonMention(article, Iris.fold(name), false, List.of(name), country, Set.of(offices), LocalDate.of(2024, 5, 1));
    }

    static Extraction article(String id, String lang, String date, String body) {
        return X.extract(new Article(id, null, null, LocalDate.parse(date), lang, body, id));
    }

    @Test
    void aSurnameAloneIsTheOnlyPersonOfItsStateWhoseNameEndsInIt() {
        Entities.Result r = Entities.resolve(List.of(
                m("a1", "جمال اوزتورک", "TR", "TR/deputy-minister/interior"),
                m("a2", "اوزتورک", "TR"),
                m("a3", "اوزتورک", "IR")), Decisions.NONE);
        assertEquals(Iris.fold("جمال اوزتورک"), r.of(Iris.fold("اوزتورک")));
        assertEquals(1, r.merges());
    }

    @Test
    void aSurnameThatFitsTwoPeopleStaysApartAndIsReportedForReview() {
        Entities.Result r = Entities.resolve(List.of(
                m("a1", "علی لاریجانی", "IR", "IR/speaker"),
                m("a2", "صادق لاریجانی", "IR", "IR/head/judiciary"),
                m("a3", "لاریجانی", "IR")), Decisions.NONE);
        assertEquals(0, r.merges());
        assertEquals(2, r.candidates().size(), r.candidates().toString());
        assertTrue(r.candidates().get(0).reason().contains("2 persons"));
    }

    @Test
    void aSurnameWithAnotherOfficeIsOnlyACandidate() {
        Entities.Result r = Entities.resolve(List.of(
                m("a1", "علی لاریجانی", "IR", "IR/speaker"),
                m("a2", "لاریجانی", "IR", "IR/head/judiciary")), Decisions.NONE);
        assertEquals(0, r.merges());
        assertEquals(1, r.candidates().size());
    }

    @Test
    void twoSpellingsOfOneNameOfOneStateAreOnePerson() {
        Entities.Result r = Entities.resolve(List.of(
                m("a1", "سلیمان سویلو", "TR", "TR/minister/interior"),
                m("a2", "سلیمان صویلو", "TR"),
                m("a3", "مولود چاووش اوغلو", "TR"),
                m("a4", "مولود چاوش اوغلو", "TR"),
                m("a5", "سلیمان صویلو", "IR")), Decisions.NONE);
        assertEquals(r.of(Iris.fold("سلیمان سویلو")), r.of(Iris.fold("سلیمان صویلو")));
        assertEquals(r.of(Iris.fold("مولود چاووش اوغلو")), r.of(Iris.fold("مولود چاوش اوغلو")));
        assertEquals(2, r.merges());
    }

    @Test
    void theAnalystsVerdictsWin() throws Exception {
        Path file = tmp.resolve("entity-decisions.tsv");
        Files.writeString(file, "# verdicts\n"
                + Decisions.line(false, Iris.fold("اوزتورک"), Iris.fold("جمال اوزتورک"), "another Öztürk") + "\n"
                + Decisions.line(true, Iris.person(Iris.fold("جمال الدین اوزترک")).getURI(), Iris.fold("جمال اوزتورک"), null) + "\n");
        Decisions d = Decisions.read(file);
        Entities.Result r = Entities.resolve(List.of(
                m("a1", "جمال اوزتورک", "TR"), m("a2", "اوزتورک", "TR"), m("a3", "جمال الدین اوزترک", "TR")), d);
        assertEquals(Iris.fold("اوزتورک"), r.of(Iris.fold("اوزتورک")));
        assertEquals(r.of(Iris.fold("جمال اوزتورک")), r.of(Iris.fold("جمال الدین اوزترک")));
        Files.writeString(file, "merge\ta\tb\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Decisions.read(file));
        assertTrue(e.getMessage().startsWith(file + ":1:"), e.getMessage());
    }

    @Test
    void oneMeetingReportedInTwoLanguagesIsOneEventAndOtherMeetingsStayApart() {
        List<Extraction> xs = List.of(
                article("a", "fa", "2025-03-01", "عباس عراقچی وزیر امور خارجه ایران امروز در آنکارا با هاکان فیدان وزیر امور خارجه ترکیه دیدار کرد."),
                article("b", "en", "2025-03-02", "Iranian Foreign Minister Abbas Araghchi met Turkish Foreign Minister Hakan Fidan in Ankara on Saturday."),
                article("c", "fa", "2025-03-01", "عباس عراقچی وزیر امور خارجه ایران امروز در آنکارا با رجب طیب اردوغان رئیس جمهور ترکیه دیدار کرد."),
                article("d", "fa", "2025-06-10", "عباس عراقچی وزیر امور خارجه ایران امروز در تهران با هاکان فیدان وزیر امور خارجه ترکیه دیدار کرد."));
        Stories.Result r = Resolution.of(xs).events();
        assertEquals(r.of("a/0"), r.of("b/0"), r.reports().toString());
        assertNotEquals(r.of("a/0"), r.of("c/0"));
        assertNotEquals(r.of("a/0"), r.of("d/0"));
        assertEquals(1, r.merges());
    }

    @Test
    void aReportWithoutADayJoinsTheEventOnlyWhenPublishedWithinDays() {
        Report dated = report("a", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1));
        assertTrue(Stories.sameEvent(dated, report("b", null, LocalDate.of(2025, 3, 3))));
        assertFalse(Stories.sameEvent(dated, report("c", null, LocalDate.of(2025, 3, 20))));
        assertFalse(Stories.sameEvent(dated, report("d", LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 2))));
        assertFalse(Stories.sameEvent(report("e", null, null), new Report("f", "f/0", "meeting", "occurred", null, null,
                java.util.Map.of("x", "IR"), Set.of("TR"), null)), "no day and only one side in common");
        assertTrue(Stories.sameEvent(report("e", null, null), report("f", null, null)), "no day, the same people on both sides");
    }

    private static Report report(String article, LocalDate date, LocalDate published) {
        return new Report(article, article + "/0", "meeting", "occurred", date, published,
                java.util.Map.of("x", "IR", "y", "TR"), Set.of(), null);
    }

    @Test
    void comparingOnlyReportsDaysApartFindsWhatComparingAllPairsFinds() {
        Random random = new Random(3);
        List<Report> rs = new ArrayList<>();
        String[] people = {"x", "y", "z"};
        for (int i = 0; i < 400; i++) {
            LocalDate published = random.nextInt(20) == 0 ? null : LocalDate.of(2025, 1, 1).plusDays(random.nextInt(60));
            LocalDate date = published == null || random.nextBoolean() ? null : published.minusDays(random.nextInt(3));
            java.util.Map<String, String> ps = new java.util.TreeMap<>(java.util.Map.of("x", "IR"));
            ps.put(people[1 + random.nextInt(2)], "TR");
            rs.add(new Report("a" + i, "a" + i + "/0", "meeting", "occurred", date, published, ps, Set.of(), null));
        }
        Partition all = new Partition();
        for (Report r : rs) all.add(r.key());
        for (Report a : rs) for (Report b : rs) if (a != b && Stories.sameEvent(a, b)) all.join(a.key(), b.key());
        Stories.Result windowed = Resolution.of(List.of(), rs, Decisions.NONE).events();
        assertEquals(all.roots(), windowed.canonical());
        assertTrue(windowed.merges() > 50, "the sample has events to merge: " + windowed.merges());
    }

    @Test
    void theOutcomeDoesNotDependOnTheOrderOfArticles() {
        List<PersonMention> ms = new ArrayList<>(List.of(
                m("a1", "جمال اوزتورک", "TR"), m("a2", "اوزتورک", "TR"), m("a3", "سلیمان سویلو", "TR"),
                m("a4", "سلیمان صویلو", "TR"), m("a5", "علی لاریجانی", "IR"), m("a6", "صادق لاریجانی", "IR"), m("a7", "لاریجانی", "IR")));
        List<Report> rs = new ArrayList<>();
        for (int i = 0; i < 6; i++) rs.add(report("r" + i, i % 2 == 0 ? null : LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1 + i)));
        Resolution first = Resolution.of(ms, rs, Decisions.NONE);
        Random random = new Random(7);
        for (int k = 0; k < 20; k++) {
            Collections.shuffle(ms, random);
            Collections.shuffle(rs, random);
            Resolution again = Resolution.of(ms, rs, Decisions.NONE);
            assertEquals(first.persons().canonical(), again.persons().canonical());
            assertEquals(first.persons().candidates(), again.persons().candidates());
            assertEquals(first.events().canonical(), again.events().canonical());
        }
    }

    /**
     * Mentions and reports added and taken out at random, kept in one {@link Entities} and one {@link
     * Stories}: after every step the outcome is the one resolving the present set from scratch gives. Names
     * come and go that merge persons (a surname alone, a spelling variant), which moves reports between
     * blocks, and reports a few days apart join and part.
     */
    @Test
    void resolvingAChangeGivesWhatResolvingEverythingAgainGives() {
        String[][] names = {{"جمال اوزتورک", "TR"}, {"اوزتورک", "TR"}, {"جمال اوزترک", "TR"}, {"علی رضایی", "IR"}, {"رضایی", "IR"},
                {"محسن رضایی", "IR"}, {"هاکان فیدان", "TR"}, {"فیدان", "TR"}};
        Random random = new Random(11);
        Entities entities = new Entities();
        Stories stories = new Stories();
        java.util.Map<String, List<PersonMention>> mentions = new java.util.TreeMap<>();
        java.util.Map<String, List<Report>> reports = new java.util.TreeMap<>();
        Entities.Result persons = entities.run(Decisions.NONE);
        int merges = 0, steps = 0;
        for (int step = 0; step < 300; step++) {
            List<String> gone = new ArrayList<>();
            List<Report> added = new ArrayList<>();
            if (!mentions.isEmpty() && random.nextInt(3) == 0) {
                String id = new ArrayList<>(mentions.keySet()).get(random.nextInt(mentions.size()));
                mentions.remove(id).forEach(entities::remove);
                reports.remove(id).forEach(r -> gone.add(r.key()));
            } else {
                String id = "a" + random.nextInt(60);
                if (mentions.containsKey(id)) {
                    mentions.remove(id).forEach(entities::remove);
                    reports.remove(id).forEach(r -> gone.add(r.key()));
                }
                LocalDate published = random.nextInt(10) == 0 ? null : LocalDate.of(2025, 1, 1).plusDays(random.nextInt(20));
                List<PersonMention> ms = new ArrayList<>();
                java.util.Map<String, String> ps = new java.util.TreeMap<>();
                for (int n = 0; n < 2; n++) {
                    String[] who = names[random.nextInt(names.length)];
                    ms.add(new PersonMention(id, Iris.fold(who[0]), false, List.of(who[0]), who[1], Set.of(), published));
                    ps.put(Iris.fold(who[0]), who[1]);
                }
                List<Report> rs = new ArrayList<>();
                for (int n = 0; n < 1 + random.nextInt(2); n++) {
                    LocalDate date = published == null || random.nextBoolean() ? null : published.minusDays(random.nextInt(3));
                    String type = random.nextInt(5) == 0 ? "statement" : random.nextInt(4) == 0 ? "phone_call" : "meeting";
                    rs.add(new Report(id, Iris.reportKey(id, n), type, "occurred", date, published, ps, Set.of(), null));
                }
                ms.forEach(entities::add);
                mentions.put(id, ms);
                reports.put(id, rs);
                added.addAll(rs);
            }
            Entities.Result now = entities.run(Decisions.NONE);
            java.util.Set<String> moved = new java.util.HashSet<>();
            for (String k : new java.util.HashSet<>(persons.canonical().keySet())) if (!persons.of(k).equals(now.of(k))) moved.add(k);
            for (String k : now.canonical().keySet()) if (!persons.canonical().containsKey(k)) moved.add(k);
            java.util.Map<String, String> before = new java.util.HashMap<>(stories.result().canonical());
            java.util.Map<String, String> changed = stories.change(gone, added, now, moved);
            persons = now;

            List<PersonMention> allMentions = new ArrayList<>();
            mentions.values().forEach(allMentions::addAll);
            List<Report> allReports = new ArrayList<>();
            reports.values().forEach(allReports::addAll);
            Resolution fresh = Resolution.of(allMentions, allReports, Decisions.NONE);
            assertEquals(fresh.persons().canonical(), now.canonical(), "step " + step);
            assertEquals(fresh.persons().candidates(), now.candidates(), "step " + step);
            assertEquals(fresh.events().canonical(), stories.result().canonical(), "step " + step);
            assertEquals(fresh.events().reports(), stories.result().reports(), "step " + step);
            // what the change says moved is what moved
            java.util.Set<String> keys = new java.util.HashSet<>(before.keySet());
            keys.addAll(stories.result().canonical().keySet());
            for (String k : keys)
                if (!java.util.Objects.equals(before.get(k), stories.result().canonical().get(k)))
                    assertEquals(before.get(k), changed.get(k), "step " + step + ": " + k + " reported with its old event");
            merges += stories.result().merges() > 0 ? 1 : 0;
            steps++;
        }
        assertTrue(merges > steps / 2, "most steps have events of several reports: " + merges);
    }
}
