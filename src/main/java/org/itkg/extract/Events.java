package org.itkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the contacts an article reports and the statements of its officials. A sentence with a trigger
 * («دیدار», «تماس تلفنی», "signed") starts an event; one whose trigger follows «این» («در این دیدار»)
 * continues the event already reported. The sentences up to the next new event are that event's
 * segment: its topics come from there. Reports of the same event in several sentences merge.
 */
final class Events {
    private final Text t;
    private final String s;
    private final Scan scan;
    private final List<Sentence> sentences;
    private final Persons persons;
    private final Lexicons lx;
    private final Dates dates;
    private final LocalDate published;
    final List<EventDraft> contacts = new ArrayList<>();
    final Map<PersonDraft, EventDraft> statements = new LinkedHashMap<>();
    final Map<String, EventDraft> anonymousStatements = new LinkedHashMap<>();
    final List<Set<String>> sentenceTopics = new ArrayList<>();

    Events(Text t, List<Sentence> sentences, Persons persons, Lexicons lx, Dates dates, LocalDate published) {
        this.t = t;
        this.s = t.norm;
        this.scan = t.scan();
        this.sentences = sentences;
        this.persons = persons;
        this.lx = lx;
        this.dates = dates;
        this.published = published;
        topicsOfSentences();
        EventDraft current = null;
        for (Sentence st : sentences) {
            Set<String> topics = sentenceTopics.get(st.index());
            List<EventDraft> found = contactsIn(st);
            if (found.isEmpty()) accompanying(st);
            if (found.isEmpty() && current != null) attending(st, current);
            for (EventDraft e : found) {
                EventDraft same = mergeInto(contacts, e);
                // the last trigger is the sentence's main verb: what follows is about that event
                if (current == null || e == found.get(found.size() - 1) || found.size() == 1) current = same != null ? same : e;
            }
            if (current != null) current.topics.addAll(topics);
            statementIn(st, topics);
        }
        tripsWithMeetings();
        sessionsByVideo();
        talksByLink();
        signatories();
        for (EventDraft st : statements.values()) placeStatement(st);
    }

    /**
     * The topics each sentence names. A strong word names its topic at once; a topic only weak words name
     * («امنیت», "security") counts where it is named in two sentences or more: a word in passing is no topic.
     */
    private void topicsOfSentences() {
        List<Set<String>> weak = new ArrayList<>();
        java.util.Map<String, Integer> weakSentences = new java.util.HashMap<>();
        Set<String> strong = new LinkedHashSet<>();
        for (Sentence st : sentences) {
            Set<String> topics = new LinkedHashSet<>(), passing = new LinkedHashSet<>();
            for (Gazetteer.Hit<String> h : lx.topics.find(scan, st.start(), st.end())) {
                if (h.value().startsWith(Lexicons.WEAK)) passing.add(h.value().substring(Lexicons.WEAK.length()));
                else topics.add(h.value());
            }
            strong.addAll(topics);
            for (String c : passing) weakSentences.merge(c, 1, Integer::sum);
            sentenceTopics.add(topics);
            weak.add(passing);
        }
        for (int i = 0; i < sentences.size(); i++)
            for (String c : weak.get(i))
                if (strong.contains(c) || weakSentences.get(c) >= 2) sentenceTopics.get(i).add(c);
    }

    /**
     * A trip on which the visitor meets a named person of the other side is reported as that meeting, not
     * as a visit: a visit that names both sides becomes a meeting, and a visit dropped where a meeting of
     * the same status shares its visitor (a trip whose meetings are only planned stays a visit).
     */
    private void tripsWithMeetings() {
        for (EventDraft e : contacts) if (e.type.equals("visit") && bothSidesNamed(e)) e.type = "meeting";
        splitByCounterpart();
        contacts.removeIf(v -> v.type.equals("visit") && contacts.stream().anyMatch(m -> m != v
                && m.type.equals("meeting") && m.status.equals(v.status) && m.sharesParticipants(v) && bothSidesNamed(m)));
        List<EventDraft> merged = new ArrayList<>();
        for (EventDraft e : contacts) mergeInto(merged, e);
        contacts.clear();
        contacts.addAll(merged);
    }

    /**
     * «görüştü», «گفتگو کرد», "held talks" say that two people talked, not how: where the article tells of a
     * phone call or video conference between the same people in the same status, the talks are that call.
     */
    private void talksByLink() {
        contacts.removeIf(m -> {
            if (!m.type.equals("meeting") || m.persons.isEmpty()) return false;
            for (EventDraft c : contacts)
                // told in another sentence (a headline, then the body): in one sentence the two are two events
                if ((c.type.equals("phone-call") || c.type.equals("video-conference")) && c.status.equals(m.status)
                        && c.persons.containsAll(m.persons) && c.evidence.start() != m.evidence.start()) {
                    c.absorb(m);
                    return true;
                }
            return false;
        });
    }

    /**
     * A session of a joint body or a summit held by video link is a video conference: told in one sentence as
     * the session and in another as the video conference («نشست سه کشور ... برگزار خواهد شد» / «به صورت
     * ویدیو کنفرانس»), it is one event, the video conference, with the session's participants.
     */
    private void sessionsByVideo() {
        for (EventDraft v : List.copyOf(contacts)) {
            if (!v.type.equals("video-conference") || !contacts.contains(v)) continue;
            contacts.removeIf(c -> {
                boolean session = c.type.equals("multilateral-meeting") || c.type.equals("joint-commission");
                if (!session || !c.status.equals(v.status)) return false;
                v.persons.addAll(c.persons);
                v.countries.addAll(c.countries);
                if (v.place == null) v.place = c.place;
                if (v.date == null) v.date = c.date;
                return true;
            });
        }
    }

    /**
     * «دیدار وزرای کشور ... / امضای یادداشت تفاهم»: a signing that names only the states, in an article that
     * reports one meeting of named persons of both, was signed at that meeting by those who met. Beside a
     * session of a joint body or a summit, the documents are the states' and keep the states.
     */
    private void signatories() {
        for (EventDraft c : contacts) if (c.type.equals("joint-commission") || c.type.equals("multilateral-meeting")) return;
        List<EventDraft> meetings = new ArrayList<>();
        for (EventDraft m : contacts) if (m.type.equals("meeting") && bothSidesNamed(m)) meetings.add(m);
        for (EventDraft d : contacts) {
            // "Iran, Turkey sign 10 agreements": the text makes the states the signatories
            if (!d.type.equals("agreement") || !d.persons.isEmpty() || statesInClause(d.trigger, d.evidence)) continue;
            List<EventDraft> same = meetings.stream().filter(m -> m.status.equals(d.status)).toList();
            if (same.size() != 1) continue;
            d.persons.addAll(same.get(0).persons);
            d.countries.clear();
            if (d.place == null) d.place = same.get(0).place;
            if (d.date == null) d.date = same.get(0).date;
        }
    }

    /** Whether the clause of a trigger names a state or both («دو کشور»); «/» in a headline and commas bound it. */
    private boolean statesInClause(int trigger, Evidence sentence) {
        int from = trigger, to = trigger;
        while (from > sentence.start() && ",،/:؛".indexOf(s.charAt(from - 1)) < 0) from--;
        while (to < sentence.end() && ",،/:؛.".indexOf(s.charAt(to)) < 0) to++;
        return !lx.countries.find(scan, from, to).isEmpty() || !lx.bothSides.find(scan, from, to).isEmpty();
    }

    /**
     * «X با A و B دیدار کرد»: one visitor received by several officials of the other side in turn is one
     * meeting with each of them.
     */
    private void splitByCounterpart() {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : contacts) {
            if (!e.type.equals("meeting")) {
                out.add(e);
                continue;
            }
            Set<PersonDraft> ir = e.personsOf("IR"), tr = e.personsOf("TR");
            // a longer list is a delegation at one table, not a round of meetings
            Set<PersonDraft> one = ir.size() == 1 && tr.size() > 1 && tr.size() <= 3 ? ir
                    : tr.size() == 1 && ir.size() > 1 && ir.size() <= 3 ? tr : null;
            if (one == null || e.persons.size() != ir.size() + tr.size()) {
                out.add(e);
                continue;
            }
            for (PersonDraft other : (one == ir ? tr : ir)) {
                out.add(e.copyWith(one.iterator().next(), other));
            }
        }
        contacts.clear();
        contacts.addAll(out);
    }

    /** Adds {@code e} to {@code events}, or folds it into the report of the same event there (returned). */
    private static EventDraft mergeInto(List<EventDraft> events, EventDraft e) {
        EventDraft same = null;
        for (EventDraft c : events) if (sameEvent(c, e)) same = c;
        if (same != null) same.absorb(e);
        else events.add(e);
        return same;
    }

    private static boolean bothSidesNamed(EventDraft e) {
        Set<String> sides = new LinkedHashSet<>();
        for (PersonDraft p : e.persons) if (Sides.isSide(p.country())) sides.add(p.country());
        return sides.size() >= 2;
    }

    /**
     * Two reports in one article are one event when type and status agree and the participants overlap;
     * sessions, signings and conferences (rarely more than one of a type in an article) need only a
     * compatible day.
     */
    private static boolean sameEvent(EventDraft c, EventDraft e) {
        if (!c.type.equals(e.type) || !c.status.equals(e.status)) return false;
        if (c.date != null && e.date != null && !c.date.equals(e.date)) return false;
        boolean personal = c.type.equals("meeting") || c.type.equals("phone-call") || c.type.equals("visit");
        if (!personal) return true;
        return (c.sharesParticipants(e) && !differentCounterparts(c, e)) || sidesOnly(c, e) || sidesOnly(e, c);
    }

    /** Zarif meeting Çavuşoğlu, then Zarif meeting Erdoğan: on one side the two reports name different people. */
    private static boolean differentCounterparts(EventDraft c, EventDraft e) {
        for (String side : new String[] {"IR", "TR"}) {
            Set<PersonDraft> x = c.personsOf(side), y = e.personsOf(side);
            if (!x.isEmpty() && !y.isEmpty() && java.util.Collections.disjoint(x, y)) return true;
        }
        return false;
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
            if (!clauseBetween(k, w.start()) && wordsBetween(k, w.start()) <= 2) return true;
        return false;
    }

    /** How many states the sentence names, when Iran and Turkey are among them; else 0. */
    private int statesIn(int a, int b) {
        Set<String> states = new LinkedHashSet<>();
        for (Gazetteer.Hit<String> c : lx.countries.find(scan, a, b)) states.add(c.value());
        return states.contains("IR") && states.contains("TR") ? states.size() : 0;
    }

    private int wordsBetween(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (Letters.isLetter(s.charAt(i)) && (i == from || !Letters.isLetter(s.charAt(i - 1)))) n++;
        return n;
    }

    /** «دو کشور ... دیدار» beside a meeting of named persons of those states: the same meeting told twice. */
    private static boolean sidesOnly(EventDraft sides, EventDraft named) {
        if (!sides.persons.isEmpty() || named.persons.isEmpty() || sides.countries.isEmpty()) return false;
        Set<String> states = new LinkedHashSet<>(named.countries);
        for (PersonDraft p : named.persons) if (p.country() != null) states.add(p.country());
        return states.containsAll(sides.countries);
    }

    private List<EventDraft> contactsIn(Sentence st) {
        int a = st.start(), b = st.end();
        if (!lx.cancelled.find(scan, a, b).isEmpty()) return List.of();
        List<Trigger> types = new ArrayList<>();
        for (Gazetteer.Hit<String> h : lx.triggers.find(scan, a, b))
            if (contacts.isEmpty() || (!anaphoric(h.start(), a) && !caseAnaphoric(h))) addTrigger(types, h.value(), h.start());
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
        if (lx.signing.find(scan, a, b).isEmpty() && lx.declarations.find(scan, a, b).isEmpty()) drop(types, "agreement");
        if (types.isEmpty()) return List.of();

        boolean planned = !lx.planned.find(scan, a, b).isEmpty() || futureVerb(a, b);
        List<Dates.Hit> days = dates.find(scan, a, b, published, planned);
        List<Persons.Ref> refs = persons.refs.get(st.index());
        List<EventDraft> out = new ArrayList<>();
        types.sort(java.util.Comparator.comparingInt(Trigger::at));
        List<Integer> offsets = new ArrayList<>();
        for (Trigger tr : types) offsets.add(tr.at());
        for (int i = 0; i < types.size(); i++) {
            Trigger e = types.get(i);
            EventDraft d = new EventDraft(e.type(), planned ? "planned" : "occurred", e.at(), persons.sentenceEvidence(st.index()));
            int from = participantsFrom(a, e.at());
            Persons.Ref speaker = from > a ? speakerInFirstPerson(refs, a, from, e.at(), b) : null;
            if (speaker != null) d.persons.add(speaker.person());
            // the second of two events of a type begins after the first one's clause
            if (i > 0 && types.get(i - 1).type().equals(e.type())) from = Math.max(from, clauseEnd(types.get(i - 1).at(), e.at()));
            // an event named before the sentence's main verb is a mention inside the sentence: its
            // participants stand before the next trigger, or before the end of a relative clause («X که برای
            // شرکت در نشست اکو آمده بود، با Y دیدار کرد»: Y did not come to the summit)
            int until = b;
            if (i + 1 < types.size()) {
                until = types.get(i + 1).at();
                boolean sameType = types.get(i + 1).type().equals(e.type());
                if (sameType || !lx.relative.find(scan, from, e.at()).isEmpty()) until = clauseEnd(e.at(), until);
            }
            // «X ... با اشاره به گفتگوی تلفنی ...»: X recalls the event and is no participant of it
            Persons.Ref recaller = lx.reference.find(scan, from, e.at()).isEmpty() ? null : first(refs, from);
            Persons.Ref host = e.type().equals("visit") ? namedAfter(lx.invitation, refs, from, until) : null;
            boolean inPerson = e.type().equals("meeting") || e.type().equals("visit");
            Persons.Ref sender = inPerson ? namedAfter(lx.message, refs, from, until) : null;
            int seeingOff = e.type().equals("visit") ? farewellFrom(from, e.at()) : -1;
            for (Persons.Ref r : refs) {
                if (r.start() < from || r.start() >= until || r == recaller || r == host || r == sender) continue;
                if (seeingOff >= 0 && r.start() >= seeingOff && r.start() < e.at()) continue;
                if (r.person() != null && (Sides.isSide(r.person().country()) || r.person().country() == null)) d.persons.add(r.person());
                else if (r.person() == null && r.country() != null) d.countries.add(r.country());
            }
            if (d.type.equals("visit") && d.persons.isEmpty() && d.countries.isEmpty() && lx.delegation.find(scan, a, b).isEmpty()) continue;
            Lexicons.Place place = placeFor(d.type, a, b);
            d.place = place == null ? null : place.name();
            completeSides(d, place, from, b);
            d.date = dateFor(e.at(), offsets, days);
            // whatever the tense, what is dated after the day the article came out has not happened yet
            if (d.date != null && published != null && d.date.isAfter(published)) d.status = "planned";
            out.add(d);
        }
        return out;
    }

    private record Trigger(String type, int at) {}

    /**
     * One event per type in a sentence («دیدار و گفتگو کرد» is one meeting), unless a clause boundary
     * separates two triggers: «X به ایران سفر خواهد کرد، ... Y به ترکیه سفر می کند» are two visits.
     */
    private void addTrigger(List<Trigger> found, String type, int at) {
        for (Trigger t : found) if (t.type().equals(type) && !clauseBetween(Math.min(t.at(), at), Math.max(t.at(), at))) return;
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
    private Persons.Ref speakerInFirstPerson(List<Persons.Ref> refs, int a, int from, int trigger, int b) {
        int until = Math.min(clauseEnd(trigger, b), trigger + 20);
        if (lx.firstPerson.find(scan, from, until).isEmpty()) return null;
        Persons.Ref speaker = first(refs, a);
        return speaker != null && speaker.start() < from && speaker.person() != null ? speaker : null;
    }

    /** The end of the clause that begins at {@code from}: a comma, colon or «سپس», at the latest {@code limit}. */
    private int clauseEnd(int from, int limit) {
        for (Gazetteer.Hit<Boolean> h : lx.sequence.find(scan, from, limit)) limit = Math.min(limit, h.start());
        for (int k = from; k < limit; k++) if (s.charAt(k) == '،' || s.charAt(k) == ',' || s.charAt(k) == ';' || s.charAt(k) == ':') return k;
        return limit;
    }

    /**
     * The person named right after a cue: «X به دعوت Y به آنکارا سفر میکند» (Y invited the trip), «X با ابلاغ
     * سلام Y به Z» (Y sent greetings). Either is no participant.
     */
    private Persons.Ref namedAfter(Gazetteer<Boolean> cue, List<Persons.Ref> refs, int from, int until) {
        for (Gazetteer.Hit<Boolean> h : cue.find(scan, from, until)) {
            Persons.Ref r = first(refs, h.end());
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

    private boolean clauseBetween(int x, int y) {
        return clauseEnd(x, y) < y;
    }

    private static Persons.Ref first(List<Persons.Ref> refs, int from) {
        for (Persons.Ref r : refs) if (r.start() >= from) return r;
        return null;
    }

    /**
     * «X، Y و Z ... رئیس جمهور را همراهی میکنند»: the named members of a delegation take part in the visit
     * reported last.
     */
    private void accompanying(Sentence st) {
        if (lx.accompany.find(scan, st.start(), st.end()).isEmpty()) return;
        EventDraft visit = null;
        for (EventDraft c : contacts) if (c.type.equals("visit")) visit = c;
        if (visit == null) return;
        for (Persons.Ref r : persons.refs.get(st.index()))
            if (r.person() != null && (r.person().country() == null || Sides.isSide(r.person().country()))) visit.persons.add(r.person());
    }

    /**
     * «X نیز در این نشست حضور داشت»: those named in a sentence that places them at the event just reported
     * («این نشست») take part in it.
     */
    private void attending(Sentence st, EventDraft current) {
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
        for (Persons.Ref r : persons.refs.get(st.index()))
            if (r.start() < at.get(0).start() && r.person() != null && (r.person().country() == null || Sides.isSide(r.person().country())))
                current.persons.add(r.person());
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
            if (!clauseBetween(body.end(), h.start())) return h.start();
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

    /**
     * A verb in the future tense of a language that marks it by an ending (Turkish «görüşecek»,
     * «imzalayacaklar», «düzenlenecektir»): the word carries a future ending after a stem of three
     * letters or more.
     */
    private boolean futureVerb(int a, int b) {
        if (lx.futureEndings.isEmpty()) return false;
        int p = a;
        while (p < b) {
            while (p < b && !Letters.isLetter(s.charAt(p))) p++;
            int start = p;
            while (p < b && Letters.isLetter(s.charAt(p))) p++;
            if (p - start < 6 || s.charAt(start) >= '\u0250') continue; // Latin words of a stem and an ending
            String w = s.substring(start, p).toLowerCase(java.util.Locale.ROOT);
            for (String e : lx.futureEndings) if (w.indexOf(e, 3) >= 0) return true;
        }
        return false;
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
        if (lx.caseAnaphora.isEmpty() || s.charAt(h.start()) >= '\u0250') return false; // endings of Latin-script languages
        int e = h.start();
        while (e < s.length() && Letters.isLetter(s.charAt(e))) e++;
        if (h.end() > e) return false; // a phrase («ziyarette bulundu») is a verb, not a noun
        String w = s.substring(h.start(), e).toLowerCase(java.util.Locale.ROOT);
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
        for (String side : new String[] {"IR", "TR"}) {
            if (have.contains(side)) continue;
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
    private static LocalDate dateFor(int trigger, java.util.Collection<Integer> triggers, List<Dates.Hit> days) {
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

    private Lexicons.Place placeFor(String type, int a, int b) {
        if (type.equals("phone-call") || type.equals("video-conference")) return null;
        Lexicons.Place country = null;
        for (Gazetteer.Hit<Lexicons.Place> p : lx.places.find(scan, a, b)) {
            if (!p.value().isCountry()) return p.value();
            if (country == null && type.equals("visit")) country = p.value();
        }
        return country;
    }

    // ---- statements

    private void statementIn(Sentence st, Set<String> topics) {
        int a = st.start(), b = st.end();
        List<Gazetteer.Hit<Boolean>> verbs = lx.speechVerbs.find(scan, a, b);
        int colon = s.indexOf(':', a);
        boolean headlineQuote = colon > a && colon < b && colon - a < 60;
        // a quotation with no verb of saying in its sentence («X، «...»») is said by the one named before it
        Persons.Ref quoting = verbs.isEmpty() && !headlineQuote ? quotedBy(st) : null;
        if (verbs.isEmpty() && !headlineQuote && quoting == null) quoting = attributedTo(st);
        if (verbs.isEmpty() && !headlineQuote && quoting == null) return;
        // the subject of the first verb of saying that has one: «رویترز نوشت، X وزیر کشور ترکیه اعلام کرد»
        Persons.Ref speaker = null;
        int from = a;
        List<Integer> limits = new ArrayList<>();
        for (Gazetteer.Hit<Boolean> v : verbs) limits.add(v.start());
        if (limits.isEmpty()) limits.add(colon);
        for (int limit : limits) {
            for (Persons.Ref r : persons.refs.get(st.index())) {
                if (r.start() >= from && r.start() < limit) {
                    speaker = r;
                    break;
                }
            }
            if (speaker != null) break;
            from = limit;
        }
        if (quoting != null && (speaker == null || quoting.start() < speaker.start())) speaker = quoting;
        if (speaker == null) return;
        String country = speaker.person() != null ? speaker.person().country() : speaker.country();
        if (speaker.person() == null && !speaker.viaTitle()) return;
        if (country != null && !Sides.isSide(country)) return;
        // a named speaker of no stated state or office counts when the words are about the relations:
        // the sentence names a state and a topic
        if (speaker.person() != null && country == null && speaker.person().roles.isEmpty()
                && (topics.isEmpty() || lx.countries.find(scan, a, b).isEmpty())) return;
        EventDraft d = speaker.person() != null ? statements.get(speaker.person()) : anonymousStatements.get(country);
        if (d == null) {
            d = new EventDraft("statement", "occurred", speaker.start(), persons.sentenceEvidence(st.index()));
            if (speaker.person() != null) {
                d.persons.add(speaker.person());
                statements.put(speaker.person(), d);
            } else {
                d.countries.add(country);
                anonymousStatements.put(country, d);
            }
            List<Dates.Hit> days = dates.find(scan, a, b, published, false);
            if (!days.isEmpty()) d.date = days.get(0).date();
        }
        d.quotes.add(persons.sentenceEvidence(st.index()));
        d.topics.addAll(topics);
    }

    /**
     * «X، «...»», 'X, "..."', 'X: "...': a person named right before an opening quote mark says what follows,
     * whatever language and whether the verb comes after the quotation, sentences later, or never.
     */
    private Persons.Ref quotedBy(Sentence st) {
        int a = st.start(), b = st.end();
        for (int q = a + 1; q < b; q++) {
            if ("«\"“".indexOf(s.charAt(q)) < 0) continue;
            int k = q - 1;
            while (k > a && s.charAt(k) == ' ') k--;
            if (",،:".indexOf(s.charAt(k)) < 0) return null; // the first quote of the sentence decides
            // the speaker ends within a few words of the punctuation: a title may stand between («X وزیر خارجه، «...»»)
            Persons.Ref speaker = null;
            for (Persons.Ref r : persons.refs.get(st.index()))
                if (r.person() != null && r.end() <= k && k - r.end() <= 40) speaker = r;
            return speaker;
        }
        return null;
    }

    /** «به گفته X»، "according to X", «X'e göre»: the person a sentence's words are attributed to, or null. */
    private Persons.Ref attributedTo(Sentence st) {
        for (Gazetteer.Hit<Boolean> h : lx.accordingToAfter.find(scan, st.start(), st.end()))
            for (Persons.Ref r : persons.refs.get(st.index()))
                // a title may stand between: "according to Turkish Foreign Minister Hakan Fidan"
                if (r.person() != null && r.start() >= h.end() && r.start() - h.end() <= 40
                        && s.substring(h.end(), r.start()).chars().noneMatch(c -> ",،.:".indexOf(c) >= 0)) return r;
        for (Gazetteer.Hit<Boolean> h : lx.accordingToBefore.find(scan, st.start(), st.end()))
            for (Persons.Ref r : persons.refs.get(st.index()))
                if (r.person() != null && r.end() <= h.start() && h.start() - r.end() <= 5) return r; // «Fidan'a göre»
        return null;
    }

    /** Words said in a meeting or call take that event's day and place. */
    private void placeStatement(EventDraft st) {
        List<EventDraft> bilateralFirst = new ArrayList<>(contacts);
        bilateralFirst.sort(java.util.Comparator.comparing(c -> c.type.equals("multilateral-meeting")));
        for (EventDraft c : bilateralFirst) {
            if (!c.status.equals("occurred")) continue;
            boolean speakerTookPart = false;
            for (PersonDraft p : st.persons) speakerTookPart |= c.persons.contains(p);
            if (speakerTookPart) {
                if (st.date == null) st.date = c.date;
                if (st.place == null) st.place = c.place;
                return;
            }
        }
    }

    List<EventDraft> all() {
        List<EventDraft> out = new ArrayList<>(contacts);
        out.addAll(statements.values());
        out.addAll(anonymousStatements.values());
        return out;
    }
}
