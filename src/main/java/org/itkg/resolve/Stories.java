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

    /** Where a report with no day at all is kept among the days of a block: it can only be one event with another such. */
    private static final LocalDate NO_DAY = LocalDate.MAX;

    /**
     * The reports as they came (persons by the keys their articles gave) and with persons at their
     * canonical keys, by key; the report keys naming each person key; and the blocks of reports that may
     * be one event (a type, status and participant, or with no person a day), each by day.
     */
    private final Map<String, Report> raw = new HashMap<>(), reports = new HashMap<>();
    private final Map<String, Set<String>> naming = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, Set<String>>> blocks = new HashMap<>();
    /** The outcome, kept from one change to the next: each report key's event, and each event's reports. */
    private final Map<String, String> canonical = new TreeMap<>();
    private final Map<String, List<String>> events = new TreeMap<>();

    Stories() {}

    public static Result resolve(Collection<Report> reports, Entities.Result persons) {
        Stories s = new Stories();
        s.load(reports, persons);
        return s.result();
    }

    /**
     * Puts in the reports of a whole store at once: each block is read once in day order, each report
     * compared with those after it up to {@link #DAYS} days later, which finds the same pairs as
     * {@link #change} finds for a few reports, in half the comparisons and without collecting neighbours.
     */
    void load(Collection<Report> all, Entities.Result persons) {
        for (Report r : all) put(r, persons);
        Partition classes = new Partition();
        for (String k : reports.keySet()) classes.add(k);
        for (TreeMap<LocalDate, Set<String>> days : blocks.values()) {
            List<Report> block = new ArrayList<>();
            days.values().forEach(keys -> keys.forEach(k -> block.add(reports.get(k))));
            for (int i = 0; i < block.size(); i++) {
                Report a = block.get(i);
                LocalDate da = day(a);
                for (int j = i + 1; j < block.size(); j++) {
                    Report b = block.get(j);
                    LocalDate db = day(b);
                    if (da != null && (db == null || ChronoUnit.DAYS.between(da, db) > DAYS)) break;
                    if (sameEvent(a, b)) classes.join(a.key(), b.key());
                }
            }
        }
        canonical.putAll(classes.roots());
        canonical.forEach((k, root) -> events.computeIfAbsent(root, x -> new ArrayList<>()).add(k));
    }

    /** The outcome as it now stands; it follows later changes. */
    Result result() {
        return new Result(canonical, events);
    }

    /**
     * Takes out the reports of keys {@code gone}, puts in {@code added}, and resolves again only the events
     * that they, and the reports naming a person key whose canonical key moved ({@code moved}), belong to or
     * may join: an event is a class of reports joined pairwise, so classes no changed report is in stay as
     * they are, save that a changed report may join them. Returns each report key whose event changed, with
     * the event's key before (null for a new report).
     */
    Map<String, String> change(Collection<String> gone, Collection<Report> added, Entities.Result persons, Set<String> moved) {
        Map<String, String> previous = new HashMap<>();
        Set<String> pool = new HashSet<>();
        Set<String> out = new HashSet<>(gone);
        Map<String, Report> in = new java.util.LinkedHashMap<>();
        for (Report r : added) {
            out.add(r.key());
            in.put(r.key(), r);
        }
        for (String p : moved)
            for (String k : naming.getOrDefault(p, Set.of()))
                if (!gone.contains(k)) {
                    out.add(k);
                    in.putIfAbsent(k, raw.get(k));
                }
        for (String k : out) {
            Report r = reports.remove(k);
            if (r == null) continue;
            unblock(r);
            Report was = raw.remove(k);
            for (String p : was.persons().keySet()) {
                Set<String> ks = naming.get(p);
                if (ks != null && ks.remove(k) && ks.isEmpty()) naming.remove(p);
            }
            // null: its event went with an earlier report of this change
            String root = canonical.get(k);
            List<String> members = root == null ? null : events.remove(root);
            if (members != null)
                for (String m : members) {
                    previous.putIfAbsent(m, root);
                    canonical.remove(m);
                    pool.add(m);
                }
        }
        pool.removeAll(out);
        for (Report r : in.values()) {
            if (!put(r, persons)) continue;
            pool.add(r.key());
            if (!previous.containsKey(r.key())) previous.put(r.key(), null);
        }
        // statements stay per article and are no event of this outcome, but one that went has changed
        for (String k : out) if (!reports.containsKey(k)) previous.putIfAbsent(k, null);
        // the smallest key is the root: the event's IRI is that of its first report in key order
        Partition classes = new Partition();
        for (String k : pool) classes.add(k);
        Map<String, List<String>> joined = new HashMap<>();
        Map<String, String> joinedRoot = new HashMap<>();
        for (String k : pool) {
            Report a = reports.get(k);
            for (String b : neighbours(a)) {
                if (b.equals(k) || !sameEvent(a, reports.get(b))) continue;
                if (pool.contains(b)) {
                    classes.join(k, b);
                } else {
                    // an event no change was in: it joins whole, under its root
                    String root = canonical.containsKey(b) ? canonical.get(b) : joinedRoot.get(b);
                    List<String> members = events.remove(root);
                    if (members != null) {
                        joined.put(root, members);
                        for (String m : members) {
                            previous.putIfAbsent(m, root);
                            canonical.remove(m);
                            joinedRoot.put(m, root);
                        }
                    }
                    classes.add(root);
                    classes.join(k, root);
                }
            }
        }
        Map<String, List<String>> grouped = new TreeMap<>();
        classes.roots().forEach((k, root) -> {
            List<String> members = grouped.computeIfAbsent(root, x -> new ArrayList<>());
            members.addAll(joined.getOrDefault(k, List.of(k)));
        });
        for (List<String> members : grouped.values()) {
            java.util.Collections.sort(members);
            String root = members.get(0);
            for (String m : members) canonical.put(m, root);
            events.put(root, members);
        }
        previous.entrySet().removeIf(e -> {
            String now = canonical.get(e.getKey());
            return now != null && now.equals(e.getValue());
        });
        return previous;
    }

    /** Keeps a report, its persons at their canonical keys, in its blocks; false for a statement, which is no event of this outcome. */
    private boolean put(Report r, Entities.Result persons) {
        if (r.type().equals("statement")) return false;
        raw.put(r.key(), r);
        for (String p : r.persons().keySet()) naming.computeIfAbsent(p, x -> new HashSet<>()).add(r.key());
        Report c = canonicalPersons(r, persons);
        reports.put(c.key(), c);
        block(c);
        return true;
    }

    /** The blocks a report is in: only reports of one block can be one event. */
    private static List<String> blocksOf(Report r) {
        List<String> out = new ArrayList<>();
        if (r.persons().isEmpty()) out.add(r.type() + "|" + r.status() + "|" + r.date());
        for (String p : r.persons().keySet()) out.add(r.type() + "|" + r.status() + "|" + p);
        return out;
    }

    private void block(Report r) {
        LocalDate d = day(r) == null ? NO_DAY : day(r);
        for (String b : blocksOf(r)) blocks.computeIfAbsent(b, x -> new TreeMap<>()).computeIfAbsent(d, x -> new HashSet<>()).add(r.key());
    }

    private void unblock(Report r) {
        LocalDate d = day(r) == null ? NO_DAY : day(r);
        for (String b : blocksOf(r)) {
            TreeMap<LocalDate, Set<String>> days = blocks.get(b);
            Set<String> keys = days.get(d);
            keys.remove(r.key());
            if (keys.isEmpty()) days.remove(d);
            if (days.isEmpty()) blocks.remove(b);
        }
    }

    /**
     * The reports that share a block with {@code r} and lie within {@link #DAYS} days of it (those with no
     * day at all, for one with none): a block of a minister holds thousands of reports, but only those a
     * few days apart can be one event.
     */
    private Set<String> neighbours(Report r) {
        Set<String> out = new HashSet<>();
        LocalDate d = day(r);
        for (String b : blocksOf(r)) {
            TreeMap<LocalDate, Set<String>> days = blocks.get(b);
            if (d == null) out.addAll(days.getOrDefault(NO_DAY, Set.of()));
            else for (Set<String> keys : days.subMap(d.minusDays(DAYS), true, d.plusDays(DAYS), true).values()) out.addAll(keys);
        }
        return out;
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
