package org.itkg.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Contact errors by cause over a run: how many gold contacts were missed, typed wrong, given the wrong
 * status or the wrong participants, and how many predictions were spurious, each with its article ids,
 * so that work follows categories rather than single articles.
 */
public final class ContactErrors {
    static final List<String> CAUSES = List.of("missed", "type", "status", "participants", "spurious");
    private final Map<String, List<String>> ids = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    public ContactErrors() {
        for (String c : CAUSES) {
            ids.put(c, new ArrayList<>());
            counts.put(c, 0);
        }
    }

    public void add(ArticleReport r) {
        for (String cause : r.contactCauses) {
            counts.merge(cause, 1, Integer::sum);
            List<String> of = ids.get(cause);
            if (!of.contains(r.id)) of.add(r.id);
        }
    }

    public int count(String cause) {
        return counts.getOrDefault(cause, 0);
    }

    public String table() {
        StringBuilder b = new StringBuilder("contact errors by cause\n");
        for (String c : CAUSES)
            b.append(String.format(java.util.Locale.ROOT, "  %-13s %4d  %s%n", c, counts.get(c), String.join(" ", ids.get(c))));
        return b.toString();
    }
}
