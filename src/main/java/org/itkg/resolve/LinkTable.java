package org.itkg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The offline table of itkg entities and the Wikidata items they are ({@code wikidata-links.tsv} beside
 * this class): only identifiers checked by hand.
 */
public final class LinkTable {
    private static final Map<String, String> LINKS = read();

    private LinkTable() {}

    /** Entity path under the itkg base (country/IR, place/tehran, person/…) → Wikidata item id (Q794). */
    public static Map<String, String> links() {
        return LINKS;
    }

    private static Map<String, String> read() {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = LinkTable.class.getResourceAsStream("wikidata-links.tsv")) {
            if (in == null) throw new IllegalStateException("missing from the classpath: wikidata-links.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 2 || !f[1].matches("Q[0-9]+")) throw new IllegalStateException("wikidata-links.tsv: bad line: " + line);
                m.put(f[0], f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(m);
    }
}
