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
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * A SPARQL file with a grlc-style header:
 * <pre>
 * #+ summary: Events in date order
 * #+ description: ...
 * #+ tags: [timeline]
 * #+ pagination: 100
 * #+ defaults:
 * #+   - limit: 500
 * #+ params:
 * #+   - topic: a topic code (trade, border-security ...)
 * </pre>
 * Its parameters are its variables that start with {@code ?_} (required) or {@code ?__} (optional); see
 * {@link Parameter}. A call binds them as RDF terms in a {@code VALUES} block put first in the query's
 * top-level group, so a value never becomes query text, and a parameter left out is unbound there
 * ({@code FILTER(!BOUND(?__from) || ?date >= ?__from)}). The same block goes first in every sub-select, at
 * any depth, so that a sub-select can filter on the parameters before it orders and cuts.
 * <p>
 * With {@code pagination: N} (as in grlc), a call reads N rows at a time: the parameter {@code page} (1, the
 * default, is the first) sets LIMIT N and OFFSET on the first sub-select of the top-level group that has an
 * ORDER BY, else on the query itself, so that a query can pick a page of rows before it joins their details.
 */
public final class SavedQuery {
    private final String name;
    private final String summary;
    private final String description;
    private final List<String> tags;
    private final List<Parameter> parameters;
    private final String text;
    private final Query parsed;
    private final int pagination;

    private SavedQuery(String name, String summary, String description, List<String> tags, List<Parameter> parameters,
                       String text, Query parsed, int pagination) {
        this.name = name;
        this.summary = summary;
        this.description = description;
        this.tags = tags;
        this.parameters = parameters;
        this.text = text;
        this.parsed = parsed;
        this.pagination = pagination;
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
        if (h.pagination > 0)
            params.put(PAGE, new Parameter(PAGE, null, false, "integer", null, "1", "the page of " + h.pagination + " rows to read, 1 for the first"));
        return new SavedQuery(name, h.summary != null ? h.summary : name, h.description, h.tags,
                List.copyOf(params.values()), text, q, h.pagination);
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

    /** Rows per page, 0 when the query is read whole. */
    public int pagination() { return pagination; }

    private static final String PAGE = "page";

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
        values = ParameterValues.check(values, byName.keySet());
        Query q = parsed.cloneQuery();
        if (parameters.isEmpty()) return q;
        List<Var> vars = new ArrayList<>();
        BindingBuilder row = BindingBuilder.create();
        for (Parameter p : parameters) {
            if (p.variable() == null) continue; // the page, which is no variable
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
        // every sub-select at any depth, so that a branch of a UNION written as a sub-select can test the
        // parameters before it reads anything
        ElementWalker.walk(group, new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery sub) {
                if (sub.getQuery().getQueryPattern() instanceof ElementGroup g) {
                    g.getElements().add(0, data);
                    ElementWalker.walk(g, this);
                }
            }
        });
        if (pagination > 0) page(q, group, values.getOrDefault(PAGE, "1"));
        return q;
    }

    private void page(Query q, ElementGroup group, String value) {
        long page;
        try {
            page = Long.parseLong(value);
        } catch (NumberFormatException e) {
            page = 0;
        }
        if (page < 1 || page > Integer.MAX_VALUE) throw new IllegalArgumentException("parameter page: not a page number (1, 2, ...): " + value);
        Query target = q;
        for (Element e : group.getElements())
            if (e instanceof ElementSubQuery sub && sub.getQuery().hasOrderBy()) {
                target = sub.getQuery();
                break;
            }
        target.setLimit(pagination);
        if (page > 1) target.setOffset((page - 1) * pagination);
    }

    /** The {@code #+} header lines of a saved query, a small subset of YAML: scalars, lists and one-key maps. */
    private static final class Header {
        String summary;
        String description;
        List<String> tags = new ArrayList<>();
        final Map<String, String> defaults = new LinkedHashMap<>();
        final Map<String, String> params = new LinkedHashMap<>();
        int pagination;

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
                    case "pagination" -> {
                        try {
                            h.pagination = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("pagination: not a number of rows: " + value);
                        }
                    }
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
