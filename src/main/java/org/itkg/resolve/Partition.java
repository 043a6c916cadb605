package org.itkg.resolve;

import java.util.Map;
import java.util.TreeMap;

/**
 * Keys partitioned into classes of one thing (union-find). The root of a class is its smallest key, so
 * the partition of a set of pairs does not depend on the order they are joined in.
 */
final class Partition {
    private final Map<String, String> parent = new TreeMap<>();

    void add(String key) {
        parent.putIfAbsent(key, key);
    }

    String find(String key) {
        String p = parent.get(key);
        while (!p.equals(parent.get(p))) p = parent.get(p);
        parent.put(key, p);
        return p;
    }

    void join(String a, String b) {
        String ra = find(a), rb = find(b);
        if (ra.equals(rb)) return;
        if (ra.compareTo(rb) < 0) parent.put(rb, ra);
        else parent.put(ra, rb);
    }

    /** Every key with the root of its class, in key order. */
    Map<String, String> roots() {
        Map<String, String> out = new TreeMap<>();
        for (String k : parent.keySet()) out.put(k, find(k));
        return out;
    }

    /** How many keys of {@code canonical} were merged into another key. */
    static int merges(Map<String, String> canonical) {
        int n = 0;
        for (Map.Entry<String, String> e : canonical.entrySet()) if (!e.getKey().equals(e.getValue())) n++;
        return n;
    }
}
