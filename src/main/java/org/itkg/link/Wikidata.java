package org.itkg.link;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;

/**
 * Asks a Wikidata-shaped endpoint in two steps: which items carry one of the asked spellings as a label or
 * an alias, then what those items are (class, citizenship, state, offices with their periods, birth and
 * death, every label and alias in fa, en, tr and mul). Both requests go in batches whose size keeps a
 * request small enough for the public service.
 */
final class Wikidata {
    /** Literals per label request, items per fact request. */
    static final int LITERALS = 600, ITEMS = 40;
    static final List<String> LATIN_LANGS = List.of("en", "tr", "mul"), PERSIAN_LANGS = List.of("fa");

    private final SparqlClient client;

    Wikidata(SparqlClient client) {
        this.client = client;
    }

    /** The items that carry one of {@code literals} ("text"@lang, already escaped) as a label or an alias. */
    List<String> itemsLabelled(Collection<String> literals) throws IOException {
        List<String> all = new ArrayList<>(literals);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < all.size(); i += LITERALS) {
            String q = """
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT DISTINCT ?item WHERE {
                      VALUES ?label { %s }
                      ?item rdfs:label|skos:altLabel ?label .
                    }""".formatted(String.join(" ", all.subList(i, Math.min(all.size(), i + LITERALS))));
            ResultSetRewindable rs = client.select(q);
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                if (s.get("item").isURIResource() && !items.contains(s.getResource("item").getURI())) items.add(s.getResource("item").getURI());
            }
        }
        return items;
    }

    /** What the endpoint says of each item. */
    Map<String, Item> facts(List<String> items) throws IOException {
        Map<String, Item> out = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i += ITEMS) {
            StringBuilder values = new StringBuilder();
            List<String> batch = items.subList(i, Math.min(items.size(), i + ITEMS));
            for (String it : batch) values.append('<').append(it).append("> ");
            String q = """
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    PREFIX wdt:  <http://www.wikidata.org/prop/direct/>
                    PREFIX p:    <http://www.wikidata.org/prop/>
                    PREFIX ps:   <http://www.wikidata.org/prop/statement/>
                    PREFIX pq:   <http://www.wikidata.org/prop/qualifier/>
                    SELECT ?item ?p ?v ?text ?start ?end WHERE {
                      VALUES ?item { %s}
                      { ?item wdt:P31 ?v BIND("P31" AS ?p) }
                      UNION { ?item wdt:P27 ?v BIND("P27" AS ?p) }
                      UNION { ?item wdt:P17 ?v BIND("P17" AS ?p) }
                      UNION { ?item wdt:P39 ?v BIND("P39" AS ?p)
                              OPTIONAL { ?v rdfs:label ?text FILTER(LANG(?text) IN ("en", "mul", "tr", "fa")) } }
                      UNION { ?item p:P39 ?st . ?st ps:P39 ?v BIND("P39q" AS ?p)
                              OPTIONAL { ?st pq:P580 ?start } OPTIONAL { ?st pq:P582 ?end } }
                      UNION { ?item wdt:P569 ?start BIND("P569" AS ?p) }
                      UNION { ?item wdt:P570 ?end BIND("P570" AS ?p) }
                      UNION { ?item rdfs:label|skos:altLabel ?text BIND("label" AS ?p)
                              FILTER(LANG(?text) IN ("fa", "en", "tr", "mul")) }
                    }""".formatted(values);
            ResultSetRewindable rs = client.select(q);
            Map<String, Map<String, String>> positionLabels = new LinkedHashMap<>();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                if (!s.contains("item") || !s.contains("p")) continue;
                Item it = out.computeIfAbsent(s.getResource("item").getURI(), Item::new);
                String v = s.contains("v") && s.get("v").isURIResource() ? s.getResource("v").getURI() : null;
                switch (s.getLiteral("p").getString()) {
                    case "P31" -> { if (v != null) it.types.add(tail(v)); }
                    case "P27" -> { if (v != null) it.citizenship.add(tail(v)); }
                    case "P17" -> { if (v != null) it.countries.add(tail(v)); }
                    case "P39" -> {
                        if (v == null) break;
                        String label = s.contains("text") ? s.getLiteral("text").getString() : null;
                        String lang = s.contains("text") ? s.getLiteral("text").getLanguage() : "";
                        Map<String, String> byLang = positionLabels.computeIfAbsent(v, k -> new LinkedHashMap<>());
                        if (label != null) byLang.putIfAbsent(lang, label);
                        it.office(v, null, null, null);
                    }
                    case "P39q" -> { if (v != null) it.office(v, null, date(s, "start"), date(s, "end")); }
                    case "P569" -> it.born = date(s, "start");
                    case "P570" -> it.died = date(s, "end");
                    case "label" -> it.labels.putIfAbsent(s.getLiteral("text").getString(), s.getLiteral("text").getLanguage());
                    default -> { }
                }
            }
            // an office's label, English first: the office's own item when it has no label asked for
            for (String iri : batch) {
                Item it = out.get(iri);
                if (it == null) continue;
                for (int k = 0; k < it.offices.size(); k++) {
                    Item.Office o = it.offices.get(k);
                    Map<String, String> byLang = positionLabels.getOrDefault(o.item(), Map.of());
                    String label = byLang.getOrDefault("en", byLang.values().stream().findFirst().orElse(null));
                    if (o.label() == null && label != null) it.offices.set(k, new Item.Office(o.item(), label, o.start(), o.end()));
                }
            }
        }
        return out;
    }

    private static LocalDate date(QuerySolution s, String var) {
        if (!s.contains(var) || !s.get(var).isLiteral()) return null;
        String lex = s.getLiteral(var).getLexicalForm();
        try {
            return lex.length() >= 10 && !lex.startsWith("-") ? LocalDate.parse(lex.substring(0, 10)) : null;
        } catch (DateTimeParseException e) {
            return null; // a date that is no calendar day says nothing of the period
        }
    }

    static String tail(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }
}
