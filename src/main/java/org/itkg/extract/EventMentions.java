package org.itkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Event mentions of one sentence. A trigger («دیدار», «تماس تلفنی», "signed", «görüştü»), a session of a
 * joint body, a summit or an arrival names an event; one that refers back («در این دیدار», «görüşmede»)
 * names the event already reported and starts nothing. The event's arguments come from its clause: the
 * persons and states named there (through {@link Ref}s, so titles, counterparts and pronouns count), the
 * day, the place; its status from the verb's tense and words of planning.
 */
final class EventMentions extends Reader {
    private record Trigger(String type, int at) {}

    private final Status status;

    EventMentions(Doc doc) {
        super(doc);
        this.status = new Status(doc);
    }

    List<EventDraft> contactsIn(Sentence st) {
        int a = st.start(), b = st.end();
        if (!lx.cancelled.find(scan, a, b).isEmpty()) return List.of();
        List<Trigger> types = new ArrayList<>();
        boolean talks = false; // the sentence tells of talks, new or already reported («Görüşmelerde»)
        for (Gazetteer.Hit<String> h : lx.triggers.find(scan, a, b)) {
            talks |= h.value().equals("meeting");
            if (doc.contacts.isEmpty() || (!anaphoric(h.start(), a) && !caseAnaphoric(h))) addTrigger(types, h.value(), h.start());
        }
        List<Gazetteer.Hit<String>> cues = lx.cues.find(scan, a, b);
        for (Gazetteer.Hit<Boolean> j : lx.jointBodies.find(scan, a, b)) {
            int session = sessionOf(j, a, b);
            if (session >= 0 && !anaphoric(session, a)) addTrigger(types, "joint-commission", j.start());
        }
        // a committee or commission in general: its session is a joint body's when the session is numbered
        // («98. ... Komite Toplantısı», "the 28th ... commission meeting») or the sentence names both sides
        if (!has(types, "joint-commission"))
            for (Gazetteer.Hit<String> j : cues) {
                if (!j.value().equals(Lexicons.STANDING_BODY)) continue;
                int session = sessionOf(j, a, b);
                if (session < 0 || anaphoric(session, a) || !lx.multilateral.find(scan, a, b).isEmpty()) continue;
                if (ordinalBefore(Math.min(session, j.start()), a) || bothSidesIn(a, b)) {
                    addTrigger(types, "joint-commission", j.start());
                    break;
                }
            }
        // a session held at set times between both sides («yılda iki kez düzenlenen sınır toplantıları»,
        // "the annual border meeting") is a standing body's, whatever the body is called
        if (!has(types, "joint-commission") && cues.stream().anyMatch(c -> c.value().equals(Lexicons.PERIODIC)) && bothSidesIn(a, b)
                && lx.multilateral.find(scan, a, b).isEmpty())
            for (Gazetteer.Hit<Boolean> h : lx.sessions.find(scan, a, b))
                if (!anaphoric(h.start(), a) && periodicBeside(h, cues)) {
                    addTrigger(types, "joint-commission", h.start());
                    break;
                }
        // «در حاشیه اجلاس ...», "on the sidelines of the summit", «zirvesi marjında»: a session both attended
        if (!has(types, "multilateral-meeting") && has(types, "meeting"))
            for (Gazetteer.Hit<String> c : cues) {
                if (!c.value().equals(Lexicons.SIDELINES)) continue;
                int session = sidelinedSession(c, a, b);
                if (session >= 0) {
                    addTrigger(types, "multilateral-meeting", session);
                    break;
                }
            }
        for (Gazetteer.Hit<Boolean> m : lx.multilateral.find(scan, a, b))
            if (sessionBefore(m.start(), a) >= 0 && !anaphoric(sessionBefore(m.start(), a), a))
                addTrigger(types, "multilateral-meeting", m.start());
        // a trilateral session between Iran, Turkey and others, whatever the body is called
        if (!has(types, "multilateral-meeting") && !has(types, "joint-commission") && cues.stream().anyMatch(c -> c.value().equals(Lexicons.TRILATERAL))
                && statesIn(a, b) >= 2)
            for (Gazetteer.Hit<Boolean> h : lx.sessions.find(scan, a, b))
                if (!anaphoric(h.start(), a) && Letters.isLetter(s.charAt(h.start()))) {
                    addTrigger(types, "multilateral-meeting", h.start());
                    break;
                }
        // «مراسم ... با حضور X و Y برگزار شد», "a reception attended by": officials of both sides brought together
        if (!has(types, "meeting") && cues.stream().anyMatch(c -> c.value().equals(Lexicons.PRESENCE))
                && (bothSidesPresent(st) || bothSidesIn(a, b)))
            for (Gazetteer.Hit<String> c : cues)
                if (c.value().equals(Lexicons.CEREMONY) && (doc.contacts.isEmpty() || !anaphoric(c.start(), a))) {
                    addTrigger(types, "meeting", c.start());
                    break;
                }
        // «Türkiye ve İran heyetleri arasında bir toplantı yapıldı», «جلسه‌ای با حضور هیئت‌های ایران و ترکیه»: in a
        // language that tells a meeting so (languages.json), a session of no named body between the two sides is one
        if (types.isEmpty() && lx.sessionAsMeeting.contains(doc.lang) && bothSidesIn(a, b) && statesIn(a, b) <= 2
                && lx.multilateral.find(scan, a, b).isEmpty())
            for (Gazetteer.Hit<Boolean> h : lx.sessions.find(scan, a, b))
                if (Letters.isLetter(s.charAt(h.start())) && (doc.contacts.isEmpty() || (!anaphoric(h.start(), a) && !caseEnding(h.start(), h.end())
                        && doc.wordsBetween(a, h.start()) > 0))) { // «Toplantıya X katıldı»: the bare noun heading a sentence is the one reported
                    addTrigger(types, "meeting", h.start());
                    break;
                }
        int reception = receptionAt(cues, doc.refs.get(st.index()), a, b);
        if (reception >= 0) addTrigger(types, "meeting", reception);
        int arrival = arrivalAt(a, b, cues);
        if (arrival >= 0) addTrigger(types, "visit", arrival);
        // «X در تماس تلفنی با Y درباره نشست آستانه گفتگو کرد»: events named after a call are what it was about
        int call = firstAt(types, "phone-call");
        if (call >= 0 && !referenced(call, a)) {
            types.removeIf(tr -> !tr.type().equals("phone-call") && tr.at() > call);
            drop(types, "meeting");
        }
        if (has(types, "video-conference")) {
            drop(types, "meeting");
            drop(types, "joint-commission");
        }
        // «görüşmek amacıyla Ankara'ya gitti», "travelled to Ankara to meet X": a meeting that is the trip's
        // purpose is no event of its own; the trip is
        if (has(types, "visit")) types.removeIf(tr -> tr.type().equals("meeting") && purpose(tr.at(), a, b));
        if (has(types, "meeting") || has(types, "phone-call")) drop(types, "visit");
        // «heyetler ... Komite Toplantısı kapsamında bir araya geldi», "the delegations met at the joint
        // commission's session": the meeting is the session (a meeting beside a summit is another matter)
        if (has(types, "joint-commission")) drop(types, "meeting");
        if (has(types, "agreement") && lx.signing.find(scan, a, b).isEmpty() && lx.declarations.find(scan, a, b).isEmpty()) drop(types, "agreement");
        if (types.isEmpty()) return List.of();

        boolean planned = status.plannedIn(a, b);
        List<Dates.Hit> days = doc.dates.find(scan, a, b, doc.published, planned);
        List<Ref> refs = doc.refs.get(st.index());
        List<EventDraft> out = new ArrayList<>();
        types.sort(Comparator.comparingInt(Trigger::at));
        List<Integer> offsets = new ArrayList<>();
        for (Trigger tr : types) offsets.add(tr.at());
        for (int i = 0; i < types.size(); i++) {
            Trigger e = types.get(i);
            boolean announced = planned && (!lx.announceInClause.contains(doc.lang) || status.plannedIn(doc.clauseStart(e.at(), a), doc.clauseEnd(e.at(), b)));
            EventDraft d = new EventDraft(e.type(), announced ? "planned" : "occurred", e.at(), doc.sentenceEvidence(st.index()));
            d.withTalks = talks;
            int from = participantsFrom(a, e.at());
            Ref speaker = from > a ? speakerInFirstPerson(refs, a, from, e.at(), b) : null;
            if (speaker != null) d.persons.add(speaker.person());
            // the second of two events of a type begins after the first one's clause
            if (i > 0 && types.get(i - 1).type().equals(e.type())) from = Math.max(from, doc.clauseEnd(types.get(i - 1).at(), e.at()));
            // an event named before the sentence's main verb is a mention inside the sentence: its
            // participants stand before the next trigger, or before the end of a relative clause («X که برای
            // شرکت در نشست اکو آمده بود، با Y دیدار کرد»: Y did not come to the summit)
            int until = b;
            if (i + 1 < types.size()) {
                until = types.get(i + 1).at();
                boolean sameType = types.get(i + 1).type().equals(e.type());
                if (sameType || !lx.relative.find(scan, from, e.at()).isEmpty()) until = doc.clauseEnd(e.at(), until);
            }
            // «X ... با اشاره به گفتگوی تلفنی ...»: X recalls the event and is no participant of it
            Ref recaller = lx.reference.find(scan, from, e.at()).isEmpty() ? null : first(refs, from);
            Ref host = e.type().equals("visit") ? namedAfter(lx.invitation, refs, from, until) : null;
            boolean inPerson = e.type().equals("meeting") || e.type().equals("visit");
            Ref sender = inPerson ? namedAfter(lx.message, refs, from, until) : null;
            int seeingOff = e.type().equals("visit") ? farewellFrom(from, e.at()) : -1;
            // a body of a state («وزارت خارجه ترکیه اعلام کرد») reports the contact; its sides are told otherwise
            for (Ref r : refs) {
                if (r.start() < from || r.start() >= until || r == recaller || r == host || r == sender || r.kind() == Ref.Kind.BODY) continue;
                if (seeingOff >= 0 && r.start() >= seeingOff && r.start() < e.at()) continue;
                if (r.person() != null && (Sides.isSide(r.person().country()) || r.person().country() == null)) d.persons.add(r.person());
                else if (r.person() == null && r.country() != null) d.countries.add(r.country());
            }
            if (d.type.equals("visit") && d.persons.isEmpty() && d.countries.isEmpty() && lx.delegation.find(scan, a, b).isEmpty()) continue;
            Lexicons.Place place = placeFor(d.type, e.at(), a, b);
            d.place = place == null ? null : place.name();
            completeSides(d, place, from, b);
            if (d.type.equals("visit") && home(d, place)) continue;
            if (d.type.equals("visit") && cues.stream().anyMatch(c -> c.value().equals(Lexicons.INVITING))) hosts(d, place);
            d.date = dateFor(e.at(), offsets, days);
            // whatever the tense, what is dated after the day the article came out has not happened yet
            if (d.date != null && doc.published != null && d.date.isAfter(doc.published)) d.status = "planned";
            out.add(d);
        }
        return out;
    }

    /**
     * «X، Y و Z ... رئیس جمهور را همراهی میکنند»: the named members of a delegation take part in the visit
     * reported last.
     */
    void accompanying(Sentence st) {
        if (lx.accompany.find(scan, st.start(), st.end()).isEmpty()) return;
        EventDraft visit = null;
        for (EventDraft c : doc.contacts) if (c.type.equals("visit")) visit = c;
        if (visit == null) return;
        for (Ref r : doc.refs.get(st.index()))
            if (r.person() != null && (r.person().country() == null || Sides.isSide(r.person().country()))) visit.persons.add(r.person());
    }

    /**
     * «X نیز در این نشست حضور داشت»: those named in a sentence that places them at the event just reported
     * («این نشست») take part in it.
     */
    void attending(Sentence st, EventDraft current) {
        int a = st.start(), b = st.end();
        List<Gazetteer.Hit<Boolean>> at = lx.attendance.find(scan, a, b);
        if (at.isEmpty()) return;
        boolean backReference = false;
        for (Gazetteer.Hit<Boolean> h : lx.sessions.find(scan, a, at.get(0).start())) backReference |= anaphoric(h.start(), a);
        for (Gazetteer.Hit<String> h : lx.triggers.find(scan, a, at.get(0).start())) backReference |= anaphoric(h.start(), a);
        // a language without articles names the event just reported by its bare noun at the head of the
        // sentence: «Toplantıya X ve Y katıldı»
        int head = a;
        while (head < b && !Letters.isLetter(s.charAt(head))) head++;
        for (Gazetteer.Hit<Boolean> h : lx.sessions.find(scan, head, Math.min(b, head + 30))) backReference |= h.start() == head;
        if (!backReference) return;
        for (Ref r : doc.refs.get(st.index()))
            if (r.start() < at.get(0).start() && r.person() != null && (r.person().country() == null || Sides.isSide(r.person().country())))
                current.persons.add(r.person());
    }

    /**
     * One event per type in a sentence («دیدار و گفتگو کرد» is one meeting), unless a clause boundary
     * separates two triggers: «X به ایران سفر خواهد کرد، ... Y به ترکیه سفر می کند» are two visits.
     */
    private void addTrigger(List<Trigger> found, String type, int at) {
        for (Trigger t : found) if (t.type().equals(type) && !doc.clauseBetween(Math.min(t.at(), at), Math.max(t.at(), at))) return;
        found.add(new Trigger(type, at));
    }

    private static boolean has(List<Trigger> found, String type) {
        for (Trigger t : found) if (t.type().equals(type)) return true;
        return false;
    }

    private static int firstAt(List<Trigger> found, String type) {
        int at = -1;
        for (Trigger t : found) if (t.type().equals(type) && (at < 0 || t.at() < at)) at = t.at();
        return at;
    }

    /** «با اشاره به گفتگوی تلفنی اخیر»: a trigger right after a reference phrase names an event only recalled. */
    private boolean referenced(int trigger, int a) {
        for (Gazetteer.Hit<Boolean> h : lx.reference.find(scan, Math.max(a, trigger - 30), trigger))
            if (trigger - h.end() <= 3) return true;
        return false;
    }

    private static void drop(List<Trigger> found, String type) {
        found.removeIf(t -> t.type().equals(type));
    }

    /**
     * Where the participants of the event at {@code trigger} may be named. When the trigger is inside a
     * quotation («X گفت: ... دیدار ...», «X: «... امضای ...»»), the speaker reports the event and is no
     * participant of it: the participants begin after the colon or the quote mark.
     */
    private int participantsFrom(int a, int trigger) {
        int from = a;
        int colon = s.lastIndexOf(':', trigger);
        if (colon >= a && !lx.speechVerbs.find(scan, a, colon).isEmpty()) from = colon + 1;
        int open = s.lastIndexOf('«', trigger);
        if (open >= from && s.lastIndexOf('»', trigger) < open) from = open + 1;
        return from;
    }

    /**
     * «وی افزود: وقتی برگشتیم با او تماس خواهم گرفت»: a speaker who tells of the event in the first person, in
     * the trigger's own clause, takes part in it. The speaker is the first person named before the colon.
     */
    private Ref speakerInFirstPerson(List<Ref> refs, int a, int from, int trigger, int b) {
        int until = Math.min(doc.clauseEnd(trigger, b), trigger + 20);
        if (lx.firstPerson.find(scan, from, until).isEmpty()) return null;
        Ref speaker = first(refs, a);
        return speaker != null && speaker.start() < from && speaker.person() != null ? speaker : null;
    }

    /**
     * The person named right after a cue: «X به دعوت Y به آنکارا سفر میکند» (Y invited the trip), «X با ابلاغ
     * سلام Y به Z» (Y sent greetings). Either is no participant.
     */
    private Ref namedAfter(Gazetteer<Boolean> cue, List<Ref> refs, int from, int until) {
        for (Gazetteer.Hit<Boolean> h : cue.find(scan, from, until)) {
            Ref r = first(refs, h.end());
            if (r != null && r.start() - h.end() < 12) return r;
        }
        return null;
    }

    /**
     * «X با بدرقه Y و Z عازم آنکارا شد»: Y and Z saw the traveller off at home; those named between the
     * farewell word and the trip are no participants of it. -1 when there is no such word.
     */
    private int farewellFrom(int from, int trigger) {
        List<Gazetteer.Hit<Boolean>> hits = lx.farewell.find(scan, from, trigger);
        return hits.isEmpty() ? -1 : hits.get(0).end();
    }

    private static Ref first(List<Ref> refs, int from) {
        for (Ref r : refs) if (r.start() >= from) return r;
        return null;
    }

    /**
     * The session word of a body's name: shortly before it («نشست کمیسیون مشترک», "session of the joint
     * committee") or right after it, as Turkish and English compounds put it ("Karma Ekonomik Komisyonu
     * toplantısı", "the joint commission meeting"); -1 when there is none.
     */
    private int sessionOf(Gazetteer.Hit<?> body, int a, int b) {
        int before = sessionBefore(body.start(), a);
        if (before >= 0) return before;
        for (Gazetteer.Hit<Boolean> h : lx.sessions.find(scan, body.end(), Math.min(b, body.end() + 25)))
            if (!doc.clauseBetween(body.end(), h.start())) return h.start();
        return -1;
    }

    /** A word that makes the session regular right beside it: a few words before it, or right after it («نشست سالانه»). */
    private boolean periodicBeside(Gazetteer.Hit<Boolean> session, List<Gazetteer.Hit<String>> cues) {
        for (Gazetteer.Hit<String> c : cues) {
            if (!c.value().equals(Lexicons.PERIODIC)) continue;
            if (c.end() <= session.start() && doc.wordsBetween(c.end(), session.start()) <= 2 && !doc.clauseBetween(c.end(), session.start())) return true;
            if (c.start() >= session.end() && doc.wordsBetween(session.end(), c.start()) == 0) return true;
        }
        return false;
    }

    /**
     * The session a sidelines word belongs to: a session word right after it (Persian, English: «در حاشیه
     * نشست», "on the sidelines of the summit") or right before it (Turkish: «Zirvesi marjında»); -1 if none.
     */
    private int sidelinedSession(Gazetteer.Hit<String> c, int a, int b) {
        for (Gazetteer.Hit<Boolean> h : lx.sessions.find(scan, c.end(), Math.min(b, c.end() + 40)))
            if (doc.wordsBetween(c.end(), h.start()) <= 3) return h.start();
        for (Gazetteer.Hit<Boolean> h : lx.sessions.find(scan, Math.max(a, c.start() - 25), c.start()))
            if (doc.wordsBetween(h.end(), c.start()) <= 1) return h.start();
        return -1;
    }

    /** A number that orders sessions, shortly before {@code i}: "98." (Turkish), "28th" (English), a Persian ordinal in -مین («بیست و هشتمین»). */
    private boolean ordinalBefore(int i, int from) {
        int k = Math.max(from, i - 30);
        for (int p = k; p < i; p++) {
            if (!Character.isDigit(s.charAt(p)) || (p > k && Character.isDigit(s.charAt(p - 1)))) continue;
            int q = p;
            while (q < i && Character.isDigit(s.charAt(q))) q++;
            if (q < i && s.charAt(q) == '.') return true;
            if (q + 1 < i) for (String suffix : new String[] {"st", "nd", "rd", "th"}) if (s.regionMatches(true, q, suffix, 0, 2)) return true;
        }
        for (int p = k; p + 3 <= i; p++)
            if (s.startsWith("مین", p) && (p + 3 == s.length() || !Letters.isLetter(s.charAt(p + 3)))) return true;
        return false;
    }

    /** Whether the sentence names both Iran and Turkey, or both sides in a word («دو کشور», "the two countries"). */
    private boolean bothSidesIn(int a, int b) {
        return !lx.bothSides.find(scan, a, b).isEmpty() || statesIn(a, b) >= 2;
    }




    /** Offset of a session word («نشست», "summit") shortly before {@code i}, or -1. */
    private int sessionBefore(int i, int from) {
        int best = -1;
        for (Gazetteer.Hit<Boolean> h : lx.sessions.find(scan, Math.max(from, i - 40), i)) best = h.start();
        return best;
    }

    /** «این دیدار», "the meeting": a trigger that refers back to an event already reported. */
    private boolean anaphoric(int i, int from) {
        if (i < 0) return false;
        int k = i - 1;
        while (k >= from && s.charAt(k) == ' ') k--;
        int e = k + 1;
        while (k >= from && Letters.isLetter(s.charAt(k))) k--;
        return e > k + 1 && lx.anaphora.contains(Lexicons.wordKey(s, k + 1, e));
    }

    /**
     * «Görüşmede», «toplantının»: an event noun of one word carrying a case ending refers back to the event
     * already reported, as «در این دیدار» or "in the meeting" do where a language has a word for it.
     */
    private boolean caseAnaphoric(Gazetteer.Hit<String> h) {
        return caseEnding(h.start(), h.end());
    }

    private boolean caseEnding(int start, int end) {
        if (lx.caseAnaphora.isEmpty() || s.charAt(start) >= '\u0250') return false; // endings of Latin-script languages
        int e = start;
        while (e < s.length() && Letters.isLetter(s.charAt(e))) e++;
        if (end > e) return false; // a phrase («ziyarette bulundu») is a verb, not a noun
        String w = s.substring(start, e).toLowerCase(Locale.ROOT);
        for (String ending : lx.caseAnaphora) if (w.length() > ending.length() + 4 && w.endsWith(ending)) return true;
        return false;
    }

    /** Whether the trigger at {@code at} is worded as a purpose («برای دیدار», "to meet", «görüşmek amacıyla»). */
    private boolean purpose(int at, int a, int b) {
        for (Gazetteer.Hit<Boolean> p : lx.purposeBefore.find(scan, Math.max(a, at - 15), Math.min(b, at + 3)))
            if (p.start() == at || (p.end() <= at && s.substring(p.end(), at).isBlank())) return true; // "to meet" begins with it
        int e = at;
        while (e < b && Letters.isLetter(s.charAt(e))) e++;
        int next = e;
        while (next < b && s.charAt(next) == ' ') next++;
        return next < b && lx.purposeAfter.longestAt(s, next, b) != null;
    }

    /** A contact has two sides: a side with no named person is written as its state, if the text names it. */
    private void completeSides(EventDraft d, Lexicons.Place place, int a, int b) {
        Set<String> have = new LinkedHashSet<>(d.countries);
        for (PersonDraft p : d.persons) if (p.country() != null) have.add(p.country());
        Set<String> named = new LinkedHashSet<>();
        for (Gazetteer.Hit<String> c : lx.countries.find(scan, a, b)) if (Sides.isSide(c.value())) named.add(c.value());
        boolean both = !lx.bothSides.find(scan, a, b).isEmpty();
        String host = d.type.equals("visit") && place != null ? place.country() : null;
        for (String side : new String[] {"IR", "TR"}) {
            if (have.contains(side) || side.equals(host)) continue; // the state a visit goes to hosts it
            // a visit's other state is where the visitors go, not a participant
            boolean counterpartOfNamed = have.contains(Sides.other(side)) && !d.type.equals("multilateral-meeting") && !d.type.equals("visit")
                    && (named.contains(side) || !lx.delegation.find(scan, a, b).isEmpty());
            if (both || counterpartOfNamed || (d.persons.isEmpty() && named.contains(side))) d.countries.add(side);
        }
        // one person whose side the text does not give takes the side left open by the other participants
        for (PersonDraft p : d.persons) {
            if (p.country() == null) {
                Set<String> others = new LinkedHashSet<>();
                for (PersonDraft q : d.persons) if (q != p && q.country() != null) others.add(q.country());
                if (others.size() == 1 && Sides.isSide(others.iterator().next())) p.inferredCountry = Sides.other(others.iterator().next());
            }
        }
        if (d.type.equals("multilateral-meeting")) {
            d.countries.removeIf(c -> !Sides.isSide(c));
            // the host state of a summit in one of its cities attends it
            if (place != null && !place.isCountry() && Sides.isSide(place.country()) && !have.contains(place.country()))
                d.countries.add(place.country());
        }
    }

    /** The date nearest before the trigger (Persian puts time before the verb), else the nearest after. */
    private static LocalDate dateFor(int trigger, Collection<Integer> triggers, List<Dates.Hit> days) {
        Dates.Hit best = null;
        for (Dates.Hit h : days) {
            if (h.start() > trigger) continue;
            boolean closerTriggerBetween = false;
            for (int other : triggers) if (other != trigger && other > h.end() && other < trigger) closerTriggerBetween = true;
            if (!closerTriggerBetween) best = h;
        }
        if (best == null && triggers.size() == 1 && !days.isEmpty()) best = days.get(0);
        return best == null ? null : best.date();
    }

    /**
     * "X invited Y to visit Turkey", «Y دعوت X برای سفر به آنکارا را پذیرفت»: where a sentence tells of an
     * invitation, a person of the state a visit goes to hosts it; the visitors are those of the other side.
     */
    private static void hosts(EventDraft d, Lexicons.Place place) {
        if (place == null || !Sides.isSide(place.country())) return;
        String host = place.country();
        boolean visitor = false;
        for (PersonDraft p : d.persons) visitor |= Sides.other(host).equals(p.country());
        if (visitor) d.persons.removeIf(p -> host.equals(p.country()));
    }

    /**
     * A trip within the visitors' own state (an Iranian minister touring Urmia) is no visit to the other
     * side: every participant whose state is known is of the state the place is in.
     */
    private static boolean home(EventDraft d, Lexicons.Place place) {
        if (place == null || !Sides.isSide(place.country())) return false;
        boolean known = false;
        for (PersonDraft p : d.persons) {
            if (p.country() == null) continue;
            if (!p.country().equals(place.country())) return false;
            known = true;
        }
        for (String c : d.countries) {
            if (!c.equals(place.country())) return false;
            known = true;
        }
        return known;
    }

    /**
     * «به ترکیه», "to Ankara", «Tahran'a»: of the places of the sentence a trip goes to (events.json,
     * destination), the one nearest the trigger at {@code at}; null if none.
     */
    private Lexicons.Place destination(int at, int a, int b) {
        List<String> endings = lx.destinationEndings.getOrDefault(doc.lang, List.of());
        Lexicons.Place best = null;
        int distance = Integer.MAX_VALUE;
        for (Gazetteer.Hit<Lexicons.Place> p : lx.places.find(scan, a, b)) {
            boolean to = endings.stream().anyMatch(e -> s.startsWith(e, p.end()));
            for (Gazetteer.Hit<Boolean> w : lx.destinationBefore.find(scan, Math.max(a, p.start() - 12), p.start()))
                to |= s.substring(w.end(), p.start()).isBlank();
            if (to && Math.abs(p.start() - at) < distance) {
                distance = Math.abs(p.start() - at);
                best = p.value();
            }
        }
        return best;
    }

    private Lexicons.Place placeFor(String type, int at, int a, int b) {
        if (type.equals("phone-call") || type.equals("video-conference")) return null;
        if (type.equals("visit")) {
            Lexicons.Place to = destination(at, a, b);
            if (to != null) return to;
        }
        Lexicons.Place country = null;
        for (Gazetteer.Hit<Lexicons.Place> p : lx.places.find(scan, a, b)) {
            if (!p.value().isCountry()) return p.value();
            if (country == null && type.equals("visit")) country = p.value();
        }
        return country;
    }

    /** Whether the sentence mentions persons or bodies of both Iran and Turkey. */
    private boolean bothSidesPresent(Sentence st) {
        Set<String> sides = new LinkedHashSet<>();
        for (Ref r : doc.refs.get(st.index())) {
            String c = r.person() != null ? r.person().country() : r.country();
            if (Sides.isSide(c)) sides.add(c);
        }
        return sides.size() == 2;
    }

    /**
     * «X'i resmi törenle karşıladı», «از X ... استقبال کرد», "welcomed Foreign Minister X": a verb of receiving
     * is a meeting where a person is named on the guest's side of it, in its clause (events.json, reception);
     * without one it welcomes a decision or news; at the airport or the door it greets a visitor on arrival,
     * a part of the visit. The verb's offset, else -1.
     */
    private int receptionAt(List<Gazetteer.Hit<String>> cues, List<Ref> refs, int a, int b) {
        for (Gazetteer.Hit<String> c : cues) {
            boolean before = c.value().equals(Lexicons.GUEST_BEFORE);
            if (!before && !c.value().equals(Lexicons.GUEST_AFTER)) continue;
            if (!lx.onArrival.find(scan, a, b).isEmpty()) return -1;
            List<String> endings = lx.guestEndings.getOrDefault(doc.lang, List.of());
            for (Ref r : refs) {
                if (r.person() == null || (before && !endings.isEmpty() && endings.stream().noneMatch(e -> s.startsWith(e, r.end())))) continue;
                int from = before ? r.end() : c.end(), to = before ? c.start() : r.start();
                if (from <= to && to - from <= 60 && !doc.clauseBetween(from, to)) return c.start();
            }
        }
        return -1;
    }

    /**
     * Where a sentence tells of arriving in or travelling to a place of Iran or Turkey («وارد آنکارا شد»,
     * «Tahran'a gitti», "left for Ankara"): the offset of the place, else -1. The words around the place and
     * the endings on it are data (events.json, arrival).
     */
    private int arrivalAt(int a, int b, List<Gazetteer.Hit<String>> cues) {
        // each way of telling it needs a word of its own (before or after the place): most sentences have none
        if (cues.stream().noneMatch(c -> c.value().equals(Lexicons.ARRIVAL))) return -1;
        for (Gazetteer.Hit<Lexicons.Place> p : lx.places.find(scan, a, b)) {
            if (!Sides.isSide(p.value().country())) continue;
            for (Lexicons.Arrival how : lx.arrivals) if (arrives(how, p, a, b)) return p.start();
        }
        return -1;
    }

    private boolean arrives(Lexicons.Arrival how, Gazetteer.Hit<Lexicons.Place> p, int a, int b) {
        if (how.before().size() > 0) {
            boolean before = false;
            for (Gazetteer.Hit<Boolean> w : how.before().find(scan, Math.max(a, p.start() - 25), p.start()))
                before |= s.substring(w.end(), p.start()).isBlank();
            if (!before) return false;
        }
        int k = p.end();
        if (!how.endings().isEmpty()) {
            boolean ending = false;
            for (String e : how.endings())
                if (s.startsWith(e, k)) {
                    k += e.length();
                    ending = true;
                    break;
                }
            if (!ending) return false;
        }
        if (k < b && Letters.isLetter(s.charAt(k))) return false; // the place name goes on as another word
        if (how.after().size() == 0) return true;
        for (Gazetteer.Hit<Boolean> w : how.after().find(scan, k, Math.min(b, k + 30)))
            if (!doc.clauseBetween(k, w.start()) && doc.wordsBetween(k, w.start()) <= 2) return true;
        return false;
    }

    /** How many states the sentence names, when Iran and Turkey are among them; else 0. */
    private int statesIn(int a, int b) {
        Set<String> states = new LinkedHashSet<>();
        for (Gazetteer.Hit<String> c : lx.countries.find(scan, a, b)) states.add(c.value());
        return states.contains("IR") && states.contains("TR") ? states.size() : 0;
    }
}
