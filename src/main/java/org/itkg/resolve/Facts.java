package org.itkg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.itkg.graph.Iris;
import org.itkg.graph.Vocab;

/**
 * What the entities, timeline and stats graphs are derived from, read from article graphs: each article's
 * report of an event, each article's date, address and outlet, each person's names and state, each
 * place's name and coordinates, and each person's offices counted per post and year. Persons and events
 * are held by the keys the articles gave them, not by their nodes, so that a resolution's outcome maps
 * them to canonical nodes whether or not the store's nodes have been renamed yet. Read from the store,
 * or from each article's quads before a bulk load writes them; merging does not depend on order, so both
 * give the same graphs.
 */
public final class Facts {
    /** One article's report of an event. Actors are person keys (String) or, for states, nodes. */
    static final class Report {
        final Node article;
        final String key;
        String type;
        Node status, date, place, sentence;
        String[] topics;
        Object[] actors;
        /** Another article's report under the same key. */
        Report next;

        Report(Node article, String key) {
            this.article = article;
            this.key = key;
        }
    }

    record Article(Node published, Node url, Node outletName) {}

    /** A person's names (rdfs:label) and aliases as the articles give them, and their state. */
    static final class Person {
        final Set<Node> labels = new HashSet<>(), aliases = new HashSet<>();
        Node country;

        void add(Person other) {
            labels.addAll(other.labels);
            aliases.addAll(other.aliases);
            country = min(country, other.country);
        }

        static boolean same(Person a, Person b) {
            if (a == null || b == null) return a == b;
            return a.labels.equals(b.labels) && a.aliases.equals(b.aliases) && java.util.Objects.equals(a.country, b.country);
        }

        /** The fullest name in each language («رجب طیب اردوغان» over «اردوغان»), "" for untagged names. */
        Map<String, Node> preferred() {
            Map<String, Node> best = new TreeMap<>();
            for (Node l : labels) best.merge(l.getLiteralLanguage(), l, (a, b) -> fuller(a, b) ? a : b);
            return best;
        }
    }

    static final class Place {
        final Set<Node> labels = new HashSet<>();
        Node lat, lon, wkt;

        static boolean same(Place a, Place b) {
            if (a == null || b == null) return a == b;
            return a.labels.equals(b.labels) && java.util.Objects.equals(a.lat, b.lat) && java.util.Objects.equals(a.lon, b.lon)
                    && java.util.Objects.equals(a.wkt, b.wkt);
        }

        /** A copy that later merges into {@code p} leave as it is; null for null. */
        static Place copy(Place p) {
            if (p == null) return null;
            Place c = new Place();
            c.add(p);
            return c;
        }

        void add(Place other) {
            labels.addAll(other.labels);
            lat = min(lat, other.lat);
            lon = min(lon, other.lon);
            wkt = min(wkt, other.wkt);
        }
    }

    /** How many of something, with the first and last day among those that have one. */
    static class Tally {
        long count;
        Node first, last;

        void add(Node date) {
            count++;
            if (date == null) return;
            String d = date.getLiteralLexicalForm();
            if (first == null || d.compareTo(first.getLiteralLexicalForm()) < 0) first = date;
            if (last == null || d.compareTo(last.getLiteralLexicalForm()) > 0) last = date;
        }

        void add(Tally other) {
            count += other.count;
            if (other.first == null) return;
            if (first == null || other.first.getLiteralLexicalForm().compareTo(first.getLiteralLexicalForm()) < 0) first = other.first;
            if (last == null || other.last.getLiteralLexicalForm().compareTo(last.getLiteralLexicalForm()) > 0) last = other.last;
        }
    }

    /** A person's attestations in one post in one year (0: in undated articles; {@link #ALL_YEARS}: a tenure). */
    static final class Office extends Tally {
        Node role, country, portfolio;
        final int year;

        Office(int year) {
            this.year = year;
        }

        void add(Office other) {
            super.add(other);
            role = min(role, other.role);
            country = min(country, other.country);
            portfolio = min(portfolio, other.portfolio);
        }
    }

    static final int ALL_YEARS = -1;

    /**
     * Reports by event key, chained, in the order their keys were first read (article order in a load), which
     * is the order the store numbered their nodes in: see {@link Digest}.
     */
    final Map<String, Report> reports = new LinkedHashMap<>();
    final Map<Node, Article> articles = new HashMap<>();
    /** By person key, in the order the keys were first read. */
    final Map<String, Person> persons = new LinkedHashMap<>();
    final Map<Node, Place> places = new HashMap<>();
    /** By (person key, post, year). */
    final Map<List<Object>, Office> offices = new HashMap<>();
    /** The keys of {@link #offices} by person key. */
    private final Map<String, Set<List<Object>>> officeKeys = new HashMap<>();

    /** Every person key these facts name, with a name or with an office. */
    Set<String> personKeys() {
        Set<String> out = new HashSet<>(persons.keySet());
        out.addAll(officeKeys.keySet());
        return out;
    }

    Set<List<Object>> officesOf(String personKey) {
        return officeKeys.getOrDefault(personKey, Set.of());
    }

    private Office office(List<Object> key, int year) {
        return offices.computeIfAbsent(key, k -> {
            officeKeys.computeIfAbsent((String) k.get(0), x -> new HashSet<>()).add(k);
            return new Office(year);
        });
    }

    public void addAll(Facts other) {
        other.reports.forEach((key, r) -> {
            Report last = r;
            while (last.next != null) last = last.next;
            last.next = reports.put(key, r);
        });
        articles.putAll(other.articles);
        other.persons.forEach((key, p) -> persons.computeIfAbsent(key, k -> new Person()).add(p));
        other.places.forEach((node, p) -> places.computeIfAbsent(node, k -> new Place()).add(p));
        other.offices.forEach((key, o) -> office(key, o.year).add(o));
    }

    /**
     * Takes one article's facts, added before, out of these: its reports and its article go, and the
     * persons, places and offices it named are merged again from {@code others}, the facts of the articles
     * that still name each person key ({@code ofPerson}) or place ({@code atPlace}).
     */
    void remove(Facts article, Node graph, java.util.function.Function<String, List<Facts>> ofPerson,
                java.util.function.Function<Node, List<Facts>> atPlace) {
        for (String key : article.reports.keySet()) {
            Report kept = null, last = null;
            for (Report r = reports.get(key); r != null; ) {
                Report next = r.next;
                r.next = null;
                if (!r.article.equals(graph)) {
                    if (last == null) kept = r;
                    else last.next = r;
                    last = r;
                }
                r = next;
            }
            if (kept == null) reports.remove(key);
            else reports.put(key, kept);
        }
        articles.remove(graph);
        Set<String> keys = new HashSet<>(article.persons.keySet());
        keys.addAll(article.officeKeys.keySet());
        for (String key : keys) {
            Set<List<Object>> gone = officeKeys.remove(key);
            if (gone != null) gone.forEach(offices::remove);
            Person merged = null;
            for (Facts f : ofPerson.apply(key)) {
                Person p = f.persons.get(key);
                if (p != null) (merged == null ? merged = new Person() : merged).add(p);
                for (List<Object> k : f.officesOf(key)) office(k, f.offices.get(k).year).add(f.offices.get(k));
            }
            if (merged == null) persons.remove(key);
            else persons.put(key, merged);
        }
        for (Node place : article.places.keySet()) {
            Place merged = null;
            for (Facts f : atPlace.apply(place)) {
                Place p = f.places.get(place);
                if (p != null) (merged == null ? merged = new Place() : merged).add(p);
            }
            if (merged == null) places.remove(place);
            else places.put(place, merged);
        }
    }

    /** Each person by canonical node, with the names and state of all the keys that resolve to it. */
    Map<Node, Person> people(UnaryOperator<String> canonical) {
        Map<Node, Person> out = new LinkedHashMap<>();
        persons.forEach((key, p) -> out.computeIfAbsent(Iris.person(canonical.apply(key)), k -> new Person()).add(p));
        return out;
    }

    /** Every report, each as one element: what {@link Digest} folds into rows. */
    void eachReport(Consumer<Report> action) {
        for (Report first : reports.values())
            for (Report r = first; r != null; r = r.next) action.accept(r);
    }

    /** The facts of one article's graph {@code g}, held in memory before it is written. */
    public static Facts of(Node g, org.apache.jena.graph.Graph article) {
        Facts f = new Facts();
        new Reader((gn, s, p, o) -> article.find(s, p, o).mapWith(t -> Quad.create(g, t)), f).read();
        return f;
    }

    /** Reads the article graphs of {@code dsg} into {@code into}, in the caller's read transaction if any. */
    static void read(DatasetGraph dsg, Facts into) {
        new Reader(dsg::find, into).read();
    }

    /** Where the facts are read from: a store, or one article's graph. */
    private interface Source {
        java.util.Iterator<Quad> find(Node g, Node s, Node p, Node o);
    }

    private static final class Reader {
        private final Source source;
        private final Facts into;
        private final Set<List<Node>> placesRead = new HashSet<>();

        Reader(Source source, Facts into) {
            this.source = source;
            this.into = into;
        }

        void read() {
            source.find(Node.ANY, Node.ANY, Vocab.P_EVENT_TYPE, Node.ANY).forEachRemaining(q -> {
                if (isArticle(q.getGraph())) report(q);
            });
            source.find(Node.ANY, Node.ANY, Vocab.P_NAME_KEY, Node.ANY).forEachRemaining(q -> {
                if (isArticle(q.getGraph())) person(q);
            });
            source.find(Node.ANY, Node.ANY, Vocab.ORG_MEMBER, Node.ANY).forEachRemaining(q -> {
                if (isArticle(q.getGraph())) membership(q);
            });
        }

        private void report(Quad q) {
            Node g = q.getGraph(), e = q.getSubject();
            Node key = one(g, e, Vocab.P_REPORT_KEY);
            if (key == null) return;
            Report r = new Report(g, key.getLiteralLexicalForm());
            r.type = q.getObject().getLiteralLexicalForm();
            r.status = one(g, e, Vocab.P_STATUS);
            r.date = one(g, e, Vocab.P_DATE);
            r.place = one(g, e, Vocab.SEM_PLACE);
            Node evidence = one(g, e, Vocab.P_EVIDENCE);
            r.sentence = evidence == null ? null : one(g, evidence, Vocab.OA_EXACT);
            List<String> topics = new ArrayList<>();
            for (Node t : objects(g, e, Vocab.P_TOPIC)) topics.add(tail(t));
            r.topics = topics.toArray(new String[0]);
            List<Object> actors = new ArrayList<>();
            for (Node a : objects(g, e, Vocab.SEM_ACTOR)) {
                Node personKey = one(g, a, Vocab.P_NAME_KEY);
                actors.add(personKey != null ? personKey.getLiteralLexicalForm() : a);
            }
            r.actors = actors.toArray();
            r.next = into.reports.put(r.key, r);
            if (!into.articles.containsKey(g)) into.articles.put(g, article(g));
            if (r.place != null && placesRead.add(List.of(g, r.place))) {
                Place p = new Place();
                p.labels.addAll(objects(g, r.place, Vocab.LABEL));
                p.lat = one(g, r.place, Vocab.GEO_LAT);
                p.lon = one(g, r.place, Vocab.GEO_LONG);
                Node geometry = one(g, r.place, Vocab.GEOSPARQL_GEOMETRY);
                p.wkt = geometry == null ? null : one(g, geometry, Vocab.GEOSPARQL_WKT);
                into.places.computeIfAbsent(r.place, k -> new Place()).add(p);
            }
        }

        private Article article(Node g) {
            Node outlet = one(g, g, Vocab.SCHEMA_PUBLISHER);
            return new Article(one(g, g, Vocab.SCHEMA_DATE_PUBLISHED), one(g, g, Vocab.SCHEMA_URL),
                    outlet == null ? null : name(objects(g, outlet, Vocab.LABEL)));
        }

        private void person(Quad q) {
            Node g = q.getGraph(), n = q.getSubject();
            Person p = new Person();
            p.labels.addAll(literals(g, n, Vocab.LABEL));
            p.aliases.addAll(literals(g, n, Vocab.ALT_LABEL));
            p.country = one(g, n, Vocab.P_COUNTRY);
            into.persons.computeIfAbsent(q.getObject().getLiteralLexicalForm(), k -> new Person()).add(p);
        }

        /**
         * Office cells count how often the articles of each year name a person in a post; the same over
         * all years is a tenure.
         */
        private void membership(Quad q) {
            Node g = q.getGraph(), m = q.getSubject(), person = q.getObject();
            Node key = one(g, person, Vocab.P_NAME_KEY);
            Node post = one(g, m, Vocab.P_POST), role = one(g, m, Vocab.ORG_ROLE);
            if (key == null || post == null || role == null) return;
            Node date = one(g, m, Vocab.P_DATE);
            int year = date == null ? 0 : Integer.parseInt(date.getLiteralLexicalForm().substring(0, 4));
            for (int y : new int[] {year, ALL_YEARS}) {
                Office o = into.office(List.of(key.getLiteralLexicalForm(), post, y), y);
                o.role = min(o.role, role);
                o.country = min(o.country, one(g, post, Vocab.P_COUNTRY));
                o.portfolio = min(o.portfolio, one(g, post, Vocab.P_PORTFOLIO));
                o.add(date);
            }
        }

        private List<Node> objects(Node g, Node s, Node p) {
            return Facts.objects(source, g, s, p);
        }

        private List<Node> literals(Node g, Node s, Node p) {
            List<Node> out = objects(g, s, p);
            out.removeIf(n -> !n.isLiteral());
            return out;
        }

        private Node one(Node g, Node s, Node p) {
            return Facts.one(source, g, s, p);
        }
    }

    /** The objects of {@code s p} in graph {@code g}. */
    static List<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        return objects(dsg::find, g, s, p);
    }

    private static List<Node> objects(Source source, Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        source.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    /** An object of {@code s p} in graph {@code g}, or null. */
    static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
        return one(dsg::find, g, s, p);
    }

    private static Node one(Source source, Node g, Node s, Node p) {
        var it = source.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /**
     * The name to show of several: Persian first, then untagged, English, Turkish and any other, and the
     * fullest name within a language, so that every reading order picks the same.
     */
    static Node name(java.util.Collection<Node> labels) {
        Node best = null;
        for (Node l : labels) if (l.isLiteral() && (best == null || before(l, best))) best = l;
        return best;
    }

    private static boolean before(Node a, Node b) {
        String x = a.getLiteralLanguage(), y = b.getLiteralLanguage();
        if (rank(x) != rank(y)) return rank(x) < rank(y);
        return !x.equals(y) ? x.compareTo(y) < 0 : fuller(a, b);
    }

    private static int rank(String lang) {
        return switch (lang) {
            case "fa" -> 0;
            case "" -> 1;
            case "en" -> 2;
            case "tr" -> 3;
            default -> 4;
        };
    }

    /** Whether {@code a} is the fuller name: more words, else longer, else first in code-point order. */
    static boolean fuller(Node a, Node b) {
        String x = a.getLiteralLexicalForm(), y = b.getLiteralLexicalForm();
        int tx = x.strip().split("\\s+").length, ty = y.strip().split("\\s+").length;
        return tx != ty ? tx > ty : x.length() != y.length() ? x.length() > y.length() : x.compareTo(y) <= 0;
    }

    /** The smaller of two nodes by their text, either may be null: what keeps merges independent of order. */
    static Node min(Node a, Node b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.toString().compareTo(b.toString()) <= 0 ? a : b;
    }

    static boolean isArticle(Node g) {
        return g.isURI() && g.getURI().startsWith(Vocab.BASE + "article/");
    }

    static String tail(Node iri) {
        String u = iri.getURI();
        return u.substring(Math.max(u.lastIndexOf('/'), u.lastIndexOf('#')) + 1);
    }
}
