package org.itkg.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.itkg.graph.Iris;

/**
 * Decides which person keys of different articles name one person. Conservative: a merge needs a name
 * that fits, no conflicting state, and for a surname alone exactly one fitting person; what the evidence
 * leaves open is kept apart and reported as a {@link Candidate}. The result depends only on the set of
 * mentions and the decisions, never on the order articles arrived in.
 */
public final class Entities {
    /** How far (in years) a surname's articles may lie from the full name's before it is only a candidate. */
    private static final int YEARS = 4;

    /**
     * One person key across all its articles: what its mentions say, each with how many say it, so that a
     * mention can be taken out again.
     */
    private static final class Key {
        final String key;
        int known, mentions;
        final Bag<String> nameBag = new Bag<>(), countryBag = new Bag<>(), officeBag = new Bag<>(), articleBag = new Bag<>();
        final Bag<LocalDate> days = new Bag<>();
        final Set<String> names = nameBag.keySet(), countries = countryBag.keySet(), offices = officeBag.keySet(), articles = articleBag.keySet();

        Key(String key) {
            this.key = key;
        }

        boolean known() {
            return known > 0;
        }

        LocalDate first() {
            return days.isEmpty() ? null : days.firstKey();
        }

        LocalDate last() {
            return days.isEmpty() ? null : days.lastKey();
        }

        void count(PersonMention m, int sign) {
            mentions += sign;
            if (m.known()) known += sign;
            for (String n : m.names()) nameBag.count(n, sign);
            if (m.country() != null) countryBag.count(m.country(), sign);
            for (String o : m.offices()) officeBag.count(o, sign);
            articleBag.count(m.article(), sign);
            if (m.published() != null) days.count(m.published(), sign);
        }

        boolean fullName() {
            for (String n : names) if (tokens(n).size() > 1) return true;
            return false;
        }
    }

    /** Values counted by how many times each was added; a value goes when its count falls to 0. */
    private static final class Bag<T> extends TreeMap<T, Integer> {
        void count(T value, int sign) {
            merge(value, sign, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    /**
     * The outcome: each key's canonical key, the variants of each canonical key, each canonical key's
     * articles (worked out when asked, from the mentions as they then stand), and the open pairs.
     */
    public record Result(Map<String, String> canonical, Map<String, Set<String>> variants,
                         java.util.function.Function<String, Set<String>> articles, List<Candidate> candidates) {
        /** The canonical key of {@code key} (itself when no merge touched it). */
        public String of(String key) {
            return canonical.getOrDefault(key, key);
        }

        /** Keys that were merged into another: the merges made across articles. */
        public int merges() {
            return Partition.merges(canonical);
        }
    }

    /**
     * The mentions by key, kept from one resolution to the next: a change adds and takes out the mentions of
     * its articles, and only the decisions over keys (a few thousand, not a mention per article) run again.
     */
    private final Map<String, Key> keys = new TreeMap<>();
    private Partition classes;
    private Decisions decisions;
    private List<Candidate> candidates;

    Entities() {}

    public static Result resolve(Collection<PersonMention> mentions, Decisions decisions) {
        Entities e = new Entities();
        for (PersonMention m : mentions) e.add(m);
        return e.run(decisions);
    }

    void add(PersonMention m) {
        keys.computeIfAbsent(m.key(), Key::new).count(m, 1);
    }

    void remove(PersonMention m) {
        Key k = keys.get(m.key());
        if (k == null) return;
        k.count(m, -1);
        if (k.mentions == 0) keys.remove(m.key());
    }

    /** Resolves the keys as their mentions now stand. */
    Result run(Decisions decisions) {
        this.decisions = decisions;
        classes = new Partition();
        candidates = new ArrayList<>();
        for (String k : keys.keySet()) classes.add(k);
        for (String[] c : decisions.confirmed()) if (keys.containsKey(c[0]) && keys.containsKey(c[1])) union(c[0], c[1], null);
        fullNames();
        surnames();
        return result();
    }

    /**
     * Full names that are one spelled two ways («چاووش اوغلو», «چاوش اوغلو»; «سویلو», «صویلو»), or that an
     * article gives as another's alias (a Latin spelling in brackets), of one state and no conflicting office.
     */
    private void fullNames() {
        Map<String, Set<Key>> bySkeleton = new TreeMap<>();
        for (Key k : keys.values())
            for (String s : skeletons(k)) bySkeleton.computeIfAbsent(s, x -> new TreeSet<>(Comparator.comparing((Key y) -> y.key))).add(k);
        for (Set<Key> set : bySkeleton.values()) {
            List<Key> group = new ArrayList<>(set);
            for (int i = 0; i < group.size(); i++)
                for (int j = i + 1; j < group.size(); j++) {
                    Key a = group.get(i), b = group.get(j);
                    if (sharedCountry(a, b) && !officesConflict(a, b)) union(a.key, b.key, "spelling variant");
                    else if (sharedCountry(a, b)) candidates.add(new Candidate(a.key, b.key, "spelling variant, different offices"));
                }
        }
        for (Key a : keys.values())
            for (String n : a.names) {
                Key b = keys.get(Iris.fold(n));
                if (b == null || b == a || tokens(n).size() < 2) continue;
                if (countriesCompatible(a, b)) union(a.key, b.key, "an article names one as the other");
            }
    }

    /** A surname alone («فیدان») is the person whose full name ends in it, when exactly one such person fits. */
    private void surnames() {
        Map<String, List<Key>> bySurname = new HashMap<>();
        for (Key k : keys.values())
            for (String n : k.names) {
                List<String> t = tokens(n);
                if (t.size() < 2 && !k.fullName()) continue;
                bySurname.computeIfAbsent(t.get(t.size() - 1), x -> new ArrayList<>()).add(k);
                if (t.size() > 2) bySurname.computeIfAbsent(t.get(t.size() - 2) + t.get(t.size() - 1), x -> new ArrayList<>()).add(k);
            }
        for (Key s : keys.values()) {
            if (s.fullName() || s.known()) continue;
            Set<String> fitting = new TreeSet<>();
            Set<String> doubtful = new TreeSet<>();
            for (Key f : bySurname.getOrDefault(s.key, List.of())) {
                if (f == s || !countriesCompatible(s, f)) continue;
                if (officesConflict(s, f) || !timesOverlap(s, f)) doubtful.add(find(f.key));
                else fitting.add(find(f.key));
            }
            if (fitting.size() == 1 && doubtful.isEmpty()) {
                union(s.key, fitting.iterator().next(), "surname of the only person who fits");
            } else {
                for (String f : fitting) candidates.add(new Candidate(s.key, f, "surname fits " + fitting.size() + " persons"));
                for (String f : doubtful) if (!fitting.contains(f)) candidates.add(new Candidate(s.key, f, "surname fits, office or time differs"));
            }
        }
    }

    private Result result() {
        Map<String, List<Key>> components = new TreeMap<>();
        for (Key k : keys.values()) components.computeIfAbsent(find(k.key), x -> new ArrayList<>()).add(k);
        Map<String, String> canonical = new TreeMap<>();
        Map<String, Set<String>> variants = new TreeMap<>();
        for (List<Key> c : components.values()) {
            Key best = c.stream().min(PREFERRED).orElseThrow();
            Set<String> v = new TreeSet<>();
            for (Key k : c) {
                canonical.put(k.key, best.key);
                v.add(k.key);
            }
            variants.put(best.key, v);
        }
        List<Candidate> open = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Candidate c : candidates) {
            String a = canonical.get(c.left()), b = canonical.get(c.right());
            if (a.equals(b) || rejected(c.left(), c.right())) continue;
            String pair = a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
            if (seen.add(pair)) open.add(new Candidate(a, b, c.reason()));
        }
        open.sort(Comparator.comparing(Candidate::left).thenComparing(Candidate::right));
        return new Result(canonical, variants, c -> articles(variants.get(c)), open);
    }

    /** The articles that mention any of {@code variants}: a person named twice in one article counts once. */
    private Set<String> articles(Set<String> variants) {
        if (variants == null) return null;
        if (variants.size() == 1) return keys.get(variants.iterator().next()).articles;
        Set<String> out = new HashSet<>();
        for (String v : variants) out.addAll(keys.get(v).articles);
        return out;
    }

    /** A known person's id first, then a full name, then the most attested, then the smallest key. */
    private static final Comparator<Key> PREFERRED = Comparator.comparing((Key k) -> !k.known())
            .thenComparing(k -> !k.fullName())
            .thenComparing(k -> -k.articles.size())
            .thenComparing(k -> k.key);

    private void union(String a, String b, String reason) {
        String ra = find(a), rb = find(b);
        if (ra.equals(rb)) return;
        if (reason != null && blocked(ra, rb)) {
            candidates.add(new Candidate(a, b, reason + " (rejected)"));
            return;
        }
        classes.join(ra, rb);
    }

    /** Whether a rejected pair would end up in one component by joining {@code ra} and {@code rb}. */
    private boolean blocked(String ra, String rb) {
        for (String[] r : decisions.rejected()) {
            if (!keys.containsKey(r[0]) || !keys.containsKey(r[1])) continue;
            String x = find(r[0]), y = find(r[1]);
            if (x.equals(ra) && y.equals(rb) || x.equals(rb) && y.equals(ra)) return true;
        }
        return false;
    }

    private boolean rejected(String a, String b) {
        for (String[] r : decisions.rejected()) if (r[0].equals(a) && r[1].equals(b) || r[0].equals(b) && r[1].equals(a)) return true;
        return false;
    }

    private String find(String k) {
        return classes.find(k);
    }

    private static boolean sharedCountry(Key a, Key b) {
        for (String c : a.countries) if (b.countries.contains(c)) return true;
        return false;
    }

    private static boolean countriesCompatible(Key a, Key b) {
        return a.countries.isEmpty() || b.countries.isEmpty() || sharedCountry(a, b);
    }

    /** Both have offices and share none: the same name then likely belongs to two people. */
    private static boolean officesConflict(Key a, Key b) {
        if (a.offices.isEmpty() || b.offices.isEmpty()) return false;
        for (String o : a.offices) if (b.offices.contains(o)) return false;
        return true;
    }

    private static boolean timesOverlap(Key a, Key b) {
        if (a.first() == null || b.first() == null) return true;
        return !a.last().plusYears(YEARS).isBefore(b.first()) && !b.last().plusYears(YEARS).isBefore(a.first());
    }

    static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String t : name.strip().split("[\\s\u200c]+")) {
            String s = Iris.fold(t);
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    /**
     * A spelling-blind form of a Persian name: letters Persian writes for one sound fold together (ص ث → س,
     * ذ ض ظ → ز, ط → ت, ح → ه, غ → ق), long vowels after the first letter drop, doubled letters collapse.
     * Latin keys stay as they are: the slug already folds their diacritics.
     */
    static Set<String> skeletons(Key k) {
        Set<String> out = new TreeSet<>();
        for (String n : k.names) {
            List<String> t = tokens(n);
            if (t.size() > 1 && !isLatin(n)) out.add(skeletonOf(String.join("", t)));
        }
        return out;
    }

    static String skeletonOf(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = switch (s.charAt(i)) {
                case 'ص', 'ث' -> 'س';
                case 'ذ', 'ض', 'ظ' -> 'ز';
                case 'ط' -> 'ت';
                case 'ح' -> 'ه';
                case 'غ' -> 'ق';
                default -> s.charAt(i);
            };
            if (i > 0 && (c == 'ا' || c == 'و' || c == 'ی')) continue;
            if (b.length() > 0 && b.charAt(b.length() - 1) == c) continue;
            b.append(c);
        }
        return b.toString();
    }

    private static boolean isLatin(String n) {
        for (int i = 0; i < n.length(); i++) if (Character.isLetter(n.charAt(i))) return n.charAt(i) < '\u0250';
        return false;
    }
}
