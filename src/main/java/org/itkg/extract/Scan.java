package org.itkg.extract;

import java.util.Arrays;

/**
 * What every gazetteer needs to know of a text before it looks terms up: where words begin and, per
 * gazetteer, which of those words begin with a letter some term begins with and, once walked, the
 * longest term at each. Each article's normalised text is scanned dozens of times (each lexicon, each
 * sentence, each clause); this is computed once per text and travels with it ({@link Text#scan}). Not
 * thread-safe: an article is read on one thread.
 */
final class Scan {
    private final String text;
    private final int[] starts;
    private final char[] heads; // the lower-cased first letter of each word
    private final char[] seconds; // the lower-cased character after it that is not a space, or 0
    private final int[][] candidates = new int[Gazetteer.SLOTS][];
    private final Object[][] hits = new Object[Gazetteer.SLOTS][]; // per candidate: its longest term, once looked up
    private Gazetteer<?> lastUncached; // an article's own gazetteer (its names) is asked once per sentence
    private int[] lastUncachedStarts;

    private Scan(String text) {
        this.text = text;
        int[] out = new int[Math.max(4, text.length() / 4)];
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Letters.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = i;
            }
            inWord = letter;
        }
        this.starts = Arrays.copyOf(out, n);
        this.heads = new char[n];
        this.seconds = new char[n];
        for (int k = 0; k < n; k++) {
            heads[k] = Letters.lower(text.charAt(starts[k]));
            int j = starts[k] + 1;
            while (j < text.length() && text.charAt(j) == ' ') j++;
            seconds[k] = j < text.length() ? Letters.lower(text.charAt(j)) : 0;
        }
    }

    static Scan of(String text) {
        return new Scan(text);
    }

    String text() {
        return text;
    }

    /** Beside {@link #candidates}, room for what {@code g} finds at each; null for an uncached gazetteer. */
    Object[] hits(Gazetteer<?> g) {
        int slot = g.slot();
        if (slot < 0) return null;
        Object[] h = hits[slot];
        if (h == null) hits[slot] = h = new Object[candidates(g).length];
        return h;
    }

    /** Sorted offsets of the word starts where {@code g} may have a term. */
    int[] candidates(Gazetteer<?> g) {
        int slot = g.slot();
        if (slot < 0) {
            if (g != lastUncached) {
                lastUncachedStarts = g.startsOf(starts, heads, seconds);
                lastUncached = g;
            }
            return lastUncachedStarts;
        }
        int[] c = candidates[slot];
        if (c == null) candidates[slot] = c = g.startsOf(starts, heads, seconds);
        return c;
    }
}
