package org.itkg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each stage alone: a document is taken through the stages before the one under test, and the test reads
 * that stage's own annotations. Every sentence is written for this test.
 */
class StagesTest {
    private static final Lexicons LX = Lexicons.get();
    private static final Dates DATES = new Dates(LX);

    /** {@code body} taken through every stage up to and including the {@code n}-th. */
    private static Doc through(int n, String lang, String body) {
        Text t = Normalizer.normalize(body);
        Doc doc = new Doc(t, Sentences.split(t.norm, LX.periodOrdinals.contains(lang)), lang, LocalDate.of(2025, 3, 1), LX, DATES);
        for (int i = 0; i < n; i++) Extractor.STAGES.get(i).apply(doc).annotate();
        return doc;
    }

    private static PersonDraft person(Doc doc, String name) {
        return doc.persons.stream().filter(p -> p.name.equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " not in " + names(doc)));
    }

    private static List<String> names(Doc doc) {
        return doc.persons.stream().map(p -> p.name).toList();
    }

    @Test
    void titleMentionsCarryTheStateTheirPhraseNames() {
        Doc doc = through(1, "fa", "وزیر امور خارجه ترکیه امروز به تهران آمد.");
        TitleMention th = doc.titles.get(0).get(0);
        assertEquals("minister", th.title().position());
        assertEquals("foreign-affairs", th.title().portfolio());
        assertEquals("TR", th.explicitCountry());

        doc = through(1, "en", "The country's interior minister spoke first.");
        assertEquals(null, doc.titles.get(0).get(0).explicitCountry(), "no state named before: the anaphora has nothing to refer to");
    }

    @Test
    void aDeputysWordMakesAnyOfficeItsDeputysWhereverTheLanguagePutsIt() {
        TitleMention en = through(1, "en", "Iranian Deputy Oil Minister Reza Kazemi spoke.").titles.get(0).get(0);
        assertEquals("deputy-minister", en.title().position());
        assertEquals("energy", en.title().portfolio());
        assertEquals("IR", en.explicitCountry(), "the state before the deputy's word");
        TitleMention tr = through(1, "tr", "Enerji Bakanı Yardımcısı Mehmet Karakaya konuştu.").titles.get(0).get(0);
        assertEquals("deputy-minister", tr.title().position());
        assertEquals("energy", tr.title().portfolio());
        assertEquals("minister", through(1, "en", "Oil Minister Reza Kazemi spoke.").titles.get(0).get(0).title().position());
    }

    @Test
    void aStateBeforeAPortfolioWrittenOutIsTheTitlesState() {
        TitleMention th = through(1, "tr", "İran Yollar, Limanlar ve Şehircilik Bakanı Reza Kazemi konuştu.").titles.get(0).get(0);
        assertEquals("IR", th.explicitCountry());
        // a state with a title and a name of its own before another title is not that title's
        Doc doc = through(1, "tr", "İran Cumhurbaşkanı Reza Kazemi, Dışişleri Bakanı Mehmet Karakaya ile görüştü.");
        assertNull(doc.titles.get(0).get(1).explicitCountry());
    }

    @Test
    void everyWayToSayForeignMinister() {
        for (String[] t : new String[][] {{"en", "Iran's top diplomat Reza Kazemi spoke."}, {"fa", "رئیس دستگاه سیاست خارجی ایران سخن گفت."},
                {"tr", "İran diplomasi şefi Reza Kazemi konuştu."}}) {
            TitleMention th = through(1, t[0], t[1]).titles.get(0).get(0);
            assertEquals("foreign-affairs", th.title().portfolio(), t[1]);
            assertEquals("IR", th.explicitCountry(), t[1]);
        }
    }

    @Test
    void aProvinceNamedAfterAStateIsOfItsOwnState() {
        TitleMention th = through(1, "fa", "مدیرکل گمرک آذربایجان غربی با همتای ترکیه ای خود دیدار کرد.").titles.get(0).get(0);
        assertEquals("IR", th.explicitCountry(), "West Azerbaijan, not the Republic of Azerbaijan");
    }

    @Test
    void aNameInAppositionIsCapitalisedInLatinScriptAndNoCaseEndingStartsIt() {
        Doc doc = through(2, "tr", "Van Valisi Ozan Balcı, İran'ın Van Başkonsolosu ile bir araya geldi.");
        assertEquals(List.of("Ozan Balcı"), doc.names.stream().map(NameMention::surface).distinct().toList());
        doc = through(2, "fa", "به گفته بهروز کمالوندی، سخنگوی سازمان انرژی اتمی، همکاری ادامه دارد.");
        assertEquals(List.of("بهروز کمالوندی"), doc.names.stream().map(NameMention::surface).toList(), "a name after «به گفته»");
    }

    @Test
    void aTitleOfRespectIsFollowedByAName() {
        assertEquals(List.of("رستمی پور"), through(2, "fa", "آقای رستمی پور در این دیدار سخن گفت.").names.stream().map(NameMention::surface).toList());
        assertEquals(List.of("محمد رستمی"), through(2, "fa", "آقای محمد رستمی در این دیدار سخن گفت.").names.stream().map(NameMention::surface).distinct().toList(),
                "the given name, then the surname");
        assertEquals(List.of("Kalkavan"), through(2, "tr", "Sayın Kalkavan heyeti kabul etti.").names.stream().map(NameMention::surface).toList());
        assertTrue(through(2, "fa", "آقای وزیر در این دیدار سخن گفت.").names.isEmpty(), "a title is no name");
        assertTrue(through(2, "en", "He spoke at the United Nations General Assembly in New York.").names.isEmpty());
    }

    @Test
    void aKnownHolderIsNamedByTheSurnameAlone() {
        Doc doc = through(3, "fa", "فیدان گفت که به زودی به تهران سفر خواهد کرد.");
        assertEquals(1, doc.persons.size());
        assertEquals("hakan-fidan", doc.persons.get(0).knownId);
    }

    @Test
    void nameMentionsNeedNoLexiconOfPersons() {
        // neither name is a known office holder: a title in Latin script, then two capitalised words
        Doc doc = through(2, "en", "Trade Minister Selin Karakaya arrived in Tabriz on Monday.");
        assertTrue(doc.names.stream().anyMatch(n -> n.surface().equals("Selin Karakaya")), doc.names.toString());
        assertTrue(doc.names.stream().allMatch(n -> n.known() == null));
    }

    @Test
    void aSurnameAloneIsTheSamePersonAsTheFullName() {
        Doc doc = through(3, "en", "Trade Minister Mehmet Karakaya arrived in Tabriz. Karakaya said trade would grow.");
        PersonDraft p = person(doc, "Mehmet Karakaya");
        assertEquals(1, doc.persons.size(), names(doc).toString());
        assertEquals(2, p.mentions.size(), "the full name and the surname");
        assertSame(p, doc.refs.get(1).get(0).person());
    }

    @Test
    void aSurnameLinksEvenWhenTheLexiconDoesNotKnowTheGivenName() {
        Doc doc = through(3, "en", "Trade Minister Selin Karakaya arrived in Tabriz. Karakaya said trade would grow.");
        assertEquals(2, person(doc, "Selin Karakaya").mentions.size());
        doc = through(3, "fa", "آلپر کارال اوغلو وزیر تجارت ترکیه وارد تبریز شد. کارال اوغلو گفت تجارت رشد می کند.");
        assertEquals(2, person(doc, "آلپر کارال اوغلو").mentions.size(), "a surname ending in a particle keeps it");
    }

    @Test
    void aTitleBesideANameIsThatPersonsOffice() {
        Doc doc = through(4, "fa", "رضا کاظمی وزیر راه ایران امروز سخن گفت.");
        PersonDraft p = person(doc, "رضا کاظمی");
        assertEquals("minister", p.roles.get(0).position());
        assertEquals("IR", p.roles.get(0).country());
    }

    @Test
    void aTitleUsedAloneLinksToItsHolderAndACounterpartToTheOtherSidesHolder() {
        Doc doc = through(5, "en", "Iranian Foreign Minister Reza Kazemi arrived in Ankara. Turkish Foreign Minister Mehmet Karakaya "
                + "welcomed him. The Iranian foreign minister met his Turkish counterpart at noon.");
        PersonDraft ir = person(doc, "Reza Kazemi"), tr = person(doc, "Mehmet Karakaya");
        List<Ref> last = doc.refs.get(2);
        assertEquals(List.of(ir, tr), last.stream().map(Ref::person).toList(), "the title alone, then the counterpart");
        assertTrue(last.stream().allMatch(Ref::viaTitle));
    }

    @Test
    void aCounterpartNobodyHoldsStandsForTheOtherState() {
        Doc doc = through(5, "en", "Iranian Foreign Minister Reza Kazemi spoke with his Turkish counterpart by phone.");
        Ref cp = doc.refs.get(0).get(doc.refs.get(0).size() - 1);
        assertNull(cp.person());
        assertEquals("TR", cp.country());
    }

    @Test
    void aBodyOfAStateStandsForItWhereTheStateIsNamedOnTheSideItsLanguagePutsIt() {
        Doc doc = through(5, "fa", "وزارت امور خارجه ترکیه اعلام کرد که همکاری ادامه دارد.");
        Ref body = doc.refs.get(0).get(0);
        assertEquals(Ref.Kind.BODY, body.kind());
        assertEquals("TR", body.country());
        doc = through(5, "en", "Turkey's Foreign Ministry said talks would go on. The embassy of Iran said nothing.");
        assertEquals("TR", doc.refs.get(0).get(0).country());
        assertEquals("IR", doc.refs.get(1).get(0).country());
        // «İran» after the ministry begins the title that follows: a Turkish state stands before its noun
        doc = through(5, "tr", "Bakanlıktan yapılan duyuruda İran Ticaret Bakanı konuştu.");
        assertTrue(doc.refs.get(0).stream().noneMatch(r -> r.kind() == Ref.Kind.BODY), doc.refs.toString());
        // the press is no body of the state
        doc = through(5, "fa", "تلویزیون دولتی ترکیه گزارش داد که پروازها از سر گرفته شد.");
        assertTrue(doc.refs.get(0).isEmpty(), doc.refs.toString());
    }

    @Test
    void aPronounLinksToTheLastSpeakerElseToThePersonNamedLast() {
        Doc doc = through(5, "fa", "رضا کاظمی وزیر راه ایران گفت روابط دو کشور خوب است. وی افزود که تجارت رشد خواهد کرد. "
                + "مهمت کاراکایا وزیر تجارت ترکیه نیز در تهران حضور داشت. وی دیروز به تهران رسید.");
        PersonDraft ir = person(doc, "رضا کاظمی"), tr = person(doc, "مهمت کاراکایا");
        Ref first = doc.refs.get(1).get(0), second = doc.refs.get(3).get(0);
        assertFalse(first.viaTitle());
        assertSame(ir, first.person(), "the speaker goes on talking");
        assertSame(tr, second.person(), "no one spoke since: the person named last");
    }

    @Test
    void eventMentionsTakeTheirArgumentsFromTheClauseAndTheirStatusFromTheVerb() {
        Doc doc = through(5, "tr", "Ticaret Bakanı Mehmet Karakaya, İranlı mevkidaşı Reza Kazemi ile Ankara'da görüşecek.");
        List<EventDraft> found = new EventMentions(doc).contactsIn(doc.sentences.get(0));
        assertEquals(1, found.size());
        EventDraft e = found.get(0);
        assertEquals("meeting", e.type);
        assertEquals("planned", e.status);
        assertEquals(2, e.persons.size());
        assertEquals("Ankara", e.place);
    }

    @Test
    void aMeetingToldTwiceIsOneEventWithTheDayOfEitherReport() {
        Doc doc = through(7, "fa", "رضا کاظمی وزیر راه ایران با مهمت کاراکایا وزیر تجارت ترکیه دیدار کرد. "
                + "دیدار کاظمی و کاراکایا روز پنجشنبه ۹ اسفند ۱۴۰۳ در آنکارا انجام شد. در این دیدار درباره تجارت گفتگو شد.");
        List<EventDraft> meetings = doc.contacts.stream().filter(c -> c.type.equals("meeting")).toList();
        assertEquals(1, meetings.size(), doc.contacts.toString());
        assertEquals(LocalDate.of(2025, 2, 27), meetings.get(0).date);
        assertEquals("Ankara", meetings.get(0).place);
        assertTrue(meetings.get(0).topics.contains("trade"), meetings.get(0).topics.toString());
    }

    @Test
    void aBodySpeaksWhereNoOneElseIsNamedAndBesideThePersonItReports() {
        Doc doc = through(8, "fa", "دولت ترکیه اعلام کرد مرزها باز می ماند.");
        assertEquals(1, doc.statements.size());
        assertEquals(java.util.Set.of("TR"), doc.statements.get(0).countries);
        doc = through(8, "fa", "وزارت خارجه ایران اعلام کرد، مهمت کاراکایا وزیر خارجه ترکیه در تماس تلفنی با رضا کاظمی بر گسترش تجارت تاکید کرد.");
        assertEquals(2, doc.statements.size(), "the ministry that reports and the minister who stressed");
    }

    @Test
    void speakersOfPassivesRelativeClausesAndJoinedSubjects() {
        Doc doc = through(8, "en", "The plan was announced by Iranian Oil Minister Reza Kazemi on Monday.");
        assertEquals(1, doc.statements.size(), "the agent of a passive verb of saying");
        doc = through(8, "tr", "Plan, Enerji Bakanı Mehmet Karakaya tarafından açıklandı.");
        assertEquals(1, doc.statements.size());
        doc = through(8, "en", "Iranian Foreign Minister Reza Kazemi arrived after a statement by Turkish Trade Minister Mehmet Karakaya, "
                + "who said on Monday that trade would grow.");
        assertEquals("Mehmet Karakaya", doc.statements.get(0).persons.iterator().next().name, "the one named before 'who'");
        doc = through(8, "fa", "رضا کاظمی وزیر راه ایران و مهمت کاراکایا وزیر تجارت ترکیه بر گسترش تجارت تاکید کردند.");
        assertEquals(2, doc.statements.size(), "both speakers joined by «و»");
    }

    @Test
    void aFormerOfficialHoldsNoOfficeAndSpeaksForNoSide() {
        for (String[] t : new String[][] {{"fa", "رضا کاظمی سفیر اسبق ایران در ترکیه گفت روابط تجاری دو کشور رشد می کند."},
                {"en", "Former Iranian ambassador Reza Kazemi said trade between Iran and Turkey would grow."},
                {"tr", "Eski Büyükelçi Mehmet Karakaya, İran ile Türkiye arasındaki ticaretin artacağını söyledi."}}) {
            Doc doc = through(8, t[0], t[1]);
            assertTrue(doc.persons.get(0).roles.isEmpty(), t[1]);
            assertTrue(doc.statements.isEmpty(), t[1]);
        }
    }

    @Test
    void aSpeakersWordsAreOneStatementPlacedAtTheContactTheyTookPartIn() {
        Doc doc = through(8, "en", "Iranian Foreign Minister Reza Kazemi met Turkish Foreign Minister Mehmet Karakaya in Ankara on March 1. "
                + "Kazemi said trade between the two countries would grow. He stressed that border security matters.");
        assertEquals(1, doc.statements.size(), doc.statements.toString());
        EventDraft st = doc.statements.get(0);
        assertEquals(2, st.quotes.size(), "both sentences, the second through its pronoun");
        assertEquals("Ankara", st.place);
        assertEquals(LocalDate.of(2025, 3, 1), st.date);
    }
}
