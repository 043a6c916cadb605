package org.itkg.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.itkg.graph.Iris;
import org.itkg.graph.Vocab;

/**
 * Writes what timelines and dashboards read, once per load instead of once per query. The timeline graph
 * holds one row per resolved event with single-valued literals (participants' names joined, topic codes,
 * place, first evidence sentence, outlet), so a timeline is a scan of one graph with no join fan-out and no
 * GROUP BY; each row has a month key (itkg:yearMonth), so a timeline reads one month or a range of months
 * by index lookups whatever the size of the store. The stats graph holds event counts per topic, year,
 * month and type, so a dashboard sums a few hundred cells instead of counting every event, and one cell
 * per month with rows, which tells a timeline the latest month and holds the sort keys of that month's
 * rows: a page of a month is cut among those keys, read in one index range, before any row is looked up.
 * Key cells split a month's keys by place and by the states and persons of a contact, so that a
 * timeline filtered by place or by two sides also cuts its page among keys. The stats graph also holds
 * the counts of a person's page (activity and office cells), of the network (pair cells) and of the map
 * (map cells).
 *
 * <p>Both graphs are derived from the {@link Facts} of the article graphs and the outcome of the
 * resolution, and held here as rows and as cells that rows add to and take from, so that a change of a
 * few events ({@link #update}) works out only their rows, the cells they count in and the rows of their
 * days, and says which subjects to write again: its cost is what the change touches, not the store.
 */
final class Digest {
    private static final String JOIN = " · ";

    private final Facts facts;
    private Map<Node, Facts.Person> people;
    private UnaryOperator<String> person, event;
    /** A person's names are worked out once, not once per event they take part in: a minister is in thousands. */
    private final Map<Node, Actor> actors = new HashMap<>();

    private record Actor(Map<String, String> labels, String names, Node country) {}

    /** Where a place is: what a map cell repeats so that a map reads the stats graph alone. */
    private record Point(Node place, Node name, Node lat, Node lon, Node wkt) {}

    private final Map<Node, java.util.Optional<Point>> points = new HashMap<>();

    /** Rows by event node, in the order of their events' first reports (see {@link #of}). */
    private final Map<Node, Row> rows = new LinkedHashMap<>();
    /** Each row's sort key, and the rows of each day (a key's day part) by IRI, among which it is ranked. */
    private final Map<Node, Long> keys = new HashMap<>();
    private final Map<Long, TreeMap<String, Node>> days = new HashMap<>();
    /** The stats graph's cells that rows count in, by subject, in the order first counted in. */
    private final Map<Node, Cell> cells = new LinkedHashMap<>();
    /** Events (canonical report keys) by participant and by place: the rows a change of a person's names or a place's touches. */
    private Map<Node, Set<String>> eventsOfActor, eventsAt;

    private Digest(Facts facts, Map<Node, Facts.Person> people, UnaryOperator<String> person, UnaryOperator<String> event) {
        this.facts = facts;
        this.people = people;
        this.person = person;
        this.event = event;
    }

    /** One event as the timeline shows it, folded from all the reports the resolution made one event. */
    private static final class Row {
        /** The canonical report key of its event. */
        String key;
        String type;
        Node status;
        Node date;
        Node place;
        Node sentence;
        Node article;
        final TreeSet<String> topics = new TreeSet<>();
        final TreeSet<Node> actors = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
        final TreeSet<Node> articles = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
        // filled by complete(), so that emitting a row looks nothing up
        final TreeSet<String> sides = new TreeSet<>();
        String participants, participantsEn, names;
        Node placeName, url, outletName, published;
        Point point;
        String yearMonth;
        long day;
        long publishedDay;

        /** The part of its sort key its rank is added to: its day, and for an undated row its publication day. */
        long dayKey() {
            return day * PER_DAY + publishedDay * PER_PUBLICATION_DAY;
        }
    }

    /**
     * Both graphs for all the facts, persons and events at the canonical nodes that {@code person} and
     * {@code event} map their keys to, and {@code people} by those nodes. Emitting it reads nothing, so it
     * can go to a writer that shuts out every transaction, such as a bulk loader.
     *
     * <p>Rows are in the order of their events' first reports, which is the order in which a load first
     * wrote the events and the store numbered their nodes: the bulk loader then adds each row's quads next
     * to those of the row before in its indexes instead of anywhere in them (at 100,000 articles, Jena's
     * loader alone took 340 s over the graphs in hash order and 300 s over the same graphs in node order).
     */
    static Digest of(Facts facts, Map<Node, Facts.Person> people, UnaryOperator<String> person, UnaryOperator<String> event) {
        Digest d = new Digest(facts, people, person, event);
        Map<String, List<Facts.Report>> byEvent = new LinkedHashMap<>();
        facts.eachReport(r -> byEvent.computeIfAbsent(event.apply(r.key), k -> new ArrayList<>(1)).add(r));
        byEvent.forEach((key, reports) -> d.put(Iris.eventByKey(key), d.fold(key, reports)));
        for (Map.Entry<Long, TreeMap<String, Node>> day : d.days.entrySet()) {
            long seq = 0;
            for (Node e : day.getValue().values()) d.keys.put(e, day.getKey() + seq++);
        }
        d.rows.forEach((e, row) -> d.count(row, d.keys.get(e), 1, false, null));
        return d;
    }

    /** Keeps, from now on, the indexes a change looks rows up by; a load that only writes does without them. */
    void index() {
        eventsOfActor = new HashMap<>();
        eventsAt = new HashMap<>();
        rows.values().forEach(this::indexRow);
    }

    private void indexRow(Row row) {
        for (Node a : row.actors) eventsOfActor.computeIfAbsent(a, k -> new HashSet<>()).add(row.key);
        if (row.place != null) eventsAt.computeIfAbsent(row.place, k -> new HashSet<>()).add(row.key);
    }

    private void unindexRow(Row row) {
        for (Node a : row.actors) drop(eventsOfActor, a, row.key);
        if (row.place != null) drop(eventsAt, row.place, row.key);
    }

    private static void drop(Map<Node, Set<String>> index, Node k, String e) {
        Set<String> s = index.get(k);
        if (s != null && s.remove(e) && s.isEmpty()) index.remove(k);
    }

    /** The events a person takes part in (by canonical node) and those at a place, as the rows now stand. */
    Set<String> eventsOf(Node actor) {
        return eventsOfActor.getOrDefault(actor, Set.of());
    }

    Set<String> eventsAt(Node place) {
        return eventsAt.getOrDefault(place, Set.of());
    }

    /** The resolution now in force, with each person's merged facts by canonical node. */
    void resolution(Map<Node, Facts.Person> people, UnaryOperator<String> person, UnaryOperator<String> event) {
        this.people = people;
        this.person = person;
        this.event = event;
    }

    /** Forgets what was worked out of a person's or a place's facts, which have changed. */
    void forgetPerson(Node p) {
        actors.remove(p);
    }

    void forgetPlace(Node place) {
        points.remove(place);
    }

    /**
     * Works out again the rows of {@code events} (canonical report keys, before or after the change) from
     * the facts and resolution now in force — a row whose event no longer has a report goes — and the sort
     * keys of their days and the cells they count in. Returns the subjects of the timeline and stats graphs
     * whose quads may differ.
     */
    Set<List<Node>> update(Collection<String> events, Function<String, List<String>> reportsOf) {
        Set<List<Node>> touched = new HashSet<>();
        Set<Long> regroup = new HashSet<>();
        List<Node> added = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        for (String key : events) {
            Node e = Iris.eventByKey(key);
            if (!seen.add(e)) continue;
            touched.add(List.of(Vocab.TIMELINE_GRAPH, e));
            Row old = rows.remove(e);
            if (old != null) {
                count(old, keys.remove(e), -1, false, touched);
                days.get(old.dayKey()).remove(e.toString());
                regroup.add(old.dayKey());
                unindexRow(old);
            }
            List<Facts.Report> reports = new ArrayList<>();
            for (String k : reportsOf.apply(key))
                for (Facts.Report r = facts.reports.get(k); r != null; r = r.next) reports.add(r);
            if (reports.isEmpty()) continue;
            Row row = fold(key, reports);
            put(e, row);
            indexRow(row);
            regroup.add(row.dayKey());
            added.add(e);
        }
        Set<Node> fresh = new HashSet<>(added);
        Map<Node, Long> moved = new HashMap<>();
        for (long day : regroup) {
            TreeMap<String, Node> ranked = days.get(day);
            if (ranked == null) continue;
            if (ranked.isEmpty()) {
                days.remove(day);
                continue;
            }
            long seq = 0;
            for (Node e : ranked.values()) {
                long key = day + seq++;
                Long was = keys.put(e, key);
                if (!fresh.contains(e) && was != null && was != key) moved.put(e, was);
            }
        }
        // a row ranked after one that came or went: its key moves in every cell that holds it, all old keys
        // out before any new one in, since a row may take the key another row leaves
        moved.forEach((e, was) -> count(rows.get(e), was, -1, true, touched));
        moved.forEach((e, was) -> {
            count(rows.get(e), keys.get(e), 1, true, touched);
            touched.add(List.of(Vocab.TIMELINE_GRAPH, e));
        });
        for (Node e : added) count(rows.get(e), keys.get(e), 1, false, touched);
        return touched;
    }

    private void put(Node e, Row row) {
        complete(row);
        rows.put(e, row);
        days.computeIfAbsent(row.dayKey(), k -> new TreeMap<>()).put(e.toString(), e);
    }

    /**
     * The reports of one event in article order: the first that has a field gives it, the first with
     * evidence gives the sentence, and participants and topics are those of all.
     */
    private Row fold(String key, List<Facts.Report> reports) {
        reports.sort(java.util.Comparator.comparing(r -> r.article.toString()));
        Row row = new Row();
        row.key = key;
        for (Facts.Report r : reports) {
            if (row.type == null) row.type = r.type;
            if (row.status == null) row.status = r.status;
            if (row.date == null) row.date = r.date;
            if (row.place == null) row.place = r.place;
            if (row.sentence == null && r.sentence != null) {
                row.article = r.article;
                row.sentence = r.sentence;
            }
            row.articles.add(r.article);
            java.util.Collections.addAll(row.topics, r.topics);
            for (Object a : r.actors) row.actors.add(a instanceof String k ? Iris.person(person.apply(k)) : (Node) a);
        }
        return row;
    }

    /** Every quad of both graphs: rows in order, then cells, then office cells. */
    void emit(Consumer<Quad> out) {
        rows.forEach((e, row) -> {
            emit(e, row, out);
            out.accept(Quad.create(Vocab.TIMELINE_GRAPH, e, Vocab.P_SORT_KEY, integer(Long.toString(keys.get(e)))));
        });
        cells.forEach((subject, cell) -> cell(subject, cell, out));
        offices(facts.offices.keySet()).forEach((key, office) -> officeCell(key.get(0), key.get(1), office, out));
    }

    /** The quads of one subject of the timeline or stats graph as they now stand (none if it is gone). */
    void emit(Node graph, Node subject, Consumer<Quad> out) {
        if (graph.equals(Vocab.TIMELINE_GRAPH)) {
            Row row = rows.get(subject);
            if (row == null) return;
            emit(subject, row, out);
            out.accept(Quad.create(Vocab.TIMELINE_GRAPH, subject, Vocab.P_SORT_KEY, integer(Long.toString(keys.get(subject)))));
        } else {
            Cell c = cells.get(subject);
            if (c != null) cell(subject, c, out);
        }
    }

    /** The office cells of the persons with these keys (all the keys of each person), by subject. */
    Map<Node, List<Quad>> officeCells(Collection<String> personKeys) {
        Set<List<Object>> of = new HashSet<>();
        for (String k : personKeys) of.addAll(facts.officesOf(k));
        Map<Node, List<Quad>> out = new HashMap<>();
        offices(of).forEach((key, office) -> officeCell(key.get(0), key.get(1), office, q -> out.computeIfAbsent(q.getSubject(), s -> new ArrayList<>()).add(q)));
        return out;
    }

    /** What a cell is: each kind is written from what the rows counted in it and from the facts now held. */
    private enum Kind { MONTH, AT, CONTACTS, SIDE, TOPIC, MAP, ACTIVITY, PAIR }

    /**
     * A subject of the stats graph that rows count in: the sort keys of its rows (month and key cells), a
     * count, and for a tally the days of its rows, each with how many rows have it, so that a row can be
     * taken out again and the first and last day still be right.
     */
    private static final class Cell {
        final Kind kind;
        final Object[] of;
        final TreeSet<Long> keys = new TreeSet<>();
        long count;
        TreeMap<String, Object[]> days;

        Cell(Kind kind, Object[] of) {
            this.kind = kind;
            this.of = of;
        }

        boolean empty() {
            return count == 0 && keys.isEmpty();
        }

        Facts.Tally tally() {
            Facts.Tally t = new Facts.Tally();
            t.count = count;
            if (days != null && !days.isEmpty()) {
                t.first = (Node) days.firstEntry().getValue()[0];
                t.last = (Node) days.lastEntry().getValue()[0];
            }
            return t;
        }
    }

    /**
     * Counts a row in (sign 1) or out (-1) of every cell it belongs to, or with {@code keysOnly} moves only
     * its sort key; adds each cell to {@code touched}. The cells a row belongs to depend only on the row, so
     * the row that was counted in is the one to count out.
     */
    private void count(Row row, long key, int sign, boolean keysOnly, Set<List<Node>> touched) {
        String ym = row.yearMonth;
        keyed(monthCell(ym), Kind.MONTH, new Object[] {ym}, key, sign, touched);
        if (row.place != null && row.placeName != null)
            keyed(NodeFactory.createURI(Vocab.BASE + "stats/at/" + Facts.tail(row.place) + "/" + ym), Kind.AT, new Object[] {row.place, ym}, key, sign, touched);
        if (!"statement".equals(row.type)) {
            Set<Node> sides = new java.util.LinkedHashSet<>();
            for (String code : row.sides) sides.add(Iris.country(code));
            for (Node a : row.actors) if (!isCountry(a)) sides.add(a);
            for (Node side : sides) {
                Node cell = NodeFactory.createURI(Vocab.BASE + "stats/contacts/" + (isCountry(side) ? "country/" : "person/") + Facts.tail(side) + "/" + ym);
                keyed(cell, Kind.CONTACTS, new Object[] {side, ym}, key, sign, touched);
                if (!keysOnly) counted(side, Kind.SIDE, new Object[] {side}, sign, null, touched);
            }
        }
        if (keysOnly) return;
        int year = row.date == null ? 0 : Integer.parseInt(row.date.getLiteralLexicalForm().substring(0, 4));
        List<Node> actors = new ArrayList<>(row.actors); // in IRI order, so that a pair is always (smaller, larger)
        for (Node a : actors)
            if (!isCountry(a))
                counted(NodeFactory.createURI(Vocab.BASE + "stats/activity/" + Facts.tail(a) + "/" + row.type + "/" + year), Kind.ACTIVITY,
                        new Object[] {a, row.type, year}, sign, row.date, touched);
        if (!"statement".equals(row.type))
            for (int i = 0; i < actors.size(); i++)
                for (int j = i + 1; j < actors.size(); j++) {
                    Node a = actors.get(i), b = actors.get(j);
                    for (String type : new String[] {"", row.type}) {
                        Node cell = NodeFactory.createURI(Vocab.BASE + "stats/pair/" + Facts.tail(a) + "/" + Facts.tail(b) + (type.isEmpty() ? "" : "/" + type));
                        counted(cell, Kind.PAIR, new Object[] {a, b, type}, sign, row.date, touched);
                    }
                }
        if (row.point != null) {
            mapCell(row, "", sign, touched);
            for (String topic : row.topics) mapCell(row, topic, sign, touched);
        }
        if (row.date == null) return;
        String day = row.date.getLiteralLexicalForm();
        String month = Integer.toString(Integer.parseInt(day.substring(5, 7)));
        for (String topic : row.topics)
            // the cells of its type, and those of every type (a key without a type), which a dashboard over
            // all types reads alone
            for (String type : new String[] {row.type, ""})
                for (String m : new String[] {"0", month}) {
                    String k = topic + "/" + day.substring(0, 4) + "/" + m + "/" + type;
                    Node cell = NodeFactory.createURI(Vocab.BASE + "stats/" + (type.isEmpty() ? k.substring(0, k.length() - 1) : k));
                    counted(cell, Kind.TOPIC, new Object[] {k}, sign, null, touched);
                }
    }

    private void mapCell(Row row, String topic, int sign, Set<List<Node>> touched) {
        Node cell = NodeFactory.createURI(Vocab.BASE + "stats/place/" + Facts.tail(row.place) + "/" + row.type + (topic.isEmpty() ? "" : "/" + topic));
        counted(cell, Kind.MAP, new Object[] {row.place, row.type, topic}, sign, null, touched);
    }

    private void keyed(Node subject, Kind kind, Object[] of, long key, int sign, Set<List<Node>> touched) {
        Cell c = cells.computeIfAbsent(subject, s -> new Cell(kind, of));
        if (sign > 0) c.keys.add(key);
        else c.keys.remove(key);
        settle(subject, c, touched);
    }

    private void counted(Node subject, Kind kind, Object[] of, int sign, Node date, Set<List<Node>> touched) {
        Cell c = cells.computeIfAbsent(subject, s -> new Cell(kind, of));
        c.count += sign;
        if (date != null) {
            if (c.days == null) c.days = new TreeMap<>();
            Object[] d = c.days.computeIfAbsent(date.getLiteralLexicalForm(), x -> new Object[] {date, 0});
            int n = (Integer) d[1] + sign;
            if (n == 0) c.days.remove(date.getLiteralLexicalForm());
            else d[1] = n;
        }
        settle(subject, c, touched);
    }

    private void settle(Node subject, Cell c, Set<List<Node>> touched) {
        if (c.empty()) cells.remove(subject);
        if (touched != null) touched.add(List.of(Vocab.STATS_GRAPH, subject));
    }

    /** A cell's quads, from what was counted in it and from the facts now held (names, places). */
    private void cell(Node subject, Cell c, Consumer<Quad> out) {
        Node g = Vocab.STATS_GRAPH;
        switch (c.kind) {
            case MONTH -> {
                for (long k : c.keys) out.accept(Quad.create(g, subject, Vocab.P_ROW_KEY, integer(Long.toString(k))));
                out.accept(Quad.create(g, subject, Vocab.P_YEAR_MONTH, integer((String) c.of[0])));
                out.accept(Quad.create(g, subject, Vocab.P_EVENT_COUNT, integer(Integer.toString(c.keys.size()))));
            }
            case AT -> {
                Node place = (Node) c.of[0];
                out.accept(Quad.create(g, subject, Vocab.P_IN_MONTH, monthCell((String) c.of[1])));
                out.accept(Quad.create(g, subject, Vocab.SEM_PLACE, place));
                Node name = placeName(place);
                out.accept(Quad.create(g, subject, Vocab.P_PLACE_KEY, string(name.getLiteralLexicalForm().toLowerCase(java.util.Locale.ROOT))));
                for (long k : c.keys) out.accept(Quad.create(g, subject, Vocab.P_ROW_KEY, integer(Long.toString(k))));
            }
            case CONTACTS -> {
                out.accept(Quad.create(g, subject, Vocab.P_IN_MONTH, monthCell((String) c.of[1])));
                out.accept(Quad.create(g, subject, Vocab.P_CONTACTS_OF, (Node) c.of[0]));
                for (long k : c.keys) out.accept(Quad.create(g, subject, Vocab.P_ROW_KEY, integer(Long.toString(k))));
            }
            case SIDE -> {
                if (isCountry(subject)) out.accept(Quad.create(g, subject, Vocab.P_ISO_CODE, string(Facts.tail(subject))));
                else out.accept(Quad.create(g, subject, Vocab.P_ACTOR_NAMES, string(actors.computeIfAbsent(subject, this::actor).names())));
            }
            case TOPIC -> cell((String) c.of[0], c.count, out);
            case MAP -> {
                Node place = (Node) c.of[0];
                Point p = points.computeIfAbsent(place, k -> point(k, facts.places.get(k), placeName(k))).orElseThrow();
                placeCell(p, (String) c.of[1], (String) c.of[2], c.count, out);
            }
            case ACTIVITY -> activityCell((Node) c.of[0], (String) c.of[1], (Integer) c.of[2], c.tally(), out);
            case PAIR -> pairCell((Node) c.of[0], (Node) c.of[1], (String) c.of[2], c.tally(), out);
        }
    }

    private Node placeName(Node place) {
        Facts.Place p = facts.places.get(place);
        return p == null ? null : Facts.name(p.labels);
    }

    private static boolean isCountry(Node n) {
        return n.isURI() && n.getURI().startsWith(Vocab.BASE + "country/");
    }

    private static Node monthCell(String yearMonth) {
        return NodeFactory.createURI(Vocab.BASE + "stats/month/" + yearMonth);
    }

    /**
     * A row's place in a timeline is one integer, its sort key: its day (YYYYMMDD) times ten million plus its
     * rank among the rows of that day by IRI. An undated row's key is {@link #UNDATED_DAY} times ten million
     * plus the day its first report was published (YYYYMMDD, 0 if none) times {@value #PER_PUBLICATION_DAY}
     * plus its rank among the undated rows published that day, so that every undated key is above every dated
     * one and a new row moves the keys of its own day's rows only. A timeline sorts a month of rows by it;
     * sorting by date literals and then IRIs cost most of a window's time at 200,000 articles.
     */
    static final long UNDATED_DAY = 99_999_999L;
    private static final long PER_DAY = 10_000_000L;

    private static final long PER_PUBLICATION_DAY = 100_000L;

    /** Undated rows follow the publication of their first report (YYYYMMDD, 0 if none), which is all a reader knows of their time; 0 for a dated row. */
    private static long publishedDay(Row r) {
        if (r.day != UNDATED_DAY || r.published == null) return 0;
        String d = r.published.getLiteralLexicalForm();
        return DAY.matcher(d).matches() ? Long.parseLong(d.substring(0, 10).replace("-", "")) : 0;
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    private static long day(Row r) {
        String d = r.date == null ? "" : r.date.getLiteralLexicalForm();
        return DAY.matcher(d).matches() ? Long.parseLong(d.substring(0, 10).replace("-", "")) : UNDATED_DAY;
    }

    /** Office cells by canonical person, post and year: the facts' cells (by key, post and year) of every key that resolves to one person. */
    private Map<List<Node>, Facts.Office> offices(Collection<List<Object>> of) {
        Map<List<Node>, Facts.Office> out = new LinkedHashMap<>();
        for (List<Object> key : of) {
            Facts.Office o = facts.offices.get(key);
            if (o == null) continue;
            out.computeIfAbsent(List.of(Iris.person(person.apply((String) key.get(0))), (Node) key.get(1), integer(Integer.toString(o.year))),
                    k -> new Facts.Office(o.year)).add(o);
        }
        return out;
    }

    /** Works out what a row shows beyond its reports: names, sides, place, outlet. */
    private void complete(Row r) {
        List<String> fa = new ArrayList<>(), en = new ArrayList<>();
        StringBuilder names = new StringBuilder();
        for (Node actor : r.actors) {
            if (isCountry(actor)) {
                String code = Facts.tail(actor);
                r.sides.add(code);
                fa.add(code);
                en.add(code);
                continue;
            }
            Actor a = actors.computeIfAbsent(actor, this::actor);
            if (a.country() != null) r.sides.add(Facts.tail(a.country()));
            names.append(a.names());
            Map<String, String> labels = a.labels();
            fa.add(labels.getOrDefault("fa", labels.getOrDefault("", labels.values().stream().findFirst().orElse(Facts.tail(actor)))));
            en.add(labels.getOrDefault("en", fa.get(fa.size() - 1)));
        }
        r.participants = String.join(JOIN, fa);
        r.participantsEn = String.join(JOIN, en);
        r.names = names.toString();
        if (r.place != null) {
            Facts.Place place = facts.places.get(r.place);
            r.placeName = place == null ? null : Facts.name(place.labels);
            r.point = points.computeIfAbsent(r.place, k -> point(k, place, r.placeName)).orElse(null);
        }
        r.day = day(r);
        Facts.Article first = facts.articles.get(r.articles.first());
        r.published = first == null ? null : first.published();
        r.publishedDay = publishedDay(r);
        Node day = r.date != null ? r.date : r.published;
        // 0: an undated event of an undated article, which no window of months holds; undated.rq lists it
        r.yearMonth = day == null ? "0" : day.getLiteralLexicalForm().substring(0, 4) + day.getLiteralLexicalForm().substring(5, 7);
        if (r.article != null) {
            Facts.Article source = facts.articles.get(r.article);
            r.url = source == null ? null : source.url();
            r.outletName = source == null ? null : source.outletName();
        }
    }

    private static void emit(Node e, Row r, Consumer<Quad> out) {
        Node g = Vocab.TIMELINE_GRAPH;
        out.accept(Quad.create(g, e, Vocab.P_EVENT_TYPE, string(r.type)));
        if (r.status != null) out.accept(Quad.create(g, e, Vocab.P_STATUS, r.status));
        if (r.date != null) {
            out.accept(Quad.create(g, e, Vocab.P_DATE, r.date));
            out.accept(Quad.create(g, e, Vocab.P_YEAR, integer(r.date.getLiteralLexicalForm().substring(0, 4))));
        }
        if (r.yearMonth != null) out.accept(Quad.create(g, e, Vocab.P_YEAR_MONTH, integer(r.yearMonth)));
        out.accept(Quad.create(g, e, Vocab.P_PARTICIPANTS, string(r.participants)));
        out.accept(Quad.create(g, e, Vocab.P_PARTICIPANTS_EN, string(r.participantsEn)));
        out.accept(Quad.create(g, e, Vocab.P_ACTOR_NAMES, string(r.names)));
        for (Node a : r.actors) out.accept(Quad.create(g, e, Vocab.SEM_ACTOR, a));
        for (String side : r.sides) out.accept(Quad.create(g, e, Vocab.P_SIDE, string(side)));
        for (String t : r.topics) out.accept(Quad.create(g, e, Vocab.P_TOPIC, NodeFactory.createURI(Vocab.BASE + "topic/" + t)));
        out.accept(Quad.create(g, e, Vocab.P_TOPICS, string(String.join(" ", r.topics))));
        if (r.placeName != null) out.accept(Quad.create(g, e, Vocab.P_PLACE_NAME, string(r.placeName.getLiteralLexicalForm())));
        if (r.sentence != null) out.accept(Quad.create(g, e, Vocab.P_SENTENCE, r.sentence));
        if (r.article != null) {
            out.accept(Quad.create(g, e, Vocab.P_REPORTED_IN, r.article));
            if (r.url != null) out.accept(Quad.create(g, e, Vocab.SCHEMA_URL, r.url));
            if (r.outletName != null) out.accept(Quad.create(g, e, Vocab.P_OUTLET_NAME, string(r.outletName.getLiteralLexicalForm())));
        }
        out.accept(Quad.create(g, e, Vocab.P_REPORT_COUNT, integer(Integer.toString(r.articles.size()))));
    }

    /**
     * A person's fullest name per language, and every name and alias, lower-cased and each followed by
     * '|', which name filters search.
     */
    private Actor actor(Node actor) {
        Facts.Person p = people.get(actor);
        if (p == null) return new Actor(Map.of(), "", null);
        Map<String, String> labels = new TreeMap<>();
        p.preferred().forEach((lang, l) -> labels.put(lang, l.getLiteralLexicalForm()));
        TreeSet<String> all = new TreeSet<>();
        for (Node l : p.labels) all.add(l.getLiteralLexicalForm().toLowerCase(java.util.Locale.ROOT));
        for (Node l : p.aliases) all.add(l.getLiteralLexicalForm().toLowerCase(java.util.Locale.ROOT));
        StringBuilder names = new StringBuilder();
        for (String n : all) names.append(n).append('|');
        return new Actor(labels, names.toString(), p.country);
    }

    /**
     * A map cell: the events of one type (and, unless {@code topic} is empty, one topic) at one place, with
     * the place's name and coordinates. The cells without a topic count each event once.
     */
    private static void placeCell(Point p, String type, String topic, long count, Consumer<Quad> out) {
        Node cell = NodeFactory.createURI(Vocab.BASE + "stats/place/" + Facts.tail(p.place()) + "/" + type + (topic.isEmpty() ? "" : "/" + topic));
        Node g = Vocab.STATS_GRAPH;
        out.accept(Quad.create(g, cell, Vocab.SEM_PLACE, p.place()));
        out.accept(Quad.create(g, cell, Vocab.P_EVENT_TYPE, string(type)));
        if (!topic.isEmpty()) out.accept(Quad.create(g, cell, Vocab.P_TOPIC, NodeFactory.createURI(Vocab.BASE + "topic/" + topic)));
        out.accept(Quad.create(g, cell, Vocab.P_EVENT_COUNT, integer(Long.toString(count))));
        out.accept(Quad.create(g, cell, Vocab.P_PLACE_NAME, p.name()));
        out.accept(Quad.create(g, cell, Vocab.GEO_LAT, p.lat()));
        out.accept(Quad.create(g, cell, Vocab.GEO_LONG, p.lon()));
        out.accept(Quad.create(g, cell, Vocab.GEOSPARQL_WKT, p.wkt()));
    }

    private static void officeCell(Node person, Node post, Facts.Office o, Consumer<Quad> out) {
        boolean tenure = o.year == Facts.ALL_YEARS;
        // the post's whole path: its last segment alone is the same for a minister and their deputy
        String postPath = post.getURI().substring(post.getURI().indexOf("/post/") + "/post/".length());
        Node cell = NodeFactory.createURI(Vocab.BASE + "stats/office/" + postPath + "/" + Facts.tail(person) + "/" + (tenure ? "all" : o.year));
        Node g = Vocab.STATS_GRAPH;
        if (tenure) out.accept(Quad.create(g, cell, Vocab.TYPE, Vocab.TENURE));
        out.accept(Quad.create(g, cell, Vocab.ORG_MEMBER, person));
        out.accept(Quad.create(g, cell, Vocab.P_POST, post));
        out.accept(Quad.create(g, cell, Vocab.ORG_ROLE, o.role));
        if (o.country != null) out.accept(Quad.create(g, cell, Vocab.P_COUNTRY, o.country));
        if (o.portfolio != null) out.accept(Quad.create(g, cell, Vocab.P_PORTFOLIO, o.portfolio));
        if (!tenure) out.accept(Quad.create(g, cell, Vocab.P_YEAR, integer(Integer.toString(o.year))));
        emit(o, cell, Vocab.P_ATTESTATIONS, out);
    }

    /**
     * An activity cell: a person's events of one type in one year (0: undated), which a person's page sums
     * instead of reading every event a minister took part in.
     */
    private static void activityCell(Node person, String type, int year, Facts.Tally t, Consumer<Quad> out) {
        Node cell = NodeFactory.createURI(Vocab.BASE + "stats/activity/" + Facts.tail(person) + "/" + type + "/" + year);
        Node g = Vocab.STATS_GRAPH;
        out.accept(Quad.create(g, cell, Vocab.SEM_ACTOR, person));
        out.accept(Quad.create(g, cell, Vocab.P_EVENT_TYPE, string(type)));
        out.accept(Quad.create(g, cell, Vocab.P_YEAR, integer(Integer.toString(year))));
        emit(t, cell, Vocab.P_EVENT_COUNT, out);
    }

    /**
     * A pair cell: the contacts (statements left out) of two participants, of one type or, without
     * itkg:eventType, of every type, so that a network over everything sums one cell per pair.
     */
    private static void pairCell(Node a, Node b, String type, Facts.Tally t, Consumer<Quad> out) {
        Node cell = NodeFactory.createURI(Vocab.BASE + "stats/pair/" + Facts.tail(a) + "/" + Facts.tail(b) + (type.isEmpty() ? "" : "/" + type));
        Node g = Vocab.STATS_GRAPH;
        out.accept(Quad.create(g, cell, Vocab.P_PARTICIPANT_A, a));
        out.accept(Quad.create(g, cell, Vocab.P_PARTICIPANT_B, b));
        if (!type.isEmpty()) out.accept(Quad.create(g, cell, Vocab.P_EVENT_TYPE, string(type)));
        emit(t, cell, Vocab.P_EVENT_COUNT, out);
    }

    /** The place's name and coordinates, if the gazetteer gave it both. */
    private static java.util.Optional<Point> point(Node place, Facts.Place p, Node name) {
        if (p == null || name == null || p.lat == null || p.lon == null || p.wkt == null) return java.util.Optional.empty();
        return java.util.Optional.of(new Point(place, name, p.lat, p.lon, p.wkt));
    }

    /**
     * A topic cell: the events that carry a topic in a year (month 0) or a month, of one type or, for a key
     * without one, of every type (an itkg:TopicCount, which a dashboard over all types finds by its class
     * alone instead of summing the cells of each type).
     */
    private static void cell(String key, long count, Consumer<Quad> out) {
        String[] k = key.split("/", -1);
        boolean everyType = k[3].isEmpty();
        Node cell = NodeFactory.createURI(Vocab.BASE + "stats/" + (everyType ? key.substring(0, key.length() - 1) : key));
        Node g = Vocab.STATS_GRAPH;
        if (everyType) out.accept(Quad.create(g, cell, Vocab.TYPE, Vocab.TOPIC_COUNT));
        out.accept(Quad.create(g, cell, Vocab.P_TOPIC, NodeFactory.createURI(Vocab.BASE + "topic/" + k[0])));
        out.accept(Quad.create(g, cell, Vocab.P_YEAR, integer(k[1])));
        out.accept(Quad.create(g, cell, Vocab.P_MONTH, integer(k[2])));
        if (!everyType) out.accept(Quad.create(g, cell, Vocab.P_EVENT_TYPE, string(k[3])));
        out.accept(Quad.create(g, cell, Vocab.P_EVENT_COUNT, integer(Long.toString(count))));
    }

    /** The count under {@code property}, then the first and last day if any event had one. */
    private static void emit(Facts.Tally t, Node cell, Node property, Consumer<Quad> out) {
        Node g = Vocab.STATS_GRAPH;
        out.accept(Quad.create(g, cell, property, integer(Long.toString(t.count))));
        if (t.first == null) return;
        out.accept(Quad.create(g, cell, Vocab.P_FIRST_DATE, t.first));
        out.accept(Quad.create(g, cell, Vocab.P_LAST_DATE, t.last));
    }

    private static Node integer(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDinteger);
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
