package org.itkg.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether an office item's label (Wikidata P39) names one of itkg's posts: both are read as position and
 * portfolio codes ({@code offices.json}), so "Minister of National Defence" is the post minister/defense
 * and "Chief of the General Staff" a commander's, whatever the spelling.
 */
final class Offices {
    /** An office label read as codes. */
    record Read(Set<String> positions, Set<String> portfolios) {}

    private static final Offices INSTANCE = load();

    private final Map<String, String> spellings;
    private final Map<String, String> positionOf = new HashMap<>(); // phrase → position
    private final Map<String, String> portfolioOf = new HashMap<>(); // phrase → portfolio
    private final int longest;

    private Offices(Map<String, String> spellings, Map<String, List<String>> positions, Map<String, List<String>> portfolios) {
        this.spellings = spellings;
        int max = 1;
        for (var e : positions.entrySet())
            for (String p : e.getValue()) {
                String w = words(p);
                positionOf.put(w, e.getKey());
                max = Math.max(max, w.split(" ").length);
            }
        for (var e : portfolios.entrySet())
            for (String p : e.getValue()) {
                String w = words(p);
                portfolioOf.put(w, e.getKey());
                max = Math.max(max, w.split(" ").length);
            }
        this.longest = max;
    }

    static Offices get() {
        return INSTANCE;
    }

    /** Whether the office labelled {@code label} is the post {@code position[/portfolio]}. */
    boolean names(String label, String post) {
        String[] parts = post.split("/");
        Read r = read(label);
        if (!r.positions().contains(parts[0])) return false;
        // "other": a body no portfolio names (a research centre, a bank), which any office label may name
        return parts.length < 2 || parts[1].equals("other") || r.portfolios().contains(parts[1]);
    }

    /** The positions (longest phrase first, left to right) and portfolios a label names. */
    Read read(String label) {
        String[] w = words(label).split(" ");
        Set<String> positions = new TreeSet<>(), portfolios = new TreeSet<>();
        for (int i = 0; i < w.length; ) {
            int took = 0;
            for (int n = Math.min(longest, w.length - i); n >= 1 && took == 0; n--) {
                String phrase = String.join(" ", java.util.Arrays.asList(w).subList(i, i + n));
                if (positionOf.containsKey(phrase)) {
                    positions.add(positionOf.get(phrase));
                    took = n;
                }
            }
            i += Math.max(1, took);
        }
        for (int i = 0; i < w.length; i++)
            for (int n = 1; n <= Math.min(longest, w.length - i); n++) {
                String p = portfolioOf.get(String.join(" ", java.util.Arrays.asList(w).subList(i, i + n)));
                if (p != null) portfolios.add(p);
            }
        return new Read(positions, portfolios);
    }

    /** Lower case, no marks, Arabic letter forms as Persian ones, hyphens and joiners as spaces, words respelled. */
    String words(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) continue;
            if (c == 'ı' || c == 'İ') c = 'i';
            else if (c == 'ي' || c == 'ى' || c == 'ئ') c = 'ی';
            else if (c == 'ك') c = 'ک';
            b.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
        }
        List<String> out = new ArrayList<>();
        for (String w : b.toString().trim().split("\\s+")) if (!w.isEmpty()) out.add(spellings == null ? w : spellings.getOrDefault(w, w));
        return String.join(" ", out);
    }

    private static Offices load() {
        try (InputStream in = Offices.class.getResourceAsStream("offices.json")) {
            JsonNode n = new ObjectMapper().readTree(in);
            Map<String, String> spellings = new HashMap<>();
            n.get("spellings").fields().forEachRemaining(e -> spellings.put(e.getKey(), e.getValue().asText()));
            Offices plain = new Offices(spellings, Map.of(), Map.of());
            Map<String, List<String>> positions = new HashMap<>(), portfolios = new HashMap<>();
            n.get("positions").fields().forEachRemaining(e -> e.getValue().forEach(v -> positions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(plain.words(v.asText()))));
            n.get("portfolios").fields().forEachRemaining(e -> e.getValue().forEach(v -> portfolios.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(plain.words(v.asText()))));
            return new Offices(spellings, positions, portfolios);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
