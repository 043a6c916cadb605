package org.itkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.itkg.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Categories of the three languages rather than sentences of articles: every form of the future, sessions
 * of standing bodies whichever side of the body's name the session word stands, every way to sign.
 * Each sentence is written for this test.
 */
class CategoriesTest {
    static final Extractor X = new Extractor();

    static Extraction x(String lang, String body) {
        return X.extract(new Article("t", null, null, LocalDate.of(2025, 3, 1), lang, body, "test"));
    }

    static List<Event> of(Extraction x, String type) {
        return x.events().stream().filter(e -> e.type().equals(type)).toList();
    }

    static Event one(Extraction x, String type) {
        List<Event> es = of(x, type);
        assertEquals(1, es.size(), type + " in " + x.events());
        return es.get(0);
    }

    @Test
    void aTurkishVerbInTheFutureMakesItsContactPlanned() {
        for (String verb : new String[] {"görüşecek", "görüşecekler", "görüşecektir", "bir araya gelecek"}) {
            Event e = one(x("tr", "Dışişleri Bakanı Hakan Fidan, İranlı mevkidaşı Abbas Erakçi ile Ankara'da " + verb + "."), "meeting");
            assertEquals("planned", e.status(), verb);
        }
        assertEquals("planned", one(x("tr", "Dışişleri Bakanı Hakan Fidan, İranlı mevkidaşı Abbas Erakçi ile telefonda görüşecek."), "phone-call").status());
        assertEquals("planned", one(x("tr", "Cumhurbaşkanı Erdoğan gelecek ay Tahran'ı ziyaret edecek."), "visit").status());
        assertEquals("occurred", one(x("tr", "Dışişleri Bakanı Hakan Fidan, İranlı mevkidaşı Abbas Erakçi ile Ankara'da görüştü."), "meeting").status());
    }

    @Test
    void aSessionOfAStandingBodyWhateverTheWordOrder() {
        Event tr = one(x("tr", "Türkiye ile İran arasındaki Karma Ekonomik Komisyonu toplantısı Ankara'da yapıldı."), "joint-commission");
        assertEquals("occurred", tr.status());
        Event numbered = one(x("tr", "Türkiye-İran 45. Sınır Güvenlik Komitesi Toplantısı Van'da gerçekleştirildi."), "joint-commission");
        assertEquals("occurred", numbered.status());
        one(x("en", "The 28th Iran-Turkey joint economic commission meeting was held in Tehran on Monday."), "joint-commission");
        one(x("en", "The tenth session of the Iran-Turkey border committee opened in Urmia."), "joint-commission");
        one(x("fa", "بیست و هشتمین نشست کمیسیون مشترک اقتصادی ایران و ترکیه در تهران برگزار شد."), "joint-commission");
        one(x("fa", "اجلاس کمیته امنیتی مرزی ایران و ترکیه امروز در ارومیه برگزار شد."), "joint-commission");
    }

    @Test
    void everyWayToSignInTurkish() {
        for (String s : new String[] {
                "İran ile Türkiye arasında güvenlik alanında bir mutabakat imzalandı.",
                "İki ülke arasında ticaret anlaşması imza altına alındı.",
                "Türkiye ve İran, sınır güvenliğine ilişkin bir mutabakat muhtırası imzaladı."}) {
            Event e = one(x("tr", s), "agreement");
            assertEquals("occurred", e.status(), s);
        }
    }

    @Test
    void theBareSessionNounAtTheHeadOfASentenceIsTheSessionJustReported() {
        Extraction x = x("tr", "Türkiye ile İran arasındaki 12. Sınır Komitesi Toplantısı Van'da yapıldı. "
                + "Toplantıya Van Valisi Ahmet Demirkaya ile Urumiye Valisi Ali Rezaei katıldı.");
        Event e = one(x, "joint-commission");
        List<String> who = e.participants().stream().map(Participant::label).toList();
        assertTrue(who.contains("Ahmet Demirkaya") && who.contains("Ali Rezaei"), who.toString());
    }

    @Test
    void delegationsMeetingAtASessionOfAJointBodyAreThatSession() {
        for (String[] c : new String[][] {
                {"tr", "Türkiye ve İran heyetleri, 31. Sınır Komitesi Toplantısı kapsamında Van'da bir araya geldi."},
                {"en", "Iranian and Turkish delegations met in Ankara at the 29th session of the joint economic commission."},
                {"fa", "هیئت های ایران و ترکیه در بیست و نهمین نشست کمیسیون مشترک اقتصادی در آنکارا دیدار کردند."}}) {
            Extraction x = x(c[0], c[1]);
            one(x, "joint-commission");
            assertEquals(0, of(x, "meeting").size(), c[1] + " " + x.events());
        }
    }

    @Test
    void iranianOfficesSpeltInTurkishAreOffices() {
        Extraction x = x("tr", "Toplantıya Maku Fermandarı Hasan Rezai ve Urumiye Ostandarı Reza Rahmani katıldı.");
        for (String name : new String[] {"Hasan Rezai", "Reza Rahmani"}) {
            Person p = x.persons().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(x.persons().toString()));
            assertEquals("governor", p.roles().get(0).position(), name);
        }
    }

    @Test
    void aLatinScriptNameInAppositionIsCapitalised() {
        Extraction x = x("en", "He said: \"At our talks with the Turkish Interior Minister, we went over border trade and smuggling.\"");
        assertTrue(x.persons().stream().noneMatch(p -> p.name().equals("we went")), x.persons().toString());
        Extraction y = x("en", "Turkey's Trade Minister, Omer Bolat said trade with Iran would grow.");
        assertTrue(y.persons().stream().anyMatch(p -> p.name().equals("Omer Bolat")), y.persons().toString());
    }

    @Test
    void anUnnamedCounterpartIsTheOtherSidesHolderOfTheSameOffice() {
        String[][] cases = {
                {"en", "Iranian Interior Minister Eskandar Momeni said cooperation was growing. Turkish Interior Minister Ali Yerlikaya met his Iranian counterpart in Tehran on Sunday.", "Ali Yerlikaya", "Eskandar Momeni"},
                {"tr", "İran İçişleri Bakanı İskender Mümini işbirliğinin arttığını söyledi. İçişleri Bakanı Ali Yerlikaya, Tahran'da İranlı mevkidaşı ile görüştü.", "Ali Yerlikaya", "İskender Mümini"},
                {"fa", "علی یرلی کایا وزیر کشور ترکیه گفت همکاری ها رو به افزایش است. اسکندر مومنی وزیر کشور امروز در تهران با همتای ترکیه ای خود دیدار کرد.", "اسکندر مومنی", "علی یرلی کایا"}};
        for (String[] c : cases) {
            Event e = one(x(c[0], c[1]), "meeting");
            List<String> who = e.participants().stream().map(Participant::label).toList();
            assertTrue(who.contains(c[2]) && who.contains(c[3]), c[0] + " " + who);
            assertFalse(who.contains("IR") || who.contains("TR"), "a person and their own side's code are not both participants: " + who);
        }
        // with nobody of that office on the other side, the counterpart is that side
        Event alone = one(x("en", "Turkish Interior Minister Ali Yerlikaya met his Iranian counterpart in Tehran on Sunday."), "meeting");
        assertTrue(alone.participants().stream().map(Participant::label).toList().contains("IR"), alone.toString());
    }

    @Test
    void everyFormOfAVerbOfSayingMakesAStatement() {
        String[][] cases = {
                {"fa", "هاکان فیدان وزیر امور خارجه ترکیه درباره روابط با ایران تشریح کرد که حجم تجارت دو کشور رو به افزایش است.", "هاکان فیدان"},
                {"fa", "عباس عراقچی وزیر امور خارجه از گسترش همکاری های مرزی با ترکیه ابراز خرسندی کرد.", "عباس عراقچی"},
                {"en", "Iranian Foreign Minister Abbas Araghchi reiterated that relations with Turkey are strong.", "Abbas Araghchi"},
                {"tr", "Dışişleri Bakanı Hakan Fidan, İran ile ilişkilerin güçlü olduğunu belirterek ticaretin artacağını söyledi.", "Hakan Fidan"},
                {"tr", "Dışişleri Bakanı Hakan Fidan, İran ile ilişkilerin güçlü olduğunu vurgulayarak işbirliği çağrısında bulundu.", "Hakan Fidan"}};
        for (String[] c : cases) {
            Extraction x = x(c[0], c[1]);
            List<String> speakers = of(x, "statement").stream().flatMap(e -> e.participants().stream()).map(Participant::label).toList();
            assertTrue(speakers.contains(c[2]), c[1] + " → " + speakers);
        }
    }

    @Test
    void aPersonNamedBeforeAnOpeningQuoteSaysWhatFollows() {
        String[][] cases = {
                {"tr", "Başbakan Ahmet Kaya, \"Sınır güvenliği çok önemli. İran ile işbirliğimiz artıyor.\" dedi.", "Ahmet Kaya"},
                {"en", "Foreign Minister Hakan Fidan: \"Our ties with Iran are deep. Trade will grow.\"", "Hakan Fidan"},
                {"fa", "عباس عراقچی وزیر امور خارجه، «روابط ما با ترکیه عمیق است. تجارت افزایش می یابد.»", "عباس عراقچی"}};
        for (String[] c : cases) {
            Extraction x = x(c[0], c[1]);
            List<String> speakers = of(x, "statement").stream().flatMap(e -> e.participants().stream()).map(Participant::label).toList();
            assertTrue(speakers.contains(c[2]), c[1] + " → " + speakers + " " + x.persons());
        }
    }

    @Test
    void arrivingOrTravellingToTheOtherSideIsAVisit() {
        String[][] cases = {
                {"fa", "محمد رضا عارف معاون اول رئیس جمهور امروز وارد آنکارا شد.", "occurred"},
                {"fa", "هیئت تجاری ترکیه فردا وارد تبریز خواهد شد.", "planned"},
                {"tr", "Ticaret Bakanı Ömer Bolat bugün Tahran'a gitti.", "occurred"},
                {"tr", "İran Cumhurbaşkanı Mesud Pezeşkiyan yarın Ankara'ya gelecek.", "planned"},
                {"en", "Iranian President Masoud Pezeshkian left for Ankara on Monday.", "occurred"}};
        for (String[] c : cases) {
            Event v = one(x(c[0], c[1]), "visit");
            assertEquals(c[2], v.status(), c[1]);
        }
        // a place that is no side's, or a word that is no arrival, is no visit
        assertEquals(0, of(x("tr", "Bakan Bolat bugün Tahran'da konuştu."), "visit").size());
    }

    @Test
    void aSessionOfThreeStatesOrMoreIsMultilateral() {
        Event e = one(x("fa", "نشست سران سه کشور ایران، روسیه و ترکیه هفته آینده در تهران برگزار می شود."), "multilateral-meeting");
        assertEquals("planned", e.status());
        one(x("en", "A trilateral summit of Iran, Russia and Turkey was held in Ankara on Monday."), "multilateral-meeting");
        one(x("tr", "Türkiye, İran ve Rusya arasındaki üçlü zirve Tahran'da yapıldı."), "multilateral-meeting");
        // three states named beside a session word are not yet a summit of theirs
        assertEquals(0, of(x("fa", "نشست مرزبانان ایران و ترکیه درباره مرز عراق برگزار شد."), "multilateral-meeting").size());
        assertEquals(0, of(x("en", "Iran and Turkey held a meeting in Ankara."), "multilateral-meeting").size());
    }

    @Test
    void aContactThatIsACallAndMeetingsAnnouncedInEnglish() {
        assertEquals(1, of(x("fa", "هاکان فیدان وزیر امور خارجه ترکیه در تماسی با عباس عراقچی درباره غزه رایزنی کرد."), "phone-call").size());
        Event m = one(x("en", "The presidents of Iran and Turkey are set to meet in Tehran next month."), "meeting");
        assertEquals("planned", m.status());
    }

    @Test
    void aSummitHeldByVideoLinkIsOneVideoConference() {
        Extraction x = x("en", "The presidents of Iran, Russia and Turkey will hold a trilateral summit on Syria next week. "
                + "The summit will be held by video conference because of the pandemic.");
        assertEquals(0, of(x, "multilateral-meeting").size(), x.events().toString());
        Event v = one(x, "video-conference");
        assertEquals("planned", v.status());
    }

    @Test
    void aTopicNamedOnlyInPassingIsNoTopic() {
        String once = "عباس عراقچی وزیر امور خارجه با هاکان فیدان در آنکارا دیدار کرد. دو طرف بر گسترش روابط تجاری تاکید کردند و از امنیت نیز سخن گفتند.";
        assertFalse(x("fa", once).topics().stream().anyMatch(t -> t.code().equals("security-cooperation")), "one weak word");
        String twice = once + " وی گفت امنیت برای هر دو کشور مهم است.";
        assertTrue(x("fa", twice).topics().stream().anyMatch(t -> t.code().equals("security-cooperation")), "named in two sentences");
        String strong = "عباس عراقچی وزیر امور خارجه با هاکان فیدان درباره همکاری های امنیتی دیدار کرد.";
        assertTrue(x("fa", strong).topics().stream().anyMatch(t -> t.code().equals("security-cooperation")), "one strong word");
        assertFalse(x("en", "The ministers met in Ankara. Security was tight around the venue.").topics().stream()
                .anyMatch(t -> t.code().equals("security-cooperation")));
    }

    @Test
    void anAgreementReachedIsAnAgreementSignedOrNot() {
        String[][] cases = {
                {"fa", "وزرای کشور ایران و ترکیه در دیدار خود بر سر ایجاد دیوار مرزی به توافق رسیدند."},
                {"en", "Iran and Turkey agreed to open two new border crossings."},
                {"tr", "Türkiye ve İran, iki yeni sınır kapısı açılması konusunda anlaştı."}};
        for (String[] c : cases) one(x(c[0], c[1]), "agreement");
    }

    @Test
    void anOfficeOfTheCountryNamedBeforeIsThatCountrysOffice() {
        String[][] cases = {
                {"fa", "هیئتی از ترکیه امروز وارد تهران شد. عمر بولات وزیر بازرگانی این کشور با همتای ایرانی خود دیدار کرد.", "عمر بولات"},
                {"en", "A Turkish delegation arrived in Tehran on Monday. The country's Trade Minister Omer Bolat met Iranian officials.", "Omer Bolat"},
                {"tr", "İran heyeti Ankara'ya geldi. Ülkenin Dışişleri Bakanı Abbas Erakçi, Hakan Fidan ile görüştü.", "Abbas Erakçi"}};
        String[] states = {"TR", "TR", "IR"};
        for (int i = 0; i < cases.length; i++) {
            Extraction x = x(cases[i][0], cases[i][1]);
            String name = cases[i][2];
            Person p = x.persons().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(x.persons().toString()));
            assertEquals(states[i], p.country(), name + " " + p);
            assertEquals(states[i], p.roles().get(0).country(), name + " " + p.roles());
        }
    }

    @Test
    void receivingAVisitorIsAMeeting() {
        String[][] cases = {
                {"fa", "مسعود پزشکیان رئیس جمهور امروز هاکان فیدان وزیر امور خارجه ترکیه را به حضور پذیرفت."},
                {"en", "Turkish President Recep Tayyip Erdogan received Iranian Foreign Minister Abbas Araghchi in Ankara."},
                {"en", "Iranian Foreign Minister Abbas Araghchi was received by Turkish President Recep Tayyip Erdogan in Ankara."},
                {"tr", "Cumhurbaşkanı Erdoğan, İran Dışişleri Bakanı Abbas Erakçi'yi Beştepe'de ağırladı."}};
        for (String[] c : cases) {
            Event m = one(x(c[0], c[1]), "meeting");
            assertEquals(2, m.participants().size(), c[1] + " " + m.participants());
        }
    }

    @Test
    void aGovernorIsOfTheProvinceNamedWithTheOfficeNotOfTheStateItIsNamedAfter() {
        String[][] cases = {
                {"en", "The Governor of West Azerbaijan, Reza Rahmani, met the Governor of Van, Ozan Balci, in Urmia."},
                {"tr", "Van Valisi Ozan Balcı, Batı Azerbaycan Valisi Rıza Rahmani ile Urumiye'de görüştü."}};
        for (String[] c : cases) {
            Extraction x = x(c[0], c[1]);
            assertTrue(x.persons().stream().anyMatch(p -> p.name().contains("Rahmani") && "IR".equals(p.country())), x.persons().toString());
            assertTrue(x.persons().stream().anyMatch(p -> p.name().startsWith("Ozan") && "TR".equals(p.country())), x.persons().toString());
            assertEquals(2, one(x, "meeting").participants().size(), x.events().toString());
        }
        Event fa = one(x("fa", "استاندار آذربایجان غربی با استاندار وان ترکیه در ارومیه دیدار کرد."), "meeting");
        assertEquals(java.util.Set.of("IR", "TR"), fa.participants().stream().map(Participant::label).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void anEventNounWithACaseEndingRefersBack() {
        Extraction x = x("tr", "Dışişleri Bakanı Hakan Fidan, İranlı mevkidaşı Abbas Erakçi ile Ankara'da görüştü. "
                + "Görüşmede bölgesel gelişmeler ele alındı. Toplantının ardından ortak basın toplantısı düzenlenmedi.");
        assertEquals(1, of(x, "meeting").size(), x.events().toString());
        // a phrase with such a word is a verb: "paid a visit"
        assertEquals(1, of(x("tr", "İran Cumhurbaşkanı Mesud Pezeşkiyan Ankara'ya resmi ziyarette bulundu."), "visit").size());
    }

    @Test
    void aMeetingThatIsATripsPurposeIsTheTrip() {
        String[][] cases = {
                {"tr", "İran Dışişleri Bakanı Abbas Erakçi, Türk yetkililerle görüşmek amacıyla Ankara'ya gitti."},
                {"en", "Iranian Foreign Minister Abbas Araghchi travelled to Ankara to meet Turkish officials."},
                {"fa", "عباس عراقچی وزیر امور خارجه برای دیدار با مقامات ترکیه عازم آنکارا شد."}};
        for (String[] c : cases) {
            Extraction x = x(c[0], c[1]);
            one(x, "visit");
            assertEquals(0, of(x, "meeting").size(), c[1] + " " + x.events());
        }
    }

    @Test
    void wordsAttributedToSomeoneAreTheirStatement() {
        String[][] cases = {
                {"fa", "به گفته عباس عراقچی وزیر امور خارجه، روابط ایران و ترکیه رو به گسترش است.", "عباس عراقچی"},
                {"en", "According to Turkish Foreign Minister Hakan Fidan, trade with Iran will double.", "Hakan Fidan"},
                {"tr", "Dışişleri Bakanı Hakan Fidan'a göre İran ile ticaret iki katına çıkacak.", "Hakan Fidan"}};
        for (String[] c : cases) {
            List<String> speakers = of(x(c[0], c[1]), "statement").stream().flatMap(e -> e.participants().stream()).map(Participant::label).toList();
            assertTrue(speakers.contains(c[2]), c[1] + " → " + speakers);
        }
    }

    @Test
    void talksThatWereACallAreTheCall() {
        Extraction x = x("tr", "Bakan Karakaya, İranlı mevkidaşı Reza Kazemi ile sınır ticaretini görüştü.\n"
                + "Ticaret Bakanı Mehmet Karakaya ve İran Ticaret Bakanı Reza Kazemi dün telefonda görüştü.");
        assertEquals(0, of(x, "meeting").size(), x.events().toString());
        one(x, "phone-call");
        // talks in person beside a call between others stay a meeting
        Extraction y = x("en", "Hakan Fidan held talks with Abbas Araghchi in Tehran. Erdogan spoke by phone with Pezeshkian.");
        assertEquals(1, of(y, "meeting").size(), y.events().toString());
    }

    @Test
    void aContactDatedAfterPublicationIsPlannedWhateverTheTense() {
        // published 1 March 2025 (see x()): a meeting on 10 March told in the present tense
        Event fa = one(x("fa", "عباس عراقچی وزیر امور خارجه در ۱۰ مارس ۲۰۲۵ با هاکان فیدان در آنکارا دیدار می کند."), "meeting");
        assertEquals("planned", fa.status(), fa.toString());
        Event en = one(x("en", "Foreign Minister Hakan Fidan meets Iranian Foreign Minister Abbas Araghchi in Tehran on 12 March 2025."), "meeting");
        assertEquals("planned", en.status(), en.toString());
        Event past = one(x("en", "Foreign Minister Hakan Fidan met Iranian Foreign Minister Abbas Araghchi in Tehran on 12 February 2025."), "meeting");
        assertEquals("occurred", past.status());
    }

    @Test
    void anOfficeWithNoStateInTheTextIsOfItsHoldersState() {
        // the other side of a meeting with Iran's minister: Turkey's, so his office is Turkey's
        Extraction x = x("en", "Iranian Foreign Minister Abbas Araghchi met Energy Minister Kemal Aydin in Ankara.");
        Person aydin = x.persons().stream().filter(p -> p.name().equals("Kemal Aydin")).findFirst().orElseThrow(() -> new AssertionError(x.persons().toString()));
        assertEquals("TR", aydin.country(), aydin.toString());
        assertEquals("TR", aydin.roles().get(0).country(), aydin.roles().toString());
    }

    @Test
    void officialsOfOneSideMeetingEachOtherAreNoContactOfTheTwo() {
        Extraction x = x("en", "Iranian Foreign Minister Reza Kazemi met Iranian Oil Minister Ali Moradi in Tehran to discuss gas exports.");
        assertTrue(of(x, "meeting").isEmpty(), x.events().toString());
        // one side's person alone may stand for a contact whose other side the text leaves unnamed
        one(x("en", "Iranian Foreign Minister Reza Kazemi held talks in Ankara on Monday."), "meeting");
        one(x("en", "Iranian Foreign Minister Reza Kazemi met Turkish Foreign Minister Mehmet Karakaya in Ankara."), "meeting");
    }

    @Test
    void aPersianLightVerbInThePresentOrSubjunctiveAnnouncesTheContact() {
        String visitor = "رضا کاظمی وزیر راه ایران ";
        for (String verb : new String[] {"سفر میکند", "سفر می کند", "سفر میکنند", "عازم آنکارا می شود"})
            assertEquals("planned", one(x("fa", visitor + "هفته بعد به آنکارا " + verb + "."), "visit").status(), verb);
        assertEquals("planned", one(x("fa", visitor + "قرار است به آنکارا سفر کند."), "visit").status());
        assertEquals("planned", one(x("fa", "نشست کمیسیون مشترک اقتصادی ایران و ترکیه در آنکارا برگزار میشود."), "joint-commission").status());
        for (String verb : new String[] {"سفر کرد", "سفر کرده است", "سفر کردند"})
            assertEquals("occurred", one(x("fa", visitor + "دیروز به آنکارا " + verb + "."), "visit").status(), verb);
        // a present verb after another noun is no announcement of the contact reported in the past
        assertEquals("occurred", one(x("fa", visitor + "با مهمت کاراکایا وزیر تجارت ترکیه دیدار کرد و گفت همکاری ادامه پیدا می کند."), "meeting").status());
    }

    @Test
    void receivingANamedGuestIsAMeetingAndWelcomingADecisionIsNot() {
        one(x("tr", "Dışişleri Bakanı Mehmet Karakaya, İran Dışişleri Bakanı Reza Kazemi'yi resmi törenle karşıladı."), "meeting");
        one(x("en", "Turkish Foreign Minister Mehmet Karakaya welcomed Iranian Foreign Minister Reza Kazemi in Ankara."), "meeting");
        one(x("fa", "مهمت کاراکایا وزیر خارجه ترکیه از رضا کاظمی وزیر خارجه ایران در کاخ چانکایا استقبال کرد."), "meeting");
        // a Turkish name before the verb without the accusative is the host; a decision welcomed is no guest
        assertTrue(x("tr", "Dışişleri Bakanı Mehmet Karakaya, İran'ın kararını memnuniyetle karşıladı.").events().stream()
                .noneMatch(e -> e.type().equals("meeting")));
        assertTrue(x("en", "Turkish Foreign Minister Mehmet Karakaya welcomed the decision of Iran.").events().stream()
                .noneMatch(e -> e.type().equals("meeting")));
        // greeted on arrival: part of the visit
        assertTrue(x("tr", "İran Dışişleri Bakanı Reza Kazemi'yi havalimanında Büyükelçi Mehmet Karakaya karşıladı.").events().stream()
                .noneMatch(e -> e.type().equals("meeting")));
    }

    @Test
    void inEnglishAndTurkishAWordOfPlanningAnnouncesOnlyTheContactsOfItsClause() {
        Extraction x = x("en", "Iranian Foreign Minister Reza Kazemi and Turkish Foreign Minister Mehmet Karakaya signed a memorandum in Ankara, "
                + "as the two countries weighed plans to raise trade.");
        assertEquals("occurred", one(x, "agreement").status());
        assertEquals("planned", one(x("en", "Iranian Foreign Minister Reza Kazemi will visit Ankara next week, the ministry said."), "visit").status());
        assertEquals("planned", one(x("tr", "İran Dışişleri Bakanı Reza Kazemi, gelecek hafta Ankara'yı ziyaret edecek, dedi."), "visit").status());
        // a Persian sentence sets its subject's titles off with commas: «قرار است» before them still announces the trip
        assertEquals("planned", one(x("fa", "قرار است رضا کاظمی، وزیر راه ایران، هفته بعد به آنکارا سفر کند."), "visit").status());
    }

    @Test
    void aSessionOfAJointBodyNamingOnlyTheStatesIsHeldByThoseWhoMet() {
        Extraction x = x("en", "Iranian President Reza Kazemi met Turkish President Mehmet Karakaya in Ankara on Wednesday. "
                + "The 9th meeting of the Iran-Turkey joint economic commission was held in the evening.");
        Event session = one(x, "joint-commission");
        assertEquals(List.of("Reza Kazemi", "Mehmet Karakaya"), session.participants().stream().map(p -> p.person().name()).toList());
        assertEquals("Ankara", session.place());
    }

    @Test
    void aRegularSessionBetweenBothSidesIsAStandingBodysAndAnAnnualTradeFigureIsNot() {
        one(x("tr", "İran ile Türkiye'nin her yıl düzenlediği sınır toplantısı bu kez Hakkari'de yapıldı."), "joint-commission");
        one(x("en", "The annual border meeting between Iran and Turkey was held in Urmia."), "joint-commission");
        one(x("fa", "نشست سالانه مرزی ایران و ترکیه در ارومیه برگزار شد."), "joint-commission");
        assertTrue(of(x("en", "Iran and Turkey signed a deal on annual gas exports at the meeting in Ankara."), "joint-commission").isEmpty());
    }

    @Test
    void theLeaderOfADelegationIsANameWhateverTheGivenName() {
        Extraction x = x("tr", "Albay Kemal Yıldızoğlu başkanlığındaki Türkiye heyeti ile Albay Rasul Kazemzade başkanlığındaki İran heyeti Van'da bir araya geldi.");
        List<String> names = x.persons().stream().map(Person::name).toList();
        assertTrue(names.containsAll(List.of("Kemal Yıldızoğlu", "Rasul Kazemzade")), names.toString());
        x = x("en", "The Iranian delegation led by Colonel Rasul Kazemzade met the Turkish side in Van.");
        assertEquals(List.of("Rasul Kazemzade"), x.persons().stream().map(Person::name).toList());
    }

    @Test
    void aVisitNamingBothSidesIsAMeetingOnlyWhereItsSentenceTellsOfTalks() {
        // the one who announces a trip is not met on it
        Extraction x = x("en", "Turkish President Mehmet Karakaya will visit Tehran next month, Iranian Foreign Minister Reza Kazemi said.");
        assertEquals("planned", one(x, "visit").status());
        assertTrue(of(x, "meeting").isEmpty());
        x = x("tr", "Cumhurbaşkanı Mehmet Karakaya'nın Tahran ziyaretindeki görüşmelerde İran Cumhurbaşkanı Reza Kazemi ticaretin önemini vurguladı.");
        one(x, "meeting");
    }

    @Test
    void aContactThatIsExpectedIsPlanned() {
        for (String verb : new String[] {"bir araya gelmesi bekleniyor", "bir araya gelmesi bekleniyordu", "görüşmesi öngörülüyor"})
            assertEquals("planned", one(x("tr", "Reza Kazemi'nin Ankara'da Dışişleri Bakanı Mehmet Karakaya ile " + verb + "."), "meeting").status(), verb);
        assertEquals("planned", one(x("en", "Iranian Foreign Minister Reza Kazemi was expected to meet Turkish Foreign Minister Mehmet Karakaya in Ankara."),
                "meeting").status());
        assertEquals("planned", one(x("fa", "انتظار می رود رضا کاظمی وزیر راه ایران با مهمت کاراکایا وزیر تجارت ترکیه در آنکارا دیدار کند."), "meeting").status());
    }

    @Test
    void thoseWhoMetOnTheSidelinesOfASessionAttendedIt() {
        Extraction x = x("fa", "رضا کاظمی وزیر خارجه ایران در حاشیه نشست وزیران خارجه در دوحه با مهمت کاراکایا وزیر خارجه ترکیه دیدار کرد.");
        one(x, "meeting");
        assertEquals(2, one(x, "multilateral-meeting").participants().size());
        x = x("tr", "Dışişleri Bakanı Mehmet Karakaya, Doha Zirvesi marjında İran Dışişleri Bakanı Reza Kazemi ile görüştü.");
        one(x, "meeting");
        one(x, "multilateral-meeting");
        x = x("en", "Turkish Foreign Minister Mehmet Karakaya met Iranian Foreign Minister Reza Kazemi on the sidelines of the summit in Doha.");
        one(x, "multilateral-meeting");
    }

    @Test
    void aVisitTakesPlaceWhereItGoesAndItsHostDoesNotTakePart() {
        Event v = one(x("fa", "رئیس جمهور ایران فردا به ترکیه سفر می کند."), "visit");
        assertEquals("Turkey", v.place());
        assertEquals(List.of("IR"), v.participants().stream().map(Participant::country).toList());
        assertEquals("Ankara", one(x("tr", "İran Cumhurbaşkanı yarın Ankara'ya gidecek."), "visit").place());
        assertEquals("Tehran", one(x("en", "Turkish President Mehmet Karakaya left for Tehran on Monday to attend a summit of the region."), "visit").place());
    }

    @Test
    void theTwoMinistersAreBothSides() {
        assertEquals(2, one(x("en", "The two ministers signed a memorandum of understanding on energy cooperation in Ankara."), "agreement").participants().size());
        assertEquals(2, one(x("tr", "İki bakan Ankara'da enerji alanında bir mutabakat zaptı imzaladı."), "agreement").participants().size());
        assertEquals(2, one(x("fa", "دو وزیر در آنکارا یادداشت تفاهم همکاری انرژی امضا کردند."), "agreement").participants().size());
    }

    @Test
    void aPlaceWhereOfficialsMeetOrLandIsNoTopicByItself() {
        Extraction x = x("en", "Iranian Foreign Minister Reza Kazemi arrived at Ankara airport and met Turkish Foreign Minister Mehmet Karakaya "
                + "to discuss trade.");
        assertTrue(x.topics().stream().noneMatch(t -> t.code().equals("aviation")), x.topics().toString());
        x = x("en", "Iranian Foreign Minister Reza Kazemi met Turkish Foreign Minister Mehmet Karakaya in Baku to discuss trade.");
        assertTrue(x.topics().stream().noneMatch(t -> t.code().equals("caucasus")), x.topics().toString());
        // named in two sentences, the place is what they talk about
        x = x("en", "Iranian Foreign Minister Reza Kazemi met Turkish Foreign Minister Mehmet Karakaya. They discussed flights from the new airport. "
                + "The airport will open next year.");
        assertTrue(x.topics().stream().anyMatch(t -> t.code().equals("aviation")), x.topics().toString());
    }

    @Test
    void aTripAtHomeIsNoVisitAndAPostponedOneIsNone() {
        assertTrue(of(x("fa", "رضا کاظمی وزیر راه ایران امروز به ارومیه سفر کرد."), "visit").isEmpty(), "an Iranian minister in Urmia");
        assertTrue(of(x("tr", "Ticaret Bakanı Mehmet Karakaya bugün Van'a gitti."), "visit").isEmpty(), "a Turkish minister in Van");
        one(x("tr", "Ticaret Bakanı Mehmet Karakaya bugün Tahran'a gitti."), "visit");
        for (String verb : new String[] {"ertelendi", "ertelenmişti", "iptal edildi"})
            assertTrue(of(x("tr", "Reza Kazemi'nin Ankara ziyareti " + verb + "."), "visit").isEmpty(), verb);
    }

    @Test
    void whoInvitesAVisitHostsIt() {
        for (String[] t : new String[][] {{"fa", "اردوغان از پزشکیان برای سفر به ترکیه دعوت کرد."}, {"en", "Erdogan invited Pezeshkian to visit Turkey."},
                {"fa", "پزشکیان دعوت اردوغان برای سفر به آنکارا را پذیرفت."}}) {
            Event v = one(x(t[0], t[1]), "visit");
            assertEquals("planned", v.status(), t[1]);
            assertEquals(1, v.participants().size(), t[1] + " " + v.participants());
        }
        assertEquals("planned", one(x("en", "Fidan said he would meet Araghchi in Istanbul next week."), "meeting").status());
    }

    @Test
    void turkishTalksInEveryWording() {
        one(x("tr", "İçişleri Bakanı Mehmet Karakaya, İranlı mevkidaşı Reza Kazemi ile sınır güvenliğini ele aldı."), "meeting");
        one(x("tr", "Mehmet Karakaya ve Reza Kazemi, Ankara'da ortak basın toplantısında açıklamalarda bulundu."), "meeting");
        one(x("tr", "Mehmet Karakaya, İranlı mevkidaşı Reza Kazemi ile Ankara'da istişarelerde bulundu."), "meeting");
    }

    @Test
    void aCeremonyAttendedByBothSidesIsAMeeting() {
        one(x("fa", "مراسم روز ملی ترکیه با حضور رضا کاظمی وزیر راه ایران و مهمت کاراکایا سفیر ترکیه در تهران برگزار شد."), "meeting");
        one(x("en", "The reception was attended by Iranian Foreign Minister Reza Kazemi and Turkish Ambassador Mehmet Karakaya in Tehran."), "meeting");
        // one side alone celebrating is no contact of the two
        assertTrue(of(x("fa", "مراسم روز ملی با حضور رضا کاظمی وزیر راه ایران در تهران برگزار شد."), "meeting").isEmpty());
    }

    @Test
    void aSessionOfNoBodyBetweenTheTwoSidesIsAMeetingWhereTheLanguageTellsItSo() {
        one(x("tr", "Türkiye ve İran heyetleri arasında Van'da bir toplantı yapıldı."), "meeting");
        one(x("fa", "جلسه ای با حضور هیئت های ایران و ترکیه در ارومیه برگزار شد."), "meeting");
        one(x("fa", "نشستی میان مقامات مرزی ایران و ترکیه در بازرگان برگزار شد."), "meeting");
        // the bare noun heading a later sentence is the session already reported
        Extraction x = x("tr", "Türkiye ile İran arasında Van'da bir toplantı yapıldı. Toplantıda Türkiye ve İran heyetleri sınır ticaretini ele aldı.");
        one(x, "meeting");
        // a third party at the table makes no bilateral meeting
        assertTrue(of(x("fa", "نشست ایران، ترکیه و روسیه در آستانه برگزار شد."), "meeting").isEmpty());
    }
}
