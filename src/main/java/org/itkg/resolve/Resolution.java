package org.itkg.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itkg.extract.Event;
import org.itkg.extract.Extraction;
import org.itkg.extract.Participant;
import org.itkg.extract.Person;
import org.itkg.extract.Role;
import org.itkg.graph.Iris;

/** Persons and events resolved across articles, together: events are compared by their resolved persons. */
public record Resolution(Entities.Result persons, Stories.Result events) {
    public static Resolution of(Collection<PersonMention> mentions, Collection<Report> reports, Decisions decisions) {
        Entities.Result persons = Entities.resolve(mentions, decisions);
        return new Resolution(persons, Stories.resolve(reports, persons));
    }

    /** Resolves extractions in memory (as {@code evaluate} does), with the keys their graphs would carry. */
    public static Resolution of(Collection<Extraction> extractions) {
        List<PersonMention> mentions = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        for (Extraction x : extractions) {
            String id = x.article().id();
            for (Person p : x.persons()) {
                List<String> names = new ArrayList<>(p.aliases());
                names.add(0, p.name());
                Set<String> offices = new HashSet<>();
                for (Role r : p.roles()) offices.add(Iris.postKey(r.country(), r.position(), r.portfolio()));
                mentions.add(new PersonMention(id, Iris.personKey(p.knownId(), p.name()), p.knownId() != null, names,
                        p.country(), offices, x.article().date()));
            }
            int n = 0;
            for (Event e : x.events()) {
                Map<String, String> persons = new HashMap<>();
                Set<String> countries = new HashSet<>();
                for (Participant pa : e.participants()) {
                    if (pa.person() != null) persons.put(Iris.personKey(pa.person().knownId(), pa.person().name()), pa.person().country());
                    else countries.add(pa.country());
                }
                reports.add(new Report(id, Iris.reportKey(id, n++), e.type(), e.status(), e.date(), x.article().date(),
                        persons, countries, e.place()));
            }
        }
        return of(mentions, reports, Decisions.NONE);
    }
}
