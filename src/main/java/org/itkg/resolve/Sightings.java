package org.itkg.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.itkg.graph.Vocab;

/**
 * What the resolution reads of the article graphs: every person and event node with the key it was
 * extracted with, and what the article says of it (a person's names, offices and country; an event's
 * type, status, date, persons and place); and the {@link Facts} the graphs derived after it are made
 * of, read from the store. (A load into an empty store resolves before it writes, from the extractions:
 * {@link org.itkg.resolve.Resolution#mentions} and {@link org.itkg.resolve.Resolution#reports} read them
 * as this class reads the graphs.)
 */
final class Sightings {
    /** A node of an article graph and its key. */
    record Keyed(Node graph, Node node, String key) {}

    final List<Keyed> persons = new ArrayList<>();
    final List<Keyed> events = new ArrayList<>();
    final List<PersonMention> mentions = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();
    /** What the entities, timeline and stats graphs are derived from. */
    final Facts facts = new Facts();

    /** Every article graph of a store, in the caller's read transaction. */
    static Sightings of(DatasetGraph dsg) {
        Sightings s = new Sightings();
        new Reader(dsg).read(s);
        Facts.read(dsg, s.facts);
        return s;
    }

    /** The same without the {@link #facts}, for a reader that takes them graph by graph. */
    static Sightings keysOf(DatasetGraph dsg) {
        Sightings s = new Sightings();
        new Reader(dsg).read(s);
        return s;
    }

    private static final class Reader {
        private final DatasetGraph dsg;
        private final Map<Node, LocalDate> published = new HashMap<>();

        Reader(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        void read(Sightings into) {
            into.persons.addAll(keyed(Vocab.P_NAME_KEY));
            into.events.addAll(keyed(Vocab.P_REPORT_KEY));
            for (Keyed p : into.persons) into.mentions.add(mention(p));
            for (Keyed e : into.events) {
                Report r = report(e);
                if (r != null) into.reports.add(r);
            }
        }

        private List<Keyed> keyed(Node property) {
            List<Keyed> out = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(q -> {
                if (Facts.isArticle(q.getGraph())) out.add(new Keyed(q.getGraph(), q.getSubject(), q.getObject().getLiteralLexicalForm()));
            });
            return out;
        }

        private PersonMention mention(Keyed p) {
            List<String> names = new ArrayList<>();
            for (Node label : objects(p.graph(), p.node(), Vocab.LABEL)) names.add(label.getLiteralLexicalForm());
            for (Node alias : objects(p.graph(), p.node(), Vocab.ALT_LABEL)) names.add(alias.getLiteralLexicalForm());
            Set<String> offices = new HashSet<>();
            for (Node post : objects(p.graph(), p.node(), Vocab.ORG_HOLDS)) offices.add(post.getURI().substring((Vocab.BASE + "post/").length()));
            return new PersonMention(articleId(p.graph()), p.key(), org.itkg.extract.Person.isKnownId(p.key()), names,
                    countryOf(p.graph(), p.node()), offices, published(p.graph()));
        }

        private Report report(Keyed e) {
            Node type = one(e.graph(), e.node(), Vocab.P_EVENT_TYPE);
            Node status = one(e.graph(), e.node(), Vocab.P_STATUS);
            if (type == null || status == null) return null;
            Node date = one(e.graph(), e.node(), Vocab.P_DATE);
            Map<String, String> persons = new HashMap<>();
            Set<String> countries = new HashSet<>();
            for (Node actor : objects(e.graph(), e.node(), Vocab.SEM_ACTOR)) {
                Node key = one(e.graph(), actor, Vocab.P_NAME_KEY);
                if (key != null) persons.put(key.getLiteralLexicalForm(), countryOf(e.graph(), actor));
                else if (actor.isURI() && actor.getURI().startsWith(Vocab.BASE + "country/")) countries.add(Facts.tail(actor));
            }
            Node place = one(e.graph(), e.node(), Vocab.SEM_PLACE);
            return new Report(articleId(e.graph()), e.key(), type.getLiteralLexicalForm(), Facts.tail(status),
                    date == null ? null : LocalDate.parse(date.getLiteralLexicalForm()), published(e.graph()),
                    persons, countries, place == null ? null : place.getURI());
        }

        private LocalDate published(Node g) {
            if (published.containsKey(g)) return published.get(g);
            Node d = one(g, g, Vocab.SCHEMA_DATE_PUBLISHED);
            LocalDate day = d == null ? null : LocalDate.parse(d.getLiteralLexicalForm());
            published.put(g, day);
            return day;
        }

        private String countryOf(Node g, Node person) {
            Node c = one(g, person, Vocab.P_COUNTRY);
            return c == null ? null : Facts.tail(c);
        }

        private List<Node> objects(Node g, Node s, Node p) {
            return Facts.objects(dsg, g, s, p);
        }

        private Node one(Node g, Node s, Node p) {
            return Facts.one(dsg, g, s, p);
        }
    }

    static String articleId(Node g) {
        return java.net.URLDecoder.decode(g.getURI().substring((Vocab.BASE + "article/").length()), java.nio.charset.StandardCharsets.UTF_8);
    }
}
