package org.itkg.graph;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.itkg.article.Article;
import org.itkg.extract.Event;
import org.itkg.extract.Evidence;
import org.itkg.extract.Extraction;
import org.itkg.extract.Location;
import org.itkg.extract.Participant;
import org.itkg.extract.Person;
import org.itkg.extract.Role;
import org.itkg.extract.Topic;

/**
 * Writes one article's extraction as quads in the article's own named graph (the graph IRI is the
 * article IRI), to any {@link StreamRDF}. The graph is self-contained: labels of the persons, places,
 * offices and states it uses travel with it, so replacing the graph replaces everything the article said.
 */
public final class ArticleGraph {
    private final StreamRDF out;
    private final Node g;
    private final Article a;
    private final String lang;
    private final Map<String, Node> evidence = new HashMap<>();

    private ArticleGraph(Extraction x, StreamRDF out) {
        this.out = out;
        this.a = x.article();
        this.g = Iris.article(a.id());
        this.lang = a.lang().length() <= 3 ? a.lang() : "und";
    }

    /** Emits the quads of {@code x} to {@code out} (no start/finish: the caller frames the stream). */
    public static void write(Extraction x, StreamRDF out) {
        new ArticleGraph(x, out).all(x);
    }

    /** The graph name an article's quads go to. */
    public static Node graphOf(String articleId) {
        return Iris.article(articleId);
    }

    private void all(Extraction x) {
        article(x);
        Map<Person, Node> persons = new HashMap<>();
        int m = 0;
        for (Person p : x.persons()) {
            Node pn = person(p, m++);
            persons.put(p, pn);
        }
        int n = 0;
        for (Event e : x.events()) {
            Node en = Iris.event(a.id(), n);
            add(en, Vocab.P_REPORT_KEY, str(Iris.reportKey(a.id(), n++)));
            event(e, en, persons);
        }
        int t = 0;
        for (Topic topic : x.topics()) {
            Node tn = Iris.topic(topic.code());
            add(g, Vocab.DCT_SUBJECT, tn);
            Node mention = Iris.local("topic-mention", a.id(), String.valueOf(t++));
            add(mention, Vocab.TYPE, Vocab.TOPIC_MENTION);
            add(mention, Vocab.P_TOPIC, tn);
            add(mention, Vocab.P_EVIDENCE, evidence(topic.evidence()));
        }
    }

    private void article(Extraction x) {
        Node art = g;
        add(art, Vocab.TYPE, Vocab.ARTICLE);
        add(art, Vocab.SCHEMA_IDENTIFIER, str(a.id()));
        add(art, Vocab.SCHEMA_LANGUAGE, str(a.lang()));
        add(art, Vocab.SCHEMA_BODY, NodeFactory.createLiteralLang(a.body(), lang));
        if (a.url() != null) add(art, Vocab.SCHEMA_URL, NodeFactory.createURI(a.url().strip()));
        if (a.date() != null) add(art, Vocab.SCHEMA_DATE_PUBLISHED, date(a.date()));
        List<String> chain = x.sourceChain();
        if (a.outlet() != null) {
            Node outlet = Iris.source(a.outlet());
            add(art, Vocab.SCHEMA_PUBLISHER, outlet);
            add(outlet, Vocab.TYPE, Vocab.PROV_AGENT);
            add(outlet, Vocab.LABEL, NodeFactory.createLiteralString(a.outlet()));
            add(art, Vocab.PROV_ATTRIBUTED, outlet);
        }
        if (!chain.isEmpty()) {
            add(art, Vocab.P_SOURCE_CHAIN, str(String.join(" ← ", chain)));
            Node previous = art;
            int start = a.outlet() != null ? 1 : 0;
            for (int i = start; i < chain.size(); i++) {
                Node report = Iris.local("source-report", a.id(), String.valueOf(i));
                Node agent = Iris.source(chain.get(i));
                add(report, Vocab.TYPE, Vocab.SOURCE_REPORT);
                add(report, Vocab.PROV_ATTRIBUTED, agent);
                add(report, Vocab.P_CHAIN_POSITION, integer(i));
                add(agent, Vocab.TYPE, Vocab.PROV_AGENT);
                add(agent, Vocab.LABEL, NodeFactory.createLiteralLang(chain.get(i), lang));
                add(previous, Vocab.PROV_DERIVED, report);
                previous = report;
            }
        }
    }

    private Node person(Person p, int index) {
        String key = Iris.personKey(p.knownId(), p.name());
        Node pn = Iris.person(key);
        add(pn, Vocab.TYPE, Vocab.SCHEMA_PERSON);
        // the key the article knew the person by, so that merges across articles can be redone from it
        add(pn, Vocab.P_NAME_KEY, str(key));
        add(pn, Vocab.LABEL, NodeFactory.createLiteralLang(p.name(), lang));
        if (p.english() != null && !lang.equals("en")) add(pn, Vocab.LABEL, NodeFactory.createLiteralLang(p.english(), "en"));
        for (String alias : p.aliases()) add(pn, Vocab.ALT_LABEL, NodeFactory.createLiteralLang(alias, lang));
        if (p.country() != null) {
            add(pn, Vocab.P_COUNTRY, country(p.country()));
        }
        add(g, Vocab.SCHEMA_MENTIONS, pn);
        if (!p.mentions().isEmpty()) {
            Node mention = Iris.local("mention", a.id(), String.valueOf(index));
            add(mention, Vocab.TYPE, Vocab.MENTION);
            add(mention, Vocab.P_MENTION_OF, pn);
            add(mention, Vocab.P_EVIDENCE, evidence(p.mentions().get(0)));
        }
        int r = 0;
        for (Role role : p.roles()) {
            // an office of no known state would be one post shared by every such minister in the world
            if (role.country() == null) continue;
            Node post = Iris.post(role.country(), role.position(), role.portfolio());
            Node org = Iris.organization(role.country(), role.portfolio());
            add(pn, Vocab.ORG_HOLDS, post);
            add(post, Vocab.TYPE, Vocab.ORG_POST);
            add(post, Vocab.ORG_POST_IN, org);
            add(post, Vocab.ORG_ROLE, Iris.position(role.position()));
            if (role.portfolio() != null) add(post, Vocab.P_PORTFOLIO, Iris.portfolio(role.portfolio()));
            add(post, Vocab.P_COUNTRY, country(role.country()));
            add(org, Vocab.P_COUNTRY, country(role.country()));
            add(org, Vocab.TYPE, Vocab.ORG_ORGANIZATION);
            Node membership = Iris.local("membership", a.id(), index + "-" + r++);
            add(membership, Vocab.TYPE, Vocab.ORG_MEMBERSHIP);
            add(membership, Vocab.ORG_MEMBER, pn);
            add(membership, Vocab.ORG_ORG, org);
            add(membership, Vocab.ORG_ROLE, Iris.position(role.position()));
            add(membership, Vocab.P_POST, post);
            add(membership, Vocab.P_EVIDENCE, evidence(role.evidence()));
            if (a.date() != null) add(membership, Vocab.P_DATE, date(a.date()));
        }
        return pn;
    }

    private void event(Event e, Node en, Map<Person, Node> persons) {
        add(en, Vocab.TYPE, Vocab.eventClass(e.type()));
        add(en, Vocab.P_EVENT_TYPE, str(e.type()));
        add(en, Vocab.P_STATUS, e.status().equals("planned") ? Vocab.PLANNED : Vocab.OCCURRED);
        if (e.date() != null) {
            add(en, Vocab.P_DATE, date(e.date()));
            add(en, Vocab.P_YEAR, integer(e.date().getYear()));
        }
        if (e.place() != null) {
            Node place = Iris.place(e.place());
            add(en, Vocab.SEM_PLACE, place);
            add(place, Vocab.TYPE, Vocab.PLACE);
            add(place, Vocab.LABEL, NodeFactory.createLiteralLang(e.place(), "en"));
            Location.named(e.place()).ifPresent(l -> coordinates(place, l));
        }
        boolean first = true;
        for (Participant p : e.participants()) {
            Node pn = p.person() != null ? persons.get(p.person()) : country(p.country());
            add(en, Vocab.SEM_ACTOR, pn);
            if (first && e.type().equals("statement")) add(en, Vocab.P_SPEAKER, pn);
            first = false;
        }
        for (String t : e.topics()) add(en, Vocab.P_TOPIC, Iris.topic(t));
        add(en, Vocab.P_EVIDENCE, evidence(e.evidence()));
        for (Evidence q : e.quotes()) add(en, Vocab.P_QUOTE, evidence(q));
        add(en, Vocab.PROV_DERIVED, g);
        add(en, Vocab.P_REPORTED_IN, g);
    }

    /** WGS84 lat/long for simple maps, and a GeoSPARQL geometry for spatial queries (WKT is long, lat). */
    private void coordinates(Node place, Location l) {
        add(place, Vocab.GEO_LAT, decimal(l.lat()));
        add(place, Vocab.GEO_LONG, decimal(l.lon()));
        Node geometry = NodeFactory.createURI(place.getURI() + "/geometry");
        add(place, Vocab.GEOSPARQL_GEOMETRY, geometry);
        add(geometry, Vocab.TYPE, Vocab.GEOSPARQL_GEOMETRY_CLASS);
        add(geometry, Vocab.GEOSPARQL_WKT, NodeFactory.createLiteralDT("POINT(" + l.lon() + " " + l.lat() + ")",
                org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(Vocab.GEOSPARQL_WKT_LITERAL.getURI())));
    }

    private static Node decimal(double v) {
        return NodeFactory.createLiteralDT(java.math.BigDecimal.valueOf(v).toPlainString(), XSDDatatype.XSDdecimal);
    }

    private Node country(String code) {
        Node c = Iris.country(code);
        add(c, Vocab.TYPE, Vocab.COUNTRY);
        add(c, Vocab.LABEL, str(code));
        return c;
    }

    private Node evidence(Evidence ev) {
        String key = ev.start() + "-" + ev.end();
        Node n = evidence.get(key);
        if (n != null) return n;
        n = Iris.local("evidence", a.id(), key);
        evidence.put(key, n);
        add(n, Vocab.TYPE, Vocab.EVIDENCE);
        add(n, Vocab.OA_SOURCE, g);
        add(n, Vocab.OA_EXACT, NodeFactory.createLiteralLang(ev.text(), lang));
        add(n, Vocab.OA_START, integer(ev.start()));
        add(n, Vocab.OA_END, integer(ev.end()));
        return n;
    }

    private void add(Node s, Node p, Node o) {
        out.quad(Quad.create(g, s, p, o));
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }
}
