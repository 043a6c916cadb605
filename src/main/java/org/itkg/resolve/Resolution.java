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
            mentions.addAll(mentions(x));
            reports.addAll(reports(x));
        }
        return of(mentions, reports, Decisions.NONE);
    }

    /**
     * The persons of an extraction as the store's resolution reads them from the article's graph: every name
     * the graph labels them with, and the offices of a known state. A load resolves from these before it
     * writes anything, so they must say exactly what the graph says.
     */
    public static List<PersonMention> mentions(Extraction x) {
        List<PersonMention> out = new ArrayList<>();
        String id = x.article().id();
        for (Person p : x.persons()) {
            List<String> names = new ArrayList<>();
            names.add(p.name());
            if (p.english() != null && !x.article().lang().equals("en")) names.add(p.english());
            names.addAll(p.aliases());
            Set<String> offices = new HashSet<>();
            for (Role r : p.roles()) if (r.country() != null) offices.add(Iris.postKey(r.country(), r.position(), r.portfolio()));
            String key = Iris.personKey(p.knownId(), p.name());
            out.add(new PersonMention(id, key, Person.isKnownId(key), names, p.country(), offices, x.article().date()));
        }
        return out;
    }

    /** The events of an extraction as the store's resolution reads them from the article's graph. */
    public static List<Report> reports(Extraction x) {
        List<Report> out = new ArrayList<>();
        String id = x.article().id();
        int n = 0;
        for (Event e : x.events()) {
            Map<String, String> persons = new HashMap<>();
            Set<String> countries = new HashSet<>();
            for (Participant pa : e.participants()) {
                if (pa.person() != null) persons.put(Iris.personKey(pa.person().knownId(), pa.person().name()), pa.person().country());
                else countries.add(pa.country());
            }
            String status = e.status().equals("planned") ? "planned" : "occurred";
            out.add(new Report(id, Iris.reportKey(id, n++), e.type(), status, e.date(), x.article().date(), persons, countries,
                    e.place() == null ? null : Iris.place(e.place()).getURI()));
        }
        return out;
    }
}
