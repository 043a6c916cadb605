package org.itkg.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.itkg.extract.Location;
import org.itkg.graph.Vocab;
import org.itkg.query.QueryRunner;
import org.itkg.resolve.LinkTable;

/**
 * Finds Wikidata items for the persons and places of the store that have no link yet: asks the endpoint
 * for items with one of the entity's labels, in batches, and scores each by label, class (P31), and for a
 * person citizenship (P27) and offices (P39), for a place its state (P17).
 */
public final class Linker {
    /** One candidate item for one entity, with its score in [0, 1] and how it was reached. */
    public record LinkCandidate(String entity, String item, double score, String reason) {}

    /** An entity to link: its IRI, kind (person or place), labels, state and offices. */
    record Entity(String iri, String kind, Map<String, String> labels, String country, Set<String> offices) {}

    static final int BATCH = 20;
    private static final Map<String, Set<String>> TYPES = types();

    private final SparqlClient client;

    public Linker(SparqlClient client) {
        this.client = client;
    }

    /** The candidates for every unlinked entity of the store, best first per entity. */
    public List<LinkCandidate> candidates(DatasetGraph store) throws IOException {
        List<Entity> entities = unlinked(store);
        List<LinkCandidate> out = new ArrayList<>();
        for (int i = 0; i < entities.size(); i += BATCH) out.addAll(batch(entities.subList(i, Math.min(entities.size(), i + BATCH))));
        return out;
    }

    /** For each entity, the best candidate when it scores above {@code threshold} and no other candidate ties it. */
    public static Map<String, LinkCandidate> accepted(List<LinkCandidate> candidates, double threshold) {
        Map<String, List<LinkCandidate>> byEntity = new TreeMap<>();
        for (LinkCandidate c : candidates) byEntity.computeIfAbsent(c.entity(), k -> new ArrayList<>()).add(c);
        Map<String, LinkCandidate> out = new TreeMap<>();
        byEntity.forEach((e, cs) -> {
            cs.sort(Comparator.comparingDouble(LinkCandidate::score).reversed());
            if (cs.get(0).score() > threshold && (cs.size() == 1 || cs.get(1).score() < cs.get(0).score())) out.put(e, cs.get(0));
        });
        return out;
    }

    List<Entity> unlinked(DatasetGraph store) {
        String q = """
                PREFIX itkg: <https://w3id.org/itkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX owl:  <http://www.w3.org/2002/07/owl#>
                PREFIX org:  <http://www.w3.org/ns/org#>
                SELECT ?e ?kind ?label ?country ?post WHERE {
                  { GRAPH <https://w3id.org/itkg/graph/entities> { ?e itkg:articleCount ?n } BIND("person" AS ?kind) }
                  UNION { ?e a itkg:Place . BIND("place" AS ?kind) }
                  FILTER NOT EXISTS { ?e owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/")) }
                  ?e rdfs:label|skos:altLabel ?label .
                  OPTIONAL { ?e itkg:country ?country }
                  OPTIONAL { ?e org:holds ?post }
                } ORDER BY ?e""";
        Map<String, Entity> out = new LinkedHashMap<>();
        ResultSetRewindable rs = Txn.calculateRead(store, () -> QueryRunner.select(store, org.apache.jena.query.QueryFactory.create(q)));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String iri = s.getResource("e").getURI();
            String kind = s.getLiteral("kind").getString();
            Entity e = out.computeIfAbsent(iri, k -> new Entity(k, kind, new TreeMap<>(), null, new TreeSet<>()));
            var label = s.getLiteral("label");
            String lang = label.getLanguage().isEmpty() ? "en" : label.getLanguage();
            // a surname alone would fetch every namesake: only full names are asked for persons
            if (kind.equals("place") || label.getString().strip().contains(" ")) e.labels().putIfAbsent(label.getString().strip() + "@" + lang, lang);
            if (s.contains("post")) e.offices().add(s.getResource("post").getURI().substring((Vocab.BASE + "post/").length()));
            String country = s.contains("country") ? tail(s.getResource("country").getURI())
                    : kind.equals("place") ? Location.named(label.getString()).map(Location::country).orElse(null) : null;
            if (country != null && e.country() == null) out.put(iri, e = new Entity(iri, kind, e.labels(), country, e.offices()));
        }
        out.values().removeIf(e -> e.labels().isEmpty());
        return new ArrayList<>(out.values());
    }

    private List<LinkCandidate> batch(List<Entity> entities) throws IOException {
        StringBuilder values = new StringBuilder();
        Set<String> asked = new HashSet<>();
        for (Entity e : entities)
            for (String l : e.labels().keySet()) if (asked.add(l)) values.append(literal(l)).append(' ');
        String q = """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX wdt:  <http://www.wikidata.org/prop/direct/>
                SELECT ?label ?item ?type ?citizenship ?country ?positionLabel WHERE {
                  VALUES ?label { %s}
                  ?item rdfs:label ?label .
                  OPTIONAL { ?item wdt:P31 ?type }
                  OPTIONAL { ?item wdt:P27 ?citizenship }
                  OPTIONAL { ?item wdt:P17 ?country }
                  OPTIONAL { ?item wdt:P39 ?position . ?position rdfs:label ?positionLabel FILTER(LANG(?positionLabel) = "en") }
                }""".formatted(values);
        Map<String, Item> items = new TreeMap<>();
        ResultSetRewindable rs = client.select(q);
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String item = s.getResource("item").getURI();
            Item it = items.computeIfAbsent(item, Item::new);
            var label = s.getLiteral("label");
            it.labels.add(label.getString() + "@" + label.getLanguage());
            if (s.contains("type")) it.types.add(tail(s.getResource("type").getURI()));
            if (s.contains("citizenship")) it.citizenship.add(tail(s.getResource("citizenship").getURI()));
            if (s.contains("country")) it.countries.add(tail(s.getResource("country").getURI()));
            if (s.contains("positionLabel")) it.positions.add(s.getLiteral("positionLabel").getString().toLowerCase(Locale.ROOT));
        }
        List<LinkCandidate> out = new ArrayList<>();
        for (Entity e : entities)
            for (Item it : items.values()) {
                Set<String> matched = new TreeSet<>(it.labels);
                matched.retainAll(e.labels().keySet());
                if (!matched.isEmpty()) out.add(score(e, it, matched));
            }
        out.sort(Comparator.comparing(LinkCandidate::entity).thenComparing(Comparator.comparingDouble(LinkCandidate::score).reversed()));
        return out;
    }

    private static final class Item {
        final String iri;
        final Set<String> labels = new TreeSet<>();
        final Set<String> types = new TreeSet<>();
        final Set<String> citizenship = new TreeSet<>();
        final Set<String> countries = new TreeSet<>();
        final Set<String> positions = new TreeSet<>();

        Item(String iri) {
            this.iri = iri;
        }
    }

    static LinkCandidate score(Entity e, Item it, Set<String> matched) {
        List<String> why = new ArrayList<>();
        Set<String> langs = new TreeSet<>();
        for (String m : matched) langs.add(m.substring(m.lastIndexOf('@') + 1));
        double s = 0.4;
        why.add("label " + String.join("/", langs));
        if (langs.size() > 1) s += 0.1;
        Set<String> expected = TYPES.getOrDefault(e.kind(), Set.of());
        boolean typed = it.types.stream().anyMatch(expected::contains);
        if (typed) {
            s += 0.3;
            why.add("class " + e.kind());
        } else if (!it.types.isEmpty()) {
            return new LinkCandidate(e.iri(), it.iri, 0, String.join(", ", why) + ", not a " + e.kind());
        }
        String state = e.country() == null ? null : LinkTable.links().get("country/" + e.country());
        Set<String> itsStates = e.kind().equals("person") ? it.citizenship : it.countries;
        if (state != null && !itsStates.isEmpty()) {
            if (itsStates.contains(state)) {
                s += 0.2;
                why.add((e.kind().equals("person") ? "citizen of " : "in ") + e.country());
            } else {
                s -= 0.3;
                why.add("other state");
            }
        }
        if (e.kind().equals("person") && holdsOneOf(it.positions, e.offices())) {
            s += 0.1;
            why.add("office");
        }
        return new LinkCandidate(e.iri(), it.iri, Math.max(0, Math.min(1, Math.round(s * 100) / 100.0)), String.join(", ", why));
    }

    /** Whether a P39 label names one of the offices (minister + foreign for post/TR/minister/foreign-affairs). */
    private static boolean holdsOneOf(Set<String> positionLabels, Set<String> offices) {
        for (String office : offices) {
            String[] parts = office.split("/");
            String position = parts.length > 1 ? parts[1].replace('-', ' ') : "";
            String portfolio = parts.length > 2 ? parts[2].split("-")[0] : "";
            for (String label : positionLabels) if (label.contains(position) && label.contains(portfolio)) return true;
        }
        return false;
    }

    private static String literal(String labelAtLang) {
        int at = labelAtLang.lastIndexOf('@');
        String text = labelAtLang.substring(0, at).replace("\\", "\\\\").replace("\"", "\\\"");
        return "\"" + text + "\"@" + labelAtLang.substring(at + 1);
    }

    private static String tail(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    private static Map<String, Set<String>> types() {
        try (InputStream in = Linker.class.getResourceAsStream("types.json")) {
            JsonNode n = new ObjectMapper().readTree(in);
            Map<String, Set<String>> m = new TreeMap<>();
            for (String kind : List.of("person", "place")) {
                Set<String> s = new TreeSet<>();
                n.get(kind).forEach(t -> s.add(t.asText()));
                m.put(kind, s);
            }
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
