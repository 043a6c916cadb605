package org.itkg.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.shared.PrefixMapping;

/**
 * A parameter of a saved query, declared the grlc way by a variable of the query: {@code ?_topic_iri} is a
 * required IRI named {@code topic}, {@code ?__from_xsd_date} an optional date named {@code from}. Types:
 * {@code iri}, {@code xsd_date}, {@code xsd_integer}, a language tag ({@code _fa}, {@code _en}: a
 * language-tagged string), or none (a plain string).
 *
 * @param name        the name a caller uses ({@code topic})
 * @param variable    the variable of the query ({@code __topic_iri})
 * @param required    whether a call must give it
 * @param type        iri, date, integer, lang or string
 * @param language    the language tag of a {@code lang} parameter, else null
 * @param defaultValue the value used when a call gives none, from the header's {@code defaults}, or null
 * @param description what the parameter means, from the header's {@code params}, or null
 */
public record Parameter(String name, String variable, boolean required, String type, String language,
                        String defaultValue, String description) {
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

    static Parameter of(String variable) {
        boolean required = !variable.startsWith("__");
        String rest = variable.substring(required ? 1 : 2);
        String type = "string";
        String language = null;
        if (rest.endsWith("_iri")) {
            type = "iri";
            rest = rest.substring(0, rest.length() - 4);
        } else if (rest.endsWith("_xsd_date")) {
            type = "date";
            rest = rest.substring(0, rest.length() - 9);
        } else if (rest.endsWith("_xsd_integer")) {
            type = "integer";
            rest = rest.substring(0, rest.length() - 12);
        } else {
            int u = rest.lastIndexOf('_');
            if (u > 0 && LANG.matcher(rest.substring(u + 1)).matches()) {
                type = "lang";
                language = rest.substring(u + 1);
                rest = rest.substring(0, u);
            }
        }
        return new Parameter(rest, variable, required, type, language, null, null);
    }

    Parameter with(String defaultValue, String description) {
        return new Parameter(name, variable, required, type, language,
                defaultValue != null ? defaultValue : this.defaultValue, description != null ? description : this.description);
    }

    /**
     * The RDF term for {@code value}. An IRI may be written whole, prefixed by a prefix of the query
     * ({@code topic:trade}), or bare ({@code trade}), which takes the prefix named like the parameter.
     *
     * @throws IllegalArgumentException naming the parameter, when the value is not of its type
     */
    Node term(String value, PrefixMapping prefixes) {
        switch (type) {
            case "iri" -> {
                String iri = expand(value, prefixes);
                if (iri == null || !IRIs.check(iri) || !iri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|^`\\\\]*"))
                    throw new IllegalArgumentException("parameter " + name + ": not an IRI: " + value);
                return NodeFactory.createURI(iri);
            }
            case "date" -> {
                try {
                    return NodeFactory.createLiteralDT(LocalDate.parse(value).toString(), XSDDatatype.XSDdate);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("parameter " + name + ": not a date (YYYY-MM-DD): " + value);
                }
            }
            case "integer" -> {
                if (!INTEGER.matcher(value).matches())
                    throw new IllegalArgumentException("parameter " + name + ": not an integer: " + value);
                return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
            }
            case "lang" -> {
                return NodeFactory.createLiteralLang(value, language);
            }
            default -> {
                return NodeFactory.createLiteralString(value);
            }
        }
    }

    private String expand(String value, PrefixMapping prefixes) {
        int colon = value.indexOf(':');
        if (colon < 0) {
            String ns = prefixes.getNsPrefixURI(name);
            return ns == null ? null : ns + value;
        }
        String ns = prefixes.getNsPrefixURI(value.substring(0, colon));
        return ns != null ? ns + value.substring(colon + 1) : value;
    }
}
