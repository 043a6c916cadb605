package org.itkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.itkg.article.Article;
import org.junit.jupiter.api.Test;

/** One sentence per rule, written for these tests. */
class ExtractorTest {
    static final Extractor X = new Extractor();

    static Extraction fa(String body, String date) {
        return X.extract(new Article("t", null, null, date == null ? null : LocalDate.parse(date), "fa", body, "test"));
    }

    static Person person(Extraction x, String name) {
        return x.persons().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + x.persons()));
    }

    static List<Event> events(Extraction x, String type) {
        return x.events().stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void titleInAppositionGivesARoleAndSurnameAlias() {
        Extraction x = fa("احمد وحیدی وزیر کشور امروز در تهران با سفیر ترکیه دیدار کرد. وحیدی گفت: همکاری مرزی ادامه دارد.", "2023-05-10");
        Person p = person(x, "احمد وحیدی");
        assertEquals("IR", p.country());
        assertEquals("minister", p.roles().get(0).position());
        assertEquals("interior", p.roles().get(0).portfolio());
        assertTrue(p.aliases().contains("وحیدی"), p.aliases().toString());
    }

    @Test
    void unknownNameInGuillemetsBesideATitleIsFound() {
        Extraction x = fa("«کامران داوودی» معاون وزیر کشور ترکیه به تهران آمد.", null);
        Person p = person(x, "کامران داوودی");
        assertEquals("TR", p.country());
        assertEquals(new Role("deputy-minister", "interior", "TR", null).position(), p.roles().get(0).position());
        assertEquals("TR", p.roles().get(0).country());
    }

    @Test
    void phoneCallWithCounterpartTodayAndWeekday() {
        Extraction x = fa("سیدعباس عراقچی وزیر امور خارجه امروز سه شنبه در تماس تلفنی با هاکان فیدان همتای ترکیه ای خود درباره غزه گفتگو کرد.", "2024-10-22");
        List<Event> calls = events(x, "phone-call");
        assertEquals(1, calls.size(), x.events().toString());
        Event c = calls.get(0);
        assertEquals(LocalDate.of(2024, 10, 22), c.date());
        assertNull(c.place());
        assertEquals(Set.of("سیدعباس عراقچی", "هاکان فیدان"), c.participants().stream().map(Participant::label).collect(Collectors.toSet()));
        Person fidan = person(x, "هاکان فیدان");
        assertEquals("TR", fidan.country());
        assertEquals("minister", fidan.roles().get(0).position());
        assertEquals("foreign-affairs", fidan.roles().get(0).portfolio());
        assertTrue(c.topics().contains("israel-palestine"));
    }

    @Test
    void zwnjPresentMissingOrSpacedReadsTheSame() {
        for (String talk : new String[] {"گفت‌وگو", "گفتوگو", "گفت وگو"}) {
            Extraction x = fa("علی باقری معاون وزیر امور خارجه در آنکارا با مقامات ترکیه " + talk + " کرد.", null);
            assertEquals(1, events(x, "meeting").size(), talk + " → " + x.events());
            assertEquals("Ankara", events(x, "meeting").get(0).place());
        }
    }

    @Test
    void plannedVisitAndSolarHijriDate() {
        Extraction x = fa("رئیس جمهور ترکیه قرار است ۲۴ آبان ۱۴۰۴ به تهران سفر کند و با مسعود پزشکیان دیدار خواهد کرد.", "2025-11-01");
        Event m = events(x, "meeting").get(0);
        assertEquals("planned", m.status());
        assertEquals(LocalDate.of(2025, 11, 15), m.date());
    }

    @Test
    void yesterdayResolvesAgainstPublicationDate() {
        Extraction x = fa("محمد جواد ظریف روز گذشته در استانبول با مولود چاووش اوغلو دیدار کرد.", "2019-04-17");
        Event m = events(x, "meeting").get(0);
        assertEquals(LocalDate.of(2019, 4, 16), m.date());
        assertEquals("Istanbul", m.place());
    }

    @Test
    void statementByPronounResolvesToTheSpeaker() {
        Extraction x = fa("اسکندر مومنی وزیر کشور گفت: مبارزه با قاچاق ادامه دارد. وی افزود: مرزها امن است.", "2025-01-01");
        List<Event> st = events(x, "statement");
        assertEquals(1, st.size());
        assertEquals("اسکندر مومنی", st.get(0).participants().get(0).label());
        assertEquals(2, st.get(0).quotes().size());
        assertTrue(st.get(0).topics().contains("smuggling"));
    }

    @Test
    void evidenceOffsetsPointIntoTheBody() {
        String body = "خبر کوتاه.\nاحمد وحیدی وزیر کشور با سفیر ترکیه دیدار کرد.";
        Extraction x = fa(body, null);
        Event m = events(x, "meeting").get(0);
        assertEquals(m.evidence().text(), body.substring(m.evidence().start(), m.evidence().end()));
        assertTrue(m.evidence().text().startsWith("احمد وحیدی"));
    }

    @Test
    void sourceChain() {
        Extraction x = X.extract(new Article("s", null, "Aran", null, "fa",
                "به گزارش آران نیوز به نقل از ایرنا از وزارت کشور، وزیر کشور سخن گفت.", "test"));
        assertEquals(List.of("Aran", "آران نیوز", "ایرنا", "وزارت کشور"), x.sourceChain());
    }

    @Test
    void englishAndOtherLanguagesDoNotCrash() {
        Extraction en = X.extract(new Article("e", null, null, LocalDate.of(2024, 1, 24), "en",
                "Turkish Foreign Minister Hakan Fidan met Iranian Foreign Minister Hossein Amir-Abdollahian in Ankara on Wednesday.", "t"));
        assertFalse(en.persons().isEmpty());
        Extraction ar = X.extract(new Article("a", null, null, null, "ar", "التقى وزير الخارجية بنظيره", "t"));
        assertNotNull(ar.events());
    }

    @Test
    void seedMeetingOfMomeniAndKaraloglu() throws Exception {
        String body = java.nio.file.Files.readString(java.nio.file.Path.of("seeds/000_4d4c9ac5616d6315.txt"));
        Extraction x = fa(body, "2025-10-29");
        Event m = events(x, "meeting").get(0);
        assertEquals(LocalDate.of(2025, 10, 29), m.date());
        assertEquals("Tehran", m.place());
        assertEquals(Set.of("اسکندر مومنی", "منیر کارال اوغلو"), m.participants().stream().map(Participant::label).collect(Collectors.toSet()));
        assertTrue(m.topics().containsAll(List.of("counterterrorism", "kurdish-militancy")), m.topics().toString());
        Person k = person(x, "منیر کارال اوغلو");
        assertEquals("deputy-minister", k.roles().get(0).position());
        assertEquals("TR", k.roles().get(0).country());
    }
}
