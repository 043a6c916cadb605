package org.itkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An event being assembled from the sentences that report it. */
final class EventDraft {
    String type;
    String status;
    LocalDate date;
    String place;
    final Set<PersonDraft> persons = new LinkedHashSet<>();
    final Set<String> countries = new LinkedHashSet<>();
    final Set<String> topics = new LinkedHashSet<>();
    final Evidence evidence;
    final List<Evidence> quotes = new ArrayList<>();
    final int trigger;
    /** Its sentence also tells of talks: a visit there that names both sides is a meeting. */
    boolean withTalks;

    EventDraft(String type, String status, int trigger, Evidence evidence) {
        this.type = type;
        this.status = status;
        this.trigger = trigger;
        this.evidence = evidence;
    }

    boolean sharesParticipants(EventDraft o) {
        for (PersonDraft p : persons) if (o.persons.contains(p)) return true;
        return persons.isEmpty() && o.persons.isEmpty();
    }

    Set<PersonDraft> personsOf(String side) {
        Set<PersonDraft> out = new LinkedHashSet<>();
        for (PersonDraft p : persons) if (side.equals(p.country())) out.add(p);
        return out;
    }

    EventDraft copyWith(PersonDraft a, PersonDraft b) {
        EventDraft d = new EventDraft(type, status, trigger, evidence);
        d.persons.add(a);
        d.persons.add(b);
        d.topics.addAll(topics);
        d.quotes.addAll(quotes);
        d.date = date;
        d.place = place;
        return d;
    }

    void absorb(EventDraft o) {
        withTalks |= o.withTalks;
        persons.addAll(o.persons);
        countries.addAll(o.countries);
        topics.addAll(o.topics);
        if (date == null) date = o.date;
        if (place == null) place = o.place;
    }

    Event freeze(Map<PersonDraft, Person> frozen) {
        List<Participant> ps = new ArrayList<>();
        Set<String> sides = new LinkedHashSet<>();
        for (PersonDraft p : persons) {
            ps.add(Participant.of(frozen.get(p)));
            if (p.country() != null) sides.add(p.country());
        }
        for (String c : countries) if (!sides.contains(c)) ps.add(Participant.of(c));
        return new Event(type, status, date, place, List.copyOf(ps), List.copyOf(topics), evidence, List.copyOf(quotes));
    }
}
