package org.itkg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
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
 * (map cells). Both graphs are derived whole from the {@link Facts} of the article graphs and the
 * outcome of the resolution.
 */
final class Digest {
    private static final String JOIN = " · ";

    private final Facts facts;
    private final Map<Node, Facts.Person> people;
    private final UnaryOperator<String> person, event;
    /** A person's names are worked out once, not once per event they take part in: a minister is in thousands. */
    private final Map<Node, Actor> actors = new HashMap<>();

    private record Actor(Map<String, String> labels, String names, Node country) {}

    /** Where a place is: what a map cell repeats so that a map reads the stats graph alone. */
    private record Point(Node place, Node name, Node lat, Node lon, Node wkt) {}

    private final Map<Node, java.util.Optional<Point>> points = new HashMap<>();

    private Digest(Facts facts, Map<Node, Facts.Person> people, UnaryOperator<String> person, UnaryOperator<String> event) {
        this.facts = facts;
        this.people = people;
        this.person = person;
        this.event = event;
    }

    /** One event as the timeline shows it, folded from all the reports the resolution made one event. */
    private static final class Row {
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
    }

    /**
     * Everything both graphs will hold: a row per event, persons and events at the canonical nodes that
     * {@code person} and {@code event} map their keys to, and {@code people} by those nodes. Emitting it
     * reads nothing, so it can go to a writer that shuts out every transaction, such as a bulk loader.
     */
    static Rows rows(Facts facts, Map<Node, Facts.Person> people, UnaryOperator<String> person, UnaryOperator<String> event) {
        return new Digest(facts, people, person, event).rows();
    }

    /**
     * Rows in the order of their events' first reports, which is the order in which a load first wrote the
     * events and the store numbered their nodes: the bulk loader then adds each row's quads next to those of
     * the row before in its indexes instead of anywhere in them (at 100,000 articles, Jena's loader alone
     * took 340 s over the graphs in hash order and 300 s over the same graphs in node order).
     */
    private Rows rows() {
        Map<Node, List<Facts.Report>> byEvent = new LinkedHashMap<>();
        facts.eachReport(r -> byEvent.computeIfAbsent(Iris.eventByKey(event.apply(r.key)), k -> new ArrayList<>(1)).add(r));
        Map<Node, Row> rows = new LinkedHashMap<>();
        byEvent.forEach((node, reports) -> rows.put(node, fold(reports)));
        rows.values().forEach(this::complete);
        Map<Node, String> names = new HashMap<>();
        for (Node p : people.keySet()) names.put(p, actors.computeIfAbsent(p, this::actor).names());
        return new Rows(rows, offices(), names);
    }

    /**
     * The reports of one event in article order: the first that has a field gives it, the first with
     * evidence gives the sentence, and participants and topics are those of all.
     */
    private Row fold(List<Facts.Report> reports) {
        reports.sort(java.util.Comparator.comparing(r -> r.article.toString()));
        Row row = new Row();
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
            for (Object a : r.actors) row.actors.add(a instanceof String key ? Iris.person(person.apply(key)) : (Node) a);
        }
        return row;
    }

    static final class Rows {
        private final Map<Node, Row> rows;
        private final Map<List<Node>, Facts.Office> offices;
        /** Each person's names, as {@link Actor#names}, which a filter by side searches. */
        private final Map<Node, String> names;

        private Rows(Map<Node, Row> rows, Map<List<Node>, Facts.Office> offices, Map<Node, String> names) {
            this.rows = rows;
            this.offices = offices;
            this.names = names;
        }

        void emit(Consumer<Quad> out) {
            Map<String, Long> cells = new TreeMap<>(), months = new TreeMap<>();
            Map<List<Object>, Long> places = new java.util.HashMap<>(); // (point, type, topic or "") -> events
            Map<List<Object>, Facts.Tally> activity = new java.util.HashMap<>(), pairs = new java.util.HashMap<>();
            Map<Node, Long> order = sortKeys(rows);
            java.util.Set<Node> described = new java.util.HashSet<>();
            // a row's keys go to cells all over the stats graph: held back and written cell by cell
            BySubject cellQuads = new BySubject();
            rows.forEach((event, row) -> {
                Digest.emit(event, row, out);
                tally(row, activity, pairs);
                Node key = integer(Long.toString(order.get(event)));
                out.accept(Quad.create(Vocab.TIMELINE_GRAPH, event, Vocab.P_SORT_KEY, key));
                if (row.yearMonth != null) {
                    months.merge(row.yearMonth, 1L, Long::sum);
                    cellQuads.accept(Quad.create(Vocab.STATS_GRAPH, monthCell(row.yearMonth), Vocab.P_ROW_KEY, key));
                    keyCells(row, key, names, described, cellQuads);
                }
                if (row.point != null) {
                    places.merge(List.of(row.point, row.type, ""), 1L, Long::sum);
                    for (String topic : row.topics) places.merge(List.of(row.point, row.type, topic), 1L, Long::sum);
                }
                if (row.date == null) return;
                String day = row.date.getLiteralLexicalForm();
                String year = day.substring(0, 4), month = Integer.toString(Integer.parseInt(day.substring(5, 7)));
                for (String topic : row.topics) {
                    // the cells of its type, and those of every type (a key without a type), which a dashboard
                    // over all types reads alone
                    for (String type : new String[] {row.type, ""}) {
                        cells.merge(topic + "/" + year + "/0/" + type, 1L, Long::sum);
                        cells.merge(topic + "/" + year + "/" + month + "/" + type, 1L, Long::sum);
                    }
                }
            });
            months.forEach((month, count) -> {
                Node cell = monthCell(month);
                cellQuads.accept(Quad.create(Vocab.STATS_GRAPH, cell, Vocab.P_YEAR_MONTH, integer(month)));
                cellQuads.accept(Quad.create(Vocab.STATS_GRAPH, cell, Vocab.P_EVENT_COUNT, integer(Long.toString(count))));
            });
            cellQuads.emit(out);
            cells.forEach((key, count) -> cell(key, count, out));
            places.forEach((key, count) -> placeCell((Point) key.get(0), (String) key.get(1), (String) key.get(2), count, out));
            offices.forEach((key, office) -> officeCell(key.get(0), key.get(1), office, out));
            activity.forEach((key, t) -> activityCell((Node) key.get(0), (String) key.get(1), (Integer) key.get(2), t, out));
            pairs.forEach((key, t) -> pairCell((Node) key.get(0), (Node) key.get(1), (String) key.get(2), t, out));
        }
    }

    /**
     * Quads held back and then written grouped by subject, the subjects in the order first met, so that
     * the quads of one subject reach the store's indexes together.
     */
    private static final class BySubject implements Consumer<Quad> {
        private final Map<Node, List<Quad>> bySubject = new LinkedHashMap<>();

        @Override
        public void accept(Quad q) {
            bySubject.computeIfAbsent(q.getSubject(), s -> new ArrayList<>(4)).add(q);
        }

        void emit(Consumer<Quad> out) {
            bySubject.values().forEach(quads -> quads.forEach(out));
            bySubject.clear();
        }
    }

    /**
     * Puts a row's key into the key cells of its month that a filtered timeline reads instead of testing
     * every row of the month: the cell of its place, and unless it is a statement, the contact cells of
     * each state and person on either side. The first time a cell or a side is met, what a filter matches
     * it by is written with it.
     */
    private static void keyCells(Row row, Node key, Map<Node, String> names, java.util.Set<Node> described, Consumer<Quad> out) {
        Node g = Vocab.STATS_GRAPH, month = monthCell(row.yearMonth);
        if (row.place != null && row.placeName != null) {
            Node cell = NodeFactory.createURI(Vocab.BASE + "stats/at/" + Facts.tail(row.place) + "/" + row.yearMonth);
            if (described.add(cell)) {
                out.accept(Quad.create(g, cell, Vocab.P_IN_MONTH, month));
                out.accept(Quad.create(g, cell, Vocab.SEM_PLACE, row.place));
                out.accept(Quad.create(g, cell, Vocab.P_PLACE_KEY, string(row.placeName.getLiteralLexicalForm().toLowerCase(java.util.Locale.ROOT))));
            }
            out.accept(Quad.create(g, cell, Vocab.P_ROW_KEY, key));
        }
        if ("statement".equals(row.type)) return;
        java.util.Set<Node> sides = new java.util.LinkedHashSet<>();
        for (String code : row.sides) sides.add(org.itkg.graph.Iris.country(code));
        for (Node a : row.actors) if (!isCountry(a)) sides.add(a);
        for (Node side : sides) {
            boolean state = isCountry(side);
            Node cell = NodeFactory.createURI(Vocab.BASE + "stats/contacts/" + (state ? "country/" : "person/") + Facts.tail(side) + "/" + row.yearMonth);
            if (described.add(side)) {
                if (state) out.accept(Quad.create(g, side, Vocab.P_ISO_CODE, string(Facts.tail(side))));
                else out.accept(Quad.create(g, side, Vocab.P_ACTOR_NAMES, string(names.getOrDefault(side, ""))));
            }
            if (described.add(cell)) {
                out.accept(Quad.create(g, cell, Vocab.P_IN_MONTH, month));
                out.accept(Quad.create(g, cell, Vocab.P_CONTACTS_OF, side));
            }
            out.accept(Quad.create(g, cell, Vocab.P_ROW_KEY, key));
        }
    }

    /** Counts one event in the activity cells of its persons and, unless it is a statement, in its pair cells. */
    private static void tally(Row row, Map<List<Object>, Facts.Tally> activity, Map<List<Object>, Facts.Tally> pairs) {
        int year = row.date == null ? 0 : Integer.parseInt(row.date.getLiteralLexicalForm().substring(0, 4));
        List<Node> actors = new ArrayList<>(row.actors); // in IRI order, so that a pair is always (smaller, larger)
        for (Node a : actors)
            if (!isCountry(a)) activity.computeIfAbsent(List.of(a, row.type, year), k -> new Facts.Tally()).add(row.date);
        if ("statement".equals(row.type)) return;
        for (int i = 0; i < actors.size(); i++)
            for (int j = i + 1; j < actors.size(); j++) {
                Node a = actors.get(i), b = actors.get(j);
                pairs.computeIfAbsent(List.of(a, b, ""), k -> new Facts.Tally()).add(row.date);
                pairs.computeIfAbsent(List.of(a, b, row.type), k -> new Facts.Tally()).add(row.date);
            }
    }

    private static boolean isCountry(Node n) {
        return n.isURI() && n.getURI().startsWith(Vocab.BASE + "country/");
    }

    private static Node monthCell(String yearMonth) {
        return NodeFactory.createURI(Vocab.BASE + "stats/month/" + yearMonth);
    }

    /** Where an undated row sorts: after every day. */
    static final long UNDATED_DAY = 99_999_999L;
    private static final long PER_DAY = 10_000_000L;

    /**
     * Each row's place in a timeline as one integer: its day (YYYYMMDD) times ten million plus its rank among
     * the rows of that day by IRI. An undated row's key is {@link #UNDATED_DAY} times ten million plus the
     * day its first report was published (YYYYMMDD, 0 if none) times {@value #PER_PUBLICATION_DAY} plus its
     * rank among the undated rows published that day, so that every undated key is above every dated one and
     * a new row moves the keys of its own day's rows only (a rank among all undated rows moved thousands of
     * keys with every article added to a large store). A timeline sorts a month of rows by it; sorting by
     * date literals and then IRIs cost most of a window's time at 200,000 articles.
     */
    private static Map<Node, Long> sortKeys(Map<Node, Row> rows) {
        List<Map.Entry<Node, Row>> all = new ArrayList<>(rows.entrySet());
        all.sort(java.util.Comparator.comparingLong((Map.Entry<Node, Row> e) -> e.getValue().day)
                .thenComparingLong(e -> e.getValue().publishedDay)
                .thenComparing(e -> e.getKey().toString()));
        Map<Node, Long> out = new java.util.HashMap<>();
        long day = -1, published = -1, seq = 0;
        for (Map.Entry<Node, Row> e : all) {
            long d = e.getValue().day, p = e.getValue().publishedDay;
            seq = d == day && p == published ? seq + 1 : 0;
            day = d;
            published = p;
            out.put(e.getKey(), d * PER_DAY + p * PER_PUBLICATION_DAY + seq);
        }
        return out;
    }

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

    /** Office cells by canonical person, post and year: the facts' cells of every key that resolves to one person. */
    private Map<List<Node>, Facts.Office> offices() {
        Map<List<Node>, Facts.Office> out = new HashMap<>();
        facts.offices.forEach((key, o) -> out.computeIfAbsent(
                List.of(Iris.person(person.apply((String) key.get(0))), (Node) key.get(1), integer(Integer.toString(o.year))),
                k -> new Facts.Office(o.year)).add(o));
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
