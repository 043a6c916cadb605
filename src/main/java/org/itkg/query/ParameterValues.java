package org.itkg.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;

/**
 * What the values of saved-query parameters may be, by parameter name ({@code parameter-values.json}): a
 * month that is not a month, a topic that is no topic, a status that does not exist answer a 400 naming
 * the parameter instead of an empty 200 that reads as "nothing happened". A Solar Hijri month (1404-08) is
 * turned into the days it spans, {@code from} and {@code to}.
 */
final class ParameterValues {
    private record Rule(Pattern pattern, Set<String> values, String hint) {}

    private static final Map<String, Rule> RULES = load();
    private static final Pattern SOLAR_HIJRI_MONTH = Pattern.compile("(1[34]\\d\\d)-(0[1-9]|1[0-2])");

    private ParameterValues() {}

    /**
     * The values to bind: {@code values} checked, with a Solar Hijri month replaced by its days when the
     * query takes {@code from} and {@code to}.
     *
     * @throws IllegalArgumentException naming the parameter whose value does not fit
     */
    static Map<String, String> check(Map<String, String> values, Set<String> parameterNames) {
        Map<String, String> out = new LinkedHashMap<>(values);
        String month = values.get("month");
        if (month != null && SOLAR_HIJRI_MONTH.matcher(month).matches() && parameterNames.contains("from") && parameterNames.contains("to")) {
            if (values.containsKey("from") || values.containsKey("to"))
                throw new IllegalArgumentException("parameter month: give a month or from/to, not both");
            LocalDate[] days = solarHijriMonth(month);
            out.remove("month");
            out.put("from", days[0].toString());
            out.put("to", days[1].toString());
        }
        for (Map.Entry<String, String> e : out.entrySet()) {
            Rule r = RULES.get(e.getKey());
            String v = e.getValue();
            if (r == null || v == null || v.isEmpty()) continue;
            if (r.pattern() != null && !r.pattern().matcher(v).matches() && !isIri(v))
                throw new IllegalArgumentException("parameter " + e.getKey() + ": not " + r.hint() + ": " + v);
            if (r.values() != null && !r.values().contains(lastSegment(v)))
                throw new IllegalArgumentException("parameter " + e.getKey() + ": not one of " + String.join(", ", r.values()) + ": " + v);
        }
        String from = out.get("from"), to = out.get("to");
        if (from != null && to != null && from.compareTo(to) > 0 && from.length() == 10 && to.length() == 10)
            throw new IllegalArgumentException("parameter from: " + from + " is after to: " + to);
        return out;
    }

    /** The first and last Gregorian day of a Solar Hijri month, {@code YYYY-MM}. */
    static LocalDate[] solarHijriMonth(String month) {
        int y = Integer.parseInt(month.substring(0, 4)), m = Integer.parseInt(month.substring(5, 7));
        PersianCalendar c = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        c.clear();
        c.set(y, m - 1, 1);
        LocalDate first = gregorian(c);
        c.add(PersianCalendar.MONTH, 1);
        return new LocalDate[] {first, gregorian(c).minusDays(1)};
    }

    private static LocalDate gregorian(PersianCalendar c) {
        com.ibm.icu.util.GregorianCalendar g = new com.ibm.icu.util.GregorianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        g.setTime(c.getTime());
        return LocalDate.of(g.get(com.ibm.icu.util.Calendar.YEAR), g.get(com.ibm.icu.util.Calendar.MONTH) + 1, g.get(com.ibm.icu.util.Calendar.DAY_OF_MONTH));
    }

    private static boolean isIri(String v) {
        return v.startsWith("http://") || v.startsWith("https://");
    }

    private static String lastSegment(String v) {
        int cut = Math.max(v.lastIndexOf('/'), Math.max(v.lastIndexOf('#'), v.lastIndexOf(':')));
        return v.substring(cut + 1);
    }

    private static Map<String, Rule> load() {
        try (InputStream in = ParameterValues.class.getResourceAsStream("parameter-values.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Rule> rules = new HashMap<>();
            root.fields().forEachRemaining(e -> {
                if (e.getKey().startsWith("_")) return;
                JsonNode r = e.getValue();
                Set<String> values = null;
                if (r.has("values")) {
                    values = new LinkedHashSet<>();
                    for (JsonNode v : r.get("values")) values.add(v.asText());
                } else if (r.has("scheme")) {
                    values = notations(r.get("scheme").asText());
                }
                rules.put(e.getKey(), new Rule(r.has("pattern") ? Pattern.compile(r.get("pattern").asText()) : null, values,
                        r.path("hint").asText(e.getKey())));
            });
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The codes ({@code skos:notation}) of a concept scheme on the classpath. */
    private static Set<String> notations(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ParameterValues.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the classpath: " + resource);
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> out = new java.util.TreeSet<>();
        g.find(Node.ANY, SKOS.notation.asNode(), Node.ANY).forEach(t -> out.add(t.getObject().getLiteralLexicalForm()));
        return out;
    }
}
