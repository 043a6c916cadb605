package org.itkg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Event coreference within an article: reports of one event in several sentences (a headline, the lead,
 * «در این نشست») merge without losing the event's day or place; a trip whose meetings are reported is
 * those meetings; talks told elsewhere as a phone call are that call; a session held by video link is the
 * video conference; a signing reported beside the one meeting of both sides was signed there.
 */
final class EventCoreference extends Stage {
    EventCoreference(Doc doc) {
        super(doc);
    }

    @Override
    void annotate() {
        tripsWithMeetings();
        sessionsByVideo();
        talksByLink();
        signatories();
        sessionsOfThoseWhoMet();
    }

    /**
     * "the High-Level Cooperation Council ... met", «نشست شورای عالی همکاری»: a session of a joint body that
     * names only the states, in an article that reports one meeting of named persons of both sides in the
     * same status, was held by those who met: the leaders chair their states' joint body.
     */
    private void sessionsOfThoseWhoMet() {
        for (EventDraft j : doc.contacts)
            if (j.type.equals("joint-commission") && j.persons.isEmpty()) heldAtTheMeeting(j);
    }

    /** Adds {@code e} to {@code events}, or folds it into the report of the same event there (returned). */
    static EventDraft mergeInto(List<EventDraft> events, EventDraft e) {
        EventDraft same = null;
        for (EventDraft c : events) if (sameEvent(c, e)) same = c;
        if (same != null) same.absorb(e);
        else events.add(e);
        return same;
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
            if (!x.isEmpty() && !y.isEmpty() && Collections.disjoint(x, y)) return true;
        }
        return false;
    }

    /** «دو کشور ... دیدار» beside a meeting of named persons of those states: the same meeting told twice. */
    private static boolean sidesOnly(EventDraft sides, EventDraft named) {
        if (!sides.persons.isEmpty() || named.persons.isEmpty() || sides.countries.isEmpty()) return false;
        Set<String> states = new LinkedHashSet<>(named.countries);
        for (PersonDraft p : named.persons) if (p.country() != null) states.add(p.country());
        return states.containsAll(sides.countries);
    }

    private static boolean bothSidesNamed(EventDraft e) {
        Set<String> sides = new LinkedHashSet<>();
        for (PersonDraft p : e.persons) if (Sides.isSide(p.country())) sides.add(p.country());
        return sides.size() >= 2;
    }

    /**
     * A trip on which the visitor meets a named person of the other side is reported as that meeting, not
     * as a visit: a visit that names both sides becomes a meeting, and a visit dropped where a meeting of
     * the same status shares its visitor (a trip whose meetings are only planned stays a visit).
     */
    private void tripsWithMeetings() {
        for (EventDraft e : doc.contacts) if (e.type.equals("visit") && e.withTalks && bothSidesNamed(e)) e.type = "meeting";
        splitByCounterpart();
        doc.contacts.removeIf(v -> v.type.equals("visit") && doc.contacts.stream().anyMatch(m -> m != v
                && m.type.equals("meeting") && m.status.equals(v.status) && m.sharesParticipants(v) && bothSidesNamed(m)));
        List<EventDraft> merged = new ArrayList<>();
        for (EventDraft e : doc.contacts) mergeInto(merged, e);
        doc.contacts.clear();
        doc.contacts.addAll(merged);
    }

    /**
     * «X با A و B دیدار کرد»: one visitor received by several officials of the other side in turn is one
     * meeting with each of them.
     */
    private void splitByCounterpart() {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : doc.contacts) {
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
        doc.contacts.clear();
        doc.contacts.addAll(out);
    }

    /**
     * A session of a joint body or a summit held by video link is a video conference: told in one sentence as
     * the session and in another as the video conference («نشست سه کشور ... برگزار خواهد شد» / «به صورت
     * ویدیو کنفرانس»), it is one event, the video conference, with the session's participants.
     */
    private void sessionsByVideo() {
        for (EventDraft v : List.copyOf(doc.contacts)) {
            if (!v.type.equals("video-conference") || !doc.contacts.contains(v)) continue;
            doc.contacts.removeIf(c -> {
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
     * «görüştü», «گفتگو کرد», "held talks" say that two people talked, not how: where the article tells of a
     * phone call or video conference between the same people in the same status, the talks are that call.
     */
    private void talksByLink() {
        doc.contacts.removeIf(m -> {
            if (!m.type.equals("meeting") || m.persons.isEmpty()) return false;
            for (EventDraft c : doc.contacts)
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
     * «دیدار وزرای کشور ... / امضای یادداشت تفاهم»: a signing that names only the states, in an article that
     * reports one meeting of named persons of both, was signed at that meeting by those who met. Beside a
     * session of a joint body or a summit, the documents are the states' and keep the states.
     */
    private void signatories() {
        for (EventDraft c : doc.contacts) if (c.type.equals("joint-commission") || c.type.equals("multilateral-meeting")) return;
        for (EventDraft d : doc.contacts)
            // "Iran, Turkey sign 10 agreements": the text makes the states the signatories
            if (d.type.equals("agreement") && d.persons.isEmpty() && !statesInClause(d.trigger, d.evidence)) heldAtTheMeeting(d);
    }

    /**
     * An event naming only the states, where the article reports one meeting of named persons of both
     * sides in the same status, was held there: it takes that meeting's persons, and its place and day
     * where it has none.
     */
    private void heldAtTheMeeting(EventDraft d) {
        EventDraft meeting = null;
        for (EventDraft m : doc.contacts) {
            if (!m.type.equals("meeting") || !m.status.equals(d.status) || !bothSidesNamed(m)) continue;
            if (meeting != null) return;
            meeting = m;
        }
        if (meeting == null) return;
        d.persons.addAll(meeting.persons);
        d.countries.clear();
        if (d.place == null) d.place = meeting.place;
        if (d.date == null) d.date = meeting.date;
    }

    /** Whether the clause of a trigger names a state or both («دو کشور»); «/» in a headline and commas bound it. */
    private boolean statesInClause(int trigger, Evidence sentence) {
        int from = trigger, to = trigger;
        while (from > sentence.start() && ",،/:؛".indexOf(s.charAt(from - 1)) < 0) from--;
        while (to < sentence.end() && ",،/:؛.".indexOf(s.charAt(to)) < 0) to++;
        return !lx.countries.find(scan, from, to).isEmpty() || !lx.bothSides.find(scan, from, to).isEmpty();
    }
}
