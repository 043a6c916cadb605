package org.itkg.link;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.itkg.extract.Epithets;
import org.itkg.extract.Location;
import org.itkg.graph.Vocab;
import org.itkg.query.QueryRunner;

/** Reads from the store the persons and places that have no Wikidata link yet, with what is said of them. */
final class Subjects {
    /** At most this many mentions of one person are read again for what the article says of them. */
    static final int MENTIONS_READ = 12;

    private Subjects() {}

    static List<Subject> unlinked(DatasetGraph store) {
        String q = """
                PREFIX itkg: <https://w3id.org/itkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX owl:  <http://www.w3.org/2002/07/owl#>
                PREFIX org:  <http://www.w3.org/ns/org#>
                PREFIX schema: <https://schema.org/>
                SELECT ?e ?kind ?label ?country ?post ?date WHERE {
                  { GRAPH <https://w3id.org/itkg/graph/entities> { ?e itkg:articleCount ?n } BIND("person" AS ?kind) }
                  UNION { ?e a itkg:Place . BIND("place" AS ?kind) }
                  FILTER NOT EXISTS { ?e owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/")) }
                  { ?e rdfs:label|skos:altLabel ?label }
                  UNION { ?e itkg:country ?country }
                  UNION { ?e org:holds ?post }
                  UNION { ?article schema:mentions ?e ; schema:datePublished ?date }
                } ORDER BY ?e""";
        Map<String, Subject> out = new LinkedHashMap<>();
        ResultSetRewindable rs = Txn.calculateRead(store, () -> QueryRunner.select(store, QueryFactory.create(q)));
        String postBase = Vocab.BASE + "post/";
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String iri = s.getResource("e").getURI();
            String kind = s.getLiteral("kind").getString();
            Subject e = out.computeIfAbsent(iri, k -> new Subject(k, kind, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeSet<>(), new ArrayList<>()));
            if (s.contains("label")) {
                var label = s.getLiteral("label");
                String lang = label.getLanguage().isEmpty() ? "en" : label.getLanguage();
                String text = label.getString().strip();
                if (!e.isPerson() || text.contains(" ")) e.labels().putIfAbsent(text, lang);
                if (!e.isPerson()) Location.named(text).map(Location::country).ifPresent(c -> e.states().putIfAbsent(c, Subject.STORE));
            }
            if (s.contains("country")) e.states().putIfAbsent(Wikidata.tail(s.getResource("country").getURI()), Subject.STORE);
            if (s.contains("post") && s.getResource("post").getURI().startsWith(postBase)) {
                String[] path = s.getResource("post").getURI().substring(postBase.length()).split("/", 2);
                e.states().put(path[0], Subject.OFFICE);
                if (path.length > 1) e.offices().put(path[1], Subject.STORE);
            }
            if (s.contains("date")) {
                try {
                    e.dates().add(LocalDate.parse(s.getLiteral("date").getLexicalForm().substring(0, 10)));
                } catch (DateTimeParseException | StringIndexOutOfBoundsException ignored) {
                    // an article with no readable date says nothing of the period
                }
            }
        }
        out.values().removeIf(e -> e.labels().isEmpty());
        for (Subject e : out.values())
            if (e.isPerson()) readArticles(store, e);
        return new ArrayList<>(out.values());
    }

    /**
     * What the sentences naming the person say of them: states and offices the store lacks, among them a
     * state the extraction only inferred may be set against (the article's wording is read per article once).
     */
    private static void readArticles(DatasetGraph store, Subject e) {
        Txn.executeRead(store, () -> {
            Node person = NodeFactory.createURI(e.iri());
            Map<Node, List<int[]>> spans = new LinkedHashMap<>();
            int read = 0;
            var mentions = store.find(Node.ANY, Node.ANY, Vocab.P_MENTION_OF, person);
            while (mentions.hasNext() && read < MENTIONS_READ) {
                Quad m = mentions.next();
                var evidence = store.find(m.getGraph(), m.getSubject(), Vocab.P_EVIDENCE, Node.ANY);
                while (evidence.hasNext() && read < MENTIONS_READ) {
                    Node ev = evidence.next().getObject();
                    Integer start = integer(store, m.getGraph(), ev, Vocab.OA_START), end = integer(store, m.getGraph(), ev, Vocab.OA_END);
                    if (start == null || end == null || start > end) continue;
                    spans.computeIfAbsent(m.getGraph(), g -> new ArrayList<>()).add(new int[] {start, end});
                    read++;
                }
            }
            Set<String> states = new LinkedHashSet<>(), offices = new LinkedHashSet<>();
            Map<Node, String> texts = new LinkedHashMap<>();
            Map<Node, Epithets> readers = new LinkedHashMap<>();
            spans.forEach((graph, list) -> {
                var body = store.find(graph, graph, Vocab.SCHEMA_BODY, Node.ANY);
                if (!body.hasNext()) return;
                String text = body.next().getObject().getLiteralLexicalForm();
                Epithets reader = Epithets.of(text);
                texts.put(graph, text);
                readers.put(graph, reader);
                for (int[] span : list) {
                    if (span[1] > text.length()) continue;
                    Epithets.Said said = reader.around(span[0], span[1]);
                    states.addAll(said.states());
                    offices.addAll(said.offices());
                    for (String how : said.how()) if (!e.said().contains(how)) e.said().add(how);
                }
            });
            for (String s : states) e.states().putIfAbsent(s, Subject.ARTICLE);
            if (!e.offices().containsValue(Subject.STORE))
                for (Node graph : readers.keySet()) offices.addAll(officesApart(store, graph, texts.get(graph), readers.get(graph), person, e));
            for (String o : offices) e.offices().putIfAbsent(o, Subject.ARTICLE);
        });
    }

    /**
     * "Turkey's trade minister arrived in Tehran. X, speaking ...": an office the article names for one of the
     * person's states with no name against it is theirs when no other person the article names of that state
     * is left without an office.
     */
    private static List<String> officesApart(DatasetGraph store, Node graph, String text, Epithets reader, Node person, Subject e) {
        List<int[]> names = new ArrayList<>();
        Set<String> untitled = new LinkedHashSet<>(); // states of the others named with no office
        Set<Node> others = new LinkedHashSet<>();
        store.find(graph, Node.ANY, Vocab.P_MENTION_OF, Node.ANY).forEachRemaining(m -> {
            if (!m.getObject().equals(person)) others.add(m.getObject());
            store.find(graph, m.getSubject(), Vocab.P_EVIDENCE, Node.ANY).forEachRemaining(ev -> {
                Integer start = integer(store, graph, ev.getObject(), Vocab.OA_START), end = integer(store, graph, ev.getObject(), Vocab.OA_END);
                if (start != null && end != null && start <= end && end <= text.length()) names.add(new int[] {start, end});
            });
        });
        for (Node other : others)
            if (!store.find(graph, other, Vocab.ORG_HOLDS, Node.ANY).hasNext())
                store.find(graph, other, Vocab.P_COUNTRY, Node.ANY).forEachRemaining(c -> untitled.add(Wikidata.tail(c.getObject().getURI())));
        List<String> out = new ArrayList<>();
        for (Epithets.Apart a : reader.titlesApart(names)) {
            if (!e.states().containsKey(a.state()) || untitled.contains(a.state()) || out.contains(a.office())) continue;
            out.add(a.office());
            e.said().add(a.words() + " with no name against it, the article's only person of " + a.state() + " without an office");
        }
        return out;
    }

    private static Integer integer(DatasetGraph store, Node g, Node s, Node p) {
        var it = store.find(g, s, p, Node.ANY);
        if (!it.hasNext()) return null;
        Object v = it.next().getObject().getLiteralValue();
        return v instanceof Number n ? n.intValue() : null;
    }
}
