package org.itkg.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides which reports of different articles tell of one event: the same type and status, a shared
 * participant and no different counterpart on one side, and the same day (or, where a report gives no
 * day, articles published within a few days of it; where neither report nor article gives any day, the same
 * persons on both sides). Statements stay per article. Like {@link Entities},
 * the outcome depends only on the set of reports.
 */
public final class Stories {
    /** How far apart, in days, two reports may place one event when at least one of them gives no day. */
    static final int DAYS = 3;

    /** Each report key's canonical key (the smallest key of its event), and the keys of each event. */
    public record Result(Map<String, String> canonical, Map<String, List<String>> reports) {
        public String of(String key) {
            return canonical.getOrDefault(key, key);
        }

        /** Reports that joined another report's event. */
        public int merges() {
            return Partition.merges(canonical);
        }
    }

    /** Reports by day, those with no day at all last (they can only be one event with each other). */
    private static final Comparator<Report> BY_DAY = Comparator.comparing(Stories::day, Comparator.nullsLast(Comparator.naturalOrder()));

    private Stories() {}

    public static Result resolve(Collection<Report> reports, Entities.Result persons) {
        List<Report> rs = new ArrayList<>();
        for (Report r : reports) if (!r.type().equals("statement")) rs.add(canonicalPersons(r, persons));
        // the smallest key is the root: the event's IRI is that of its first report in key order
        Partition events = new Partition();
        for (Report r : rs) events.add(r.key());
        // only reports that share a type, status and participant (or, with no person, a day) can be one event
        Map<String, List<Report>> blocks = new HashMap<>();
        for (Report r : rs) {
            if (r.persons().isEmpty()) blocks.computeIfAbsent(r.type() + "|" + r.status() + "|" + r.date(), k -> new ArrayList<>()).add(r);
            for (String p : r.persons().keySet()) blocks.computeIfAbsent(r.type() + "|" + r.status() + "|" + p, k -> new ArrayList<>()).add(r);
        }
        // a block of a minister holds thousands of reports, but only those a few days apart can be one
        // event: each report is compared with those after it, in day order, up to DAYS days later
        for (List<Report> block : blocks.values()) {
            block.sort(BY_DAY);
            for (int i = 0; i < block.size(); i++) {
                Report a = block.get(i);
                LocalDate da = day(a);
                for (int j = i + 1; j < block.size(); j++) {
                    Report b = block.get(j);
                    LocalDate db = day(b);
                    if (da != null && (db == null || ChronoUnit.DAYS.between(da, db) > DAYS)) break;
                    if (sameEvent(a, b)) events.join(a.key(), b.key());
                }
            }
        }
        Map<String, String> canonical = events.roots();
        Map<String, List<String>> reportsOf = new TreeMap<>();
        canonical.forEach((k, root) -> reportsOf.computeIfAbsent(root, x -> new ArrayList<>()).add(k));
        return new Result(canonical, reportsOf);
    }

    static boolean sameEvent(Report a, Report b) {
        if (a.article().equals(b.article()) || !a.type().equals(b.type()) || !a.status().equals(b.status())) return false;
        boolean undated = day(a) == null && day(b) == null;
        if (!undated && !sameDay(a, b)) return false;
        if (a.persons().isEmpty() || b.persons().isEmpty())
            return a.persons().isEmpty() && b.persons().isEmpty() && a.date() != null && a.countries().equals(b.countries())
                    && a.place() != null && a.place().equals(b.place());
        Set<String> sharedSides = new HashSet<>();
        boolean shared = false;
        for (Map.Entry<String, String> p : a.persons().entrySet())
            if (b.persons().containsKey(p.getKey())) {
                shared = true;
                if (p.getValue() != null) sharedSides.add(p.getValue());
            }
        if (!shared) return false;
        // with no day on either side, only the same people on both sides tell that it is one event
        if (undated && sharedSides.size() < 2) return false;
        // A met B, and A met C of B's state: two meetings, not one
        for (Map.Entry<String, String> p : a.persons().entrySet()) {
            if (b.persons().containsKey(p.getKey()) || p.getValue() == null) continue;
            for (Map.Entry<String, String> q : b.persons().entrySet())
                if (!a.persons().containsKey(q.getKey()) && p.getValue().equals(q.getValue())) return false;
        }
        return true;
    }

    private static boolean sameDay(Report a, Report b) {
        if (a.date() != null && b.date() != null) return a.date().equals(b.date());
        LocalDate x = day(a), y = day(b);
        return x != null && y != null && Math.abs(ChronoUnit.DAYS.between(x, y)) <= DAYS;
    }

    /** The event's day, else its article's: the nearest day a report can be placed on. */
    private static LocalDate day(Report r) {
        return r.date() != null ? r.date() : r.published();
    }

    private static Report canonicalPersons(Report r, Entities.Result persons) {
        Map<String, String> ps = new TreeMap<>();
        for (Map.Entry<String, String> p : r.persons().entrySet()) {
            String k = persons.of(p.getKey());
            if (p.getValue() != null || !ps.containsKey(k)) ps.put(k, p.getValue());
        }
        return new Report(r.article(), r.key(), r.type(), r.status(), r.date(), r.published(), ps, r.countries(), r.place());
    }
}
