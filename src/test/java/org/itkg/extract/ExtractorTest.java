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

    static Role role(String position, String portfolio, String country) {
        return new Role(position, portfolio, country, null);
    }

    static boolean holds(Person p, String position, String portfolio, String country) {
        return p.roles().stream().anyMatch(r -> r.sameOffice(role(position, portfolio, country)));
    }

    @Test
    void unknownNameOpeningAClauseBeforeATitleIsFoundWithTheTitlesState() {
        Extraction x = fa("به گزارش خبرنگار ما، اوکتای سزر وزیر انرژی و منابع طبیعی ترکیه در سخنانی گفت: گاز ایران برای ما مهم است.", null);
        Person p = person(x, "اوکتای سزر");
        assertEquals("TR", p.country());
        assertTrue(holds(p, "minister", "energy", "TR"), p.roles().toString());
    }

    @Test
    void nameAfterATitleAndAComma() {
        Extraction x = fa("سخنگوی وزارت بازرگانی ترکیه، نورای بیلگین در پیامی نوشت که مرز باز است.", null);
        assertTrue(holds(person(x, "نورای بیلگین"), "spokesperson", "trade", "TR"));
    }

    @Test
    void aPluralTitleGivesEachHolderTheOfficeOfTheirState() {
        Extraction x = fa("مهدی رستمی و مراد تکین وزرای کشور ایران و ترکیه امروز در وان دیدار کردند.", "2024-03-02");
        assertTrue(holds(person(x, "مهدی رستمی"), "minister", "interior", "IR"));
        assertTrue(holds(person(x, "مراد تکین"), "minister", "interior", "TR"));
    }

    @Test
    void aLocalOfficeBelongsToTheStateOfItsPlace() {
        Extraction x = fa("سفیر ایران با «سلیم آکای» استاندار استان استانبول ملاقات کرد.", null);
        assertTrue(holds(person(x, "سلیم آکای"), "governor", null, "TR"));
    }

    @Test
    void theCounterpartTakesTheTitleOfTheSubject() {
        Extraction x = fa("وزیر امور خارجه کشورمان امروز با «ایلکر دمیر» همتای ترک خود دیدار کرد.", null);
        assertTrue(holds(person(x, "ایلکر دمیر"), "minister", "foreign-affairs", "TR"), person(x, "ایلکر دمیر").roles().toString());
    }

    @Test
    void aHeadOfABodyWithoutPortfolioIsOther() {
        Extraction x = fa("مهدی صالحی رئیس پژوهشکده مطالعات راهبردی گفت روابط با ترکیه مهم است.", null);
        assertTrue(holds(person(x, "مهدی صالحی"), "head", "other", "IR"));
    }

    @Test
    void honorificsAreNoPartOfTheName() {
        Extraction x = fa("حجت الاسلام علی نیکنام رئیس سازمان فرهنگ و ارتباطات اسلامی در آنکارا گفت همکاری فرهنگی با ترکیه ادامه دارد.", null);
        assertTrue(x.persons().stream().anyMatch(p -> p.name().equals("علی نیکنام")), x.persons().toString());
    }

    @Test
    void aTripWithANamedCounterpartIsTheMeetingNotAVisit() {
        Extraction x = fa("حسن کریمی وزیر اقتصاد ایران که به آنکارا سفر کرده است، امروز با مراد آیدین وزیر تجارت ترکیه دیدار کرد.", "2024-05-06");
        assertEquals(1, events(x, "meeting").size());
        assertTrue(events(x, "visit").isEmpty(), x.events().toString());
        assertEquals(LocalDate.parse("2024-05-06"), events(x, "meeting").get(0).date());
    }

    @Test
    void aTripInTheFutureTenseIsAPlannedVisit() {
        Extraction x = fa("مراد آیدین وزیر تجارت ترکیه هفته آینده به تهران سفر خواهد کرد.", null);
        Event v = events(x, "visit").get(0);
        assertEquals("planned", v.status());
        assertEquals("Tehran", v.place());
    }

    @Test
    void anOrdinalSessionOfAJointBodyIsAJointCommission() {
        Extraction x = fa("بیست و هشتمین کمیسیون مشترک اقتصادی ایران و ترکیه ماه آینده در تهران برگزار خواهد شد.", null);
        Event j = events(x, "joint-commission").get(0);
        assertEquals("planned", j.status());
    }

    @Test
    void theSpeakerIsTheSubjectOfTheVerbOfSayingNotTheAgency() {
        Extraction x = fa("خبرگزاری آناتولی نوشت، «ایلکر دمیر» وزیر کشور ترکیه اعلام کرد همکاری مرزی با ایران ادامه دارد.", null);
        List<Event> st = events(x, "statement");
        assertEquals(1, st.size());
        assertEquals("ایلکر دمیر", st.get(0).participants().get(0).label());
    }

    @Test
    void aMeetingOfTheTwoStatesBesideAMeetingOfTheirNamedOfficialsIsOneMeeting() {
        Extraction x = fa("مهدی رستمی وزیر کشور ایران امروز در تهران با مراد تکین وزیر کشور ترکیه دیدار کرد. "
                + "هیات های ایران و ترکیه امروز در تهران دیدار کردند.", "2024-03-02");
        List<Event> meetings = events(x, "meeting");
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals(2, meetings.get(0).participants().size());
    }

    static Set<String> labels(Event e) {
        return e.participants().stream().map(Participant::label).collect(Collectors.toSet());
    }

    @Test
    void anAgreementNeedsASigning() {
        assertTrue(events(fa("سخنگوی سازمان هواپیمایی با اشاره به موافقتنامه دوجانبه بین ایران و ترکیه گفت پروازها ادامه دارد.", null), "agreement").isEmpty());
        assertEquals(1, events(fa("وزیران نیروی ایران و ترکیه در آنکارا یادداشت تفاهم همکاری برق را امضا کردند.", null), "agreement").size());
    }

    @Test
    void whoRecallsAnEventIsNoParticipantOfIt() {
        Extraction x = fa("علی رضایی سفیر ایران در آنکارا با اشاره به گفتگوی تلفنی اخیر مسعود پزشکیان و رجب طیب اردوغان گفت روابط خوب است.", null);
        assertEquals(Set.of("مسعود پزشکیان", "رجب طیب اردوغان"), labels(events(x, "phone-call").get(0)));
    }

    @Test
    void aSummitInARelativeClauseHasTheVisitorAndItsHost() {
        Extraction x = fa("هیات ترکیه به ریاست «جمال اوزتورک» که برای شرکت در نشست وزیران اکو در تهران آمده بود، امروز با علی احمدی وزیر راه دیدار کرد.", "2025-03-02");
        assertEquals(Set.of("جمال اوزتورک", "IR"), labels(events(x, "multilateral-meeting").get(0)));
        assertEquals(Set.of("جمال اوزتورک", "علی احمدی"), labels(events(x, "meeting").get(0)));
    }

    @Test
    void thoseWhoAccompanyAVisitorJoinTheVisitAndAreOfItsState() {
        Extraction x = fa("رجب طیب اردوغان رئیس جمهور ترکیه امروز به تهران سفر کرد. کمال آیدین وزیر انرژی و مراد شاهین وزیر تجارت رئیس جمهور را در این سفر همراهی میکنند.", "2024-02-02");
        assertEquals(Set.of("رجب طیب اردوغان", "کمال آیدین", "مراد شاهین"), labels(events(x, "visit").get(0)));
        assertTrue(holds(person(x, "مراد شاهین"), "minister", "trade", "TR"), person(x, "مراد شاهین").roles().toString());
    }

    @Test
    void twoTripsInOneSentenceAreTwoVisits() {
        Extraction x = fa("سخنگوی دولت ترکیه گفت: کمال یلماز وزیر تجارت ترکیه ماه آینده به تهران سفر خواهد کرد، سپس رضا کریمی وزیر صنعت ایران به آنکارا سفر میکند.", null);
        List<Event> visits = events(x, "visit");
        assertEquals(2, visits.size(), x.events().toString());
        assertEquals(Set.of("کمال یلماز"), labels(visits.get(0)));
        assertEquals(Set.of("رضا کریمی"), labels(visits.get(1)));
        assertEquals("planned", visits.get(1).status());
    }

    @Test
    void theInviterIsNoParticipantOfTheTrip() {
        Extraction x = fa("علی لاریجانی به دعوت نعمان کورتولموش رئیس مجلس ترکیه به آنکارا سفر خواهد کرد.", null);
        assertTrue(events(x, "meeting").isEmpty(), x.events().toString());
        assertEquals(Set.of("علی لاریجانی"), labels(events(x, "visit").get(0)));
    }

    @Test
    void meetingsWithDifferentCounterpartsAreDifferentMeetings() {
        Extraction x = fa("ظریف روز دوشنبه نخست با مولود چاووش اوغلو گفتگو کرد و سپس به دیدار رجب طیب اردوغان رفت.", null);
        assertEquals(2, events(x, "meeting").size(), x.events().toString());
        Extraction y = fa("رجب طیب اردوغان رئیس جمهور ترکیه در تهران با علی خامنه ای رهبر ایران و حسن روحانی رئیس جمهور ایران دیدار کرد.", null);
        assertEquals(Set.of(Set.of("رجب طیب اردوغان", "علی خامنه ای"), Set.of("رجب طیب اردوغان", "حسن روحانی")),
                events(y, "meeting").stream().map(ExtractorTest::labels).collect(Collectors.toSet()));
    }

    @Test
    void whoSeesTheTravellerOffIsNoParticipantOfTheTrip() {
        Extraction x = fa("مسعود پزشکیان رئیس جمهور ایران امروز با بدرقه محمدرضا عارف معاون اول رئیس جمهور عازم پایتخت ترکیه شد.", "2025-06-01");
        assertTrue(events(x, "meeting").isEmpty(), x.events().toString());
        Event visit = events(x, "visit").get(0);
        assertEquals(Set.of("مسعود پزشکیان"), labels(visit));
        assertEquals("Ankara", visit.place());
    }

    @Test
    void aJointSessionOfTheTwoStatesIsAMeeting() {
        Extraction x = fa("در جلسه مشترک هیات های ایران و ترکیه در آنکارا درباره تجارت مرزی گفتگو شد.", null);
        assertEquals(1, events(x, "meeting").size(), x.events().toString());
    }

    @Test
    void aTurkishCaseEndingIsNoPartOfTheName() {
        Extraction x = X.extract(new Article("t", null, null, null, "tr",
                "Ticaret Bakanı Mehmet Karakaya, İran Ticaret Bakanı Ali Rıza Kaya'yı Ankara'da kabul etti.", "test"));
        assertTrue(x.persons().stream().anyMatch(p -> p.name().equals("Ali Rıza Kaya")), x.persons().toString());
        assertTrue(x.persons().stream().noneMatch(p -> p.name().contains("'")), x.persons().toString());
    }

    @Test
    void aCallSomeoneWillMakeIsAPlannedPhoneCall() {
        Extraction x = fa("رجب طیب اردوغان رئیس جمهور ترکیه گفت: پس از بازگشت به آنکارا با مسعود پزشکیان تماس خواهم گرفت.", "2024-07-08");
        List<Event> calls = events(x, "phone-call");
        assertEquals(1, calls.size(), x.events().toString());
        assertEquals("planned", calls.get(0).status());
        assertTrue(labels(calls.get(0)).contains("مسعود پزشکیان"), labels(calls.get(0)).toString());
    }

    @Test
    void aSpeakerTellingOfAContactInTheFirstPersonTakesPart() {
        Extraction x = fa("رجب طیب اردوغان رئیس جمهور ترکیه ادامه داد: وقتی به آنکارا برگشتیم با مسعود پزشکیان تماس خواهم گرفت.", "2024-07-08");
        assertEquals(Set.of("رجب طیب اردوغان", "مسعود پزشکیان"), labels(events(x, "phone-call").get(0)));
        Extraction y = fa("محمد فراز جلالی سفیر ایران در ترکیه گفت: وزیر راه ترکیه به تهران سفر خواهد کرد که منتظر تعیین زمان آن هستیم.", "2024-07-08");
        assertFalse(labels(events(y, "visit").get(0)).contains("محمد فراز جلالی"), y.events().toString());
    }

    @Test
    void aMeetingFirstReportedAsThisMeetingIsStillReported() {
        Extraction x = fa("حسین امیرعبداللهیان در این دیدار با رجب طیب اردوغان درباره غزه گفتگو کرد.", null);
        assertEquals(Set.of("حسین امیرعبداللهیان", "رجب طیب اردوغان"), labels(events(x, "meeting").get(0)));
    }

    @Test
    void aRecalledCallLeavesTheMeetingOfTheSentence() {
        Extraction x = fa("حسین امیرعبداللهیان هنگام دیدار با رجب طیب اردوغان با اشاره به تماس تلفنی هفته گذشته رؤسای جمهور، از ترکیه قدردانی کرد.", null);
        assertEquals(1, events(x, "meeting").size(), x.events().toString());
    }

    @Test
    void thoseSaidToAttendTheSessionJustReportedTakePart() {
        Extraction x = fa("نشست فوق العاده سازمان همکاری اسلامی به میزبانی ترکیه در استانبول آغاز شد. عباس عراقچی وزیر امور خارجه ایران نیز در این نشست حضور دارد.", null);
        assertTrue(labels(events(x, "multilateral-meeting").get(0)).contains("عباس عراقچی"), x.events().toString());
    }

    @Test
    void aSummitNamedAfterACallIsWhatTheCallWasAbout() {
        Extraction x = fa("عباس عراقچی در تماس با هاکان فیدان پیشنهاد برگزاری نشست فوق العاده سازمان همکاری اسلامی را ارائه کرد.", null);
        assertEquals(1, events(x, "phone-call").size(), x.events().toString());
        assertTrue(events(x, "multilateral-meeting").isEmpty(), x.events().toString());
    }

    @Test
    void whoeverSendsGreetingsIsNoParticipantOfTheMeeting() {
        Extraction x = fa("عباس عراقچی با ابلاغ سلام مسعود پزشکیان با رجب طیب اردوغان دیدار کرد.", null);
        assertEquals(Set.of("عباس عراقچی", "رجب طیب اردوغان"), labels(events(x, "meeting").get(0)));
    }

    @Test
    void aSigningAtTheOneMeetingIsSignedByThoseWhoMet() {
        Extraction x = fa("احمد وحیدی وزیر کشور ایران با سلیمان سویلو وزیر کشور ترکیه در تهران دیدار کرد.\n"
                + "در پایان یادداشت تفاهم همکاری امنیتی امضا شد.", null);
        assertEquals(Set.of("احمد وحیدی", "سلیمان سویلو"), labels(events(x, "agreement").get(0)));
        Extraction y = fa("احمد وحیدی وزیر کشور ایران با سلیمان سویلو وزیر کشور ترکیه در تهران دیدار کرد.\n"
                + "در پایان دو کشور یادداشت تفاهم همکاری امنیتی امضا کردند.", null);
        assertEquals(Set.of("IR", "TR"), labels(events(y, "agreement").get(0)));
    }

    @Test
    void aSessionOnTheProgrammeOfATripIsPlanned() {
        Extraction x = fa("برگزاری نشست شورای عالی همکاری ایران و ترکیه از برنامه های این سفر است.", null);
        assertEquals("planned", events(x, "joint-commission").get(0).status(), x.events().toString());
    }

    @Test
    void aTitleReadWithAnotherPortfolioNamesTheOneHolderOfThePosition() {
        Extraction x = fa("علی رضایی رییس طرف ایرانی کمیسیون مشترک اقتصادی دو کشور امروز با وزیر بازرگانی ترکیه دیدار کرد.\n"
                + "رییس کمیسیون مشترک اقتصادی ایران گفت: تجارت دو کشور افزایش می یابد.", null);
        assertTrue(events(x, "statement").stream().noneMatch(e -> labels(e).contains("IR")), x.events().toString());
    }
}
