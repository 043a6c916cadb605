package org.itkg.graph;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints IRIs. Things that exist beyond one article (persons, places, countries, offices, topics) get IRIs
 * from normalised names, so the same person named in two articles is one node; things of one article
 * (events, evidence) get IRIs under the article's id.
 */
public final class Iris {
    private Iris() {}

    public static Node article(String id) {
        return iri("article/" + enc(id));
    }

    /** A person by the key the extraction gave: a known person's id, else the folded name. */
    public static Node person(String key) {
        return iri("person/" + enc(key));
    }

    /** A pair of persons the resolution kept apart, for review. */
    public static Node candidate(String left, String right) {
        return iri("candidate/" + enc(left) + "/" + enc(right));
    }

    /** The key of an article's n-th event, from which its IRI is made and merges are redone. */
    public static String reportKey(String articleId, int n) {
        return articleId + "/" + n;
    }

    /** The IRI of the event with that report key. */
    public static Node eventByKey(String reportKey) {
        int slash = reportKey.lastIndexOf('/');
        return event(reportKey.substring(0, slash), Integer.parseInt(reportKey.substring(slash + 1)));
    }

    public static Node country(String code) {
        return iri("country/" + code);
    }

    public static Node place(String englishName) {
        return iri("place/" + slug(englishName));
    }

    public static Node topic(String code) {
        return iri("topic/" + code);
    }

    public static Node position(String position) {
        return iri("position/" + position);
    }

    public static Node portfolio(String portfolio) {
        return iri("portfolio/" + portfolio);
    }

    /** An office: one post per state, position and portfolio (Turkey's interior minister). */
    public static Node post(String country, String position, String portfolio) {
        return iri("post/" + postKey(country, position, portfolio));
    }

    /** An office as {@code country/position[/portfolio]}, the path of its post IRI. */
    public static String postKey(String country, String position, String portfolio) {
        return (country == null ? "XX" : country) + "/" + position + (portfolio == null ? "" : "/" + portfolio);
    }

    /** The key a person of an extraction is named by: a known person's id, else the slug of the name. */
    public static String personKey(String knownId, String name) {
        return knownId != null ? knownId : fold(name);
    }

    /** The body an office belongs to: a state's ministry for a portfolio, else its government. */
    public static Node organization(String country, String portfolio) {
        return iri("organization/" + (country == null ? "XX" : country) + "/" + (portfolio == null ? "government" : portfolio));
    }

    public static Node source(String name) {
        return iri("source/" + slug(name));
    }

    public static Node event(String articleId, int n) {
        return iri("event/" + enc(articleId) + "/" + n);
    }

    public static Node local(String kind, String articleId, String suffix) {
        return iri(kind + "/" + enc(articleId) + "/" + suffix);
    }

    /**
     * A key from a name that survives the variants news text produces: Unicode compatibility forms, Arabic
     * letter variants, ZWNJ and spacing, case and Latin diacritics. Persian letters stay Persian: an IRI may
     * hold them.
     */
    public static String slug(String name) {
        return enc(fold(name));
    }

    /** The slug before percent-encoding: what names are compared by. */
    public static String fold(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < n.length(); i++) {
            char c = fold(n.charAt(i));
            if (c == 0) continue;
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
                dash = false;
            } else if (!dash && b.length() > 0 && Character.isWhitespace(c) && isLatinBefore(b)) {
                b.append('-');
                dash = true;
            }
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') b.setLength(b.length() - 1);
        return b.toString();
    }

    /** Latin names keep word breaks as dashes (hakan-fidan); Persian names lose them, as ZWNJ comes and goes. */
    private static boolean isLatinBefore(StringBuilder b) {
        return b.charAt(b.length() - 1) < '\u0250';
    }

    private static char fold(char c) {
        switch (c) {
            case 'ي': case 'ى': case 'ئ': return 'ی';
            case 'ك': return 'ک';
            case 'ة': case 'ۀ': return 'ه';
            case 'أ': case 'إ': case 'آ': return 'ا';
            case 'ؤ': return 'و';
            case 'ç': return 'c';
            case 'ğ': return 'g';
            case 'ı': return 'i';
            case 'ö': return 'o';
            case 'ş': return 's';
            case 'ü': return 'u';
            case 'â': case 'à': case 'á': return 'a';
            case 'é': case 'è': return 'e';
            case 'î': return 'i';
            case 'û': return 'u';
            case '\u200c': case '\u200d': case '\u0640': return 0;
            default:
        }
        if (c >= '\u064B' && c <= '\u065F' || c == '\u0670') return 0;
        return c;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(Vocab.BASE + path);
    }
}
