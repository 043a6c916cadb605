package org.itkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * A SPARQL file with a grlc-style header:
 * <pre>
 * #+ summary: Events in date order
 * #+ description: ...
 * #+ tags: [timeline]
 * #+ defaults:
 * #+   - limit: 500
 * #+ params:
 * #+   - topic: a topic code (trade, border-security ...)
 * </pre>
 * Its parameters are its variables that start with {@code ?_} (required) or {@code ?__} (optional); see
 * {@link Parameter}. A call binds them as RDF terms in a {@code VALUES} block put first in the query's
 * top-level group, so a value never becomes query text, and a parameter left out is unbound there
 * ({@code FILTER(!BOUND(?__from) || ?date >= ?__from)}).
 */
public final class SavedQuery {
    private final String name;
    private final String summary;
    private final String description;
    private final List<String> tags;
    private final List<Parameter> parameters;
    private final String text;
    private final Query parsed;

    private SavedQuery(String name, String summary, String description, List<String> tags, List<Parameter> parameters,
                       String text, Query parsed) {
        this.name = name;
        this.summary = summary;
        this.description = description;
        this.tags = tags;
        this.parameters = parameters;
        this.text = text;
        this.parsed = parsed;
    }

    /** Parses a saved query; a query that does not parse is an error naming it. */
    public static SavedQuery parse(String name, String text) {
        Header h = Header.read(text);
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("saved query " + name + " does not parse: " + e.getMessage(), e);
        }
        Map<String, Parameter> params = new LinkedHashMap<>();
        for (String v : variables(text)) {
            Parameter p = Parameter.of(v);
            if (!params.containsKey(p.name())) params.put(p.name(), p.with(h.defaults.get(p.name()), h.params.get(p.name())));
        }
        return new SavedQuery(name, h.summary != null ? h.summary : name, h.description, h.tags,
                List.copyOf(params.values()), text, q);
    }

    private static List<String> variables(String text) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?$](__?[A-Za-z][A-Za-z0-9_]*)").matcher(stripComments(text));
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static String stripComments(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n")) if (!line.stripLeading().startsWith("#")) b.append(line).append('\n');
        return b.toString();
    }

    public String name() { return name; }

    public String summary() { return summary; }

    public String description() { return description; }

    public List<String> tags() { return tags; }

    public List<Parameter> parameters() { return parameters; }

    public String text() { return text; }

    /**
     * The query with {@code values} bound. Unknown names, missing required parameters and values not of
     * their parameter's type are errors (IllegalArgumentException with a message for the caller).
     */
    public Query bind(Map<String, String> values) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (Parameter p : parameters) byName.put(p.name(), p);
        for (String k : values.keySet())
            if (!byName.containsKey(k)) throw new IllegalArgumentException("query " + name + " has no parameter " + k
                    + (byName.isEmpty() ? "" : " (parameters: " + String.join(", ", byName.keySet()) + ")"));
        Query q = parsed.cloneQuery();
        if (parameters.isEmpty()) return q;
        List<Var> vars = new ArrayList<>();
        BindingBuilder row = BindingBuilder.create();
        for (Parameter p : parameters) {
            Var v = Var.alloc(p.variable());
            vars.add(v);
            String value = values.containsKey(p.name()) ? values.get(p.name()) : p.defaultValue();
            if (value == null || value.isEmpty()) {
                if (p.required()) throw new IllegalArgumentException("query " + name + " needs parameter " + p.name());
                continue;
            }
            Node term = p.term(value, q.getPrefixMapping());
            row.add(v, term);
        }
        Binding b = row.build();
        ElementData data = new ElementData(vars, List.of(b));
        Element where = q.getQueryPattern();
        ElementGroup group;
        if (where instanceof ElementGroup g) {
            group = g;
        } else {
            group = new ElementGroup();
            if (where != null) group.addElement(where);
            q.setQueryPattern(group);
        }
        group.getElements().add(0, data);
        return q;
    }

    /** The {@code #+} header lines of a saved query, a small subset of YAML: scalars, lists and one-key maps. */
    private static final class Header {
        String summary;
        String description;
        List<String> tags = new ArrayList<>();
        final Map<String, String> defaults = new LinkedHashMap<>();
        final Map<String, String> params = new LinkedHashMap<>();

        static Header read(String text) {
            Header h = new Header();
            String section = null;
            for (String raw : text.split("\n")) {
                String line = raw.strip();
                if (!line.startsWith("#+")) continue;
                String body = line.substring(2);
                String item = body.strip();
                if (item.startsWith("- ") && section != null) {
                    String entry = item.substring(2).strip();
                    int colon = entry.indexOf(':');
                    switch (section) {
                        case "tags" -> h.tags.add(unquote(entry));
                        case "defaults" -> { if (colon > 0) h.defaults.put(entry.substring(0, colon).strip(), unquote(entry.substring(colon + 1).strip())); }
                        case "params" -> { if (colon > 0) h.params.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip()); }
                        default -> { }
                    }
                    continue;
                }
                int colon = item.indexOf(':');
                if (colon < 0) continue;
                String key = item.substring(0, colon).strip();
                String value = item.substring(colon + 1).strip();
                section = key;
                switch (key) {
                    case "summary" -> h.summary = value;
                    case "description" -> h.description = value;
                    case "tags" -> {
                        if (value.startsWith("[")) for (String t : value.replaceAll("[\\[\\]]", "").split(","))
                            if (!t.isBlank()) h.tags.add(unquote(t.strip()));
                    }
                    default -> { }
                }
            }
            return h;
        }

        private static String unquote(String s) {
            return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))
                    ? s.substring(1, s.length() - 1) : s;
        }
    }
}
