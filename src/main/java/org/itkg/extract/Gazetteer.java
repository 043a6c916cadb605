package org.itkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds lexicon terms in normalised text: a character trie walked from each word start, longest match
 * first, case-insensitive. Spaces inside a term are optional in the text and the text may add spaces
 * where the term has none, because news text both loses and gains them around ZWNJ («گفتوگو», «گفت وگو»).
 * A term ending in {@code *} matches as a prefix; any other term may carry a Persian or English
 * inflectional suffix («نشست‌های», "talks") but must then end at a word boundary.
 */
final class Gazetteer<T> {
    record Hit<T>(int start, int end, T value) {}

    private static final String[] SUFFIXES = {"هایی", "های", "ها", "ای", "یی", "ی", "ان", "ات", "اش", "مان", "شان",
            "s", "es", "'s", "’s"};

    /*
     * The trie's nodes are numbers (0 the root); its edges one open-addressing hash table from (node, char)
     * to the child. A walk costs one probe per character, where per-node maps cost a lookup in a map of
     * up to fifty keys at the root and a boxed Character at every step.
     */
    private long[] edgeKeys = new long[256]; // node << 16 | char, plus 1 so that 0 marks a free slot
    private int[] edgeKids = new int[256];
    private int edges;
    private int nodes = 1;
    private Object[] values = new Object[64];
    private boolean[] prefixes = new boolean[64];
    private final long[] first = new long[1024]; // the characters terms begin with, as a bit set over char
    private final long[] firstOnly = new long[1024]; // ... of which a term is that one character
    /*
     * The first two characters of terms (spaces skipped), hashed into a bit set: in Persian a few letters
     * begin most words, so the first letter alone lets most words through to a walk; two let few.
     */
    private final long[] pairs = new long[PAIR_BITS >>> 6];
    private static final int PAIR_BITS = 1 << 14;
    private final boolean inflected;
    private final int slot;
    private int size;

    /** A gazetteer of words that inflect (topics, triggers): a suffix may follow a term. */
    Gazetteer() {
        this(true);
    }

    /** @param inflected false for names (persons, places): «بازرگانی» is no mention of Bazargan */
    Gazetteer(boolean inflected) {
        this(inflected, true);
    }

    private Gazetteer(boolean inflected, boolean lexicon) {
        this.inflected = inflected;
        int n = lexicon ? MADE.getAndIncrement() : -1;
        this.slot = n < SLOTS ? n : -1;
    }

    /**
     * A gazetteer of names made for one text (the persons an article mentions): it keeps nothing in the
     * text's {@link Scan} and takes no slot there, which the lexicons need.
     */
    static <T> Gazetteer<T> forOneText() {
        return new Gazetteer<>(false, false);
    }

    /**
     * The first {@value #SLOTS} gazetteers made (the lexicons, made once per JVM) keep what they learn of
     * a text in its {@link Scan}: where their terms may start and the longest term at each such start.
     * Any made later scans uncached.
     */
    static final int SLOTS = 128;
    private static final AtomicInteger MADE = new AtomicInteger();

    /** This gazetteer's slot in a {@link Scan}, or -1. */
    int slot() {
        return slot;
    }

    void add(String term, T value) {
        String t = Normalizer.term(term);
        boolean prefix = t.endsWith("*");
        if (prefix) t = t.substring(0, t.length() - 1);
        int n = 0;
        char head = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = Letters.lower(t.charAt(i));
            if (c == ' ') continue;
            if (n == 0) {
                first[c >>> 6] |= 1L << c;
                head = c;
            } else if (head != 0) {
                int b = pair(head, c);
                pairs[b >>> 6] |= 1L << b;
                head = 0;
            }
            n = childOrAdd(n, c);
        }
        if (n == 0) return;
        if (head != 0) firstOnly[head >>> 6] |= 1L << head;
        if (values[n] == null) size++;
        values[n] = value;
        prefixes[n] = prefix;
    }

    /** The child of {@code node} by {@code c}, or -1. */
    private int child(int node, char c) {
        long key = ((long) node << 16 | c) + 1;
        long[] keys = edgeKeys;
        int mask = keys.length - 1;
        for (int h = slot(key, mask); ; h = (h + 1) & mask) {
            long k = keys[h];
            if (k == key) return edgeKids[h];
            if (k == 0) return -1;
        }
    }

    private int childOrAdd(int node, char c) {
        int kid = child(node, c);
        if (kid >= 0) return kid;
        if (2 * (edges + 1) > edgeKeys.length) rehash(edgeKeys.length * 2);
        kid = nodes++;
        if (kid == values.length) {
            values = Arrays.copyOf(values, kid * 2);
            prefixes = Arrays.copyOf(prefixes, kid * 2);
        }
        put(((long) node << 16 | c) + 1, kid);
        edges++;
        return kid;
    }

    private void put(long key, int kid) {
        int mask = edgeKeys.length - 1;
        int h = slot(key, mask);
        while (edgeKeys[h] != 0) h = (h + 1) & mask;
        edgeKeys[h] = key;
        edgeKids[h] = kid;
    }

    private void rehash(int capacity) {
        long[] keys = edgeKeys;
        int[] kids = edgeKids;
        edgeKeys = new long[capacity];
        edgeKids = new int[capacity];
        for (int i = 0; i < keys.length; i++) if (keys[i] != 0) put(keys[i], kids[i]);
    }

    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    int size() {
        return size;
    }

    /** Non-overlapping hits in {@code text[from, to)}, left to right, longest at each start. */
    List<Hit<T>> find(String text, int from, int to) {
        return find(Scan.of(text), from, to);
    }

    /** As {@link #find(String, int, int)}, in a text already scanned. */
    List<Hit<T>> find(Scan scan, int from, int to) {
        String text = scan.text();
        List<Hit<T>> out = null; // most searches find nothing: no list made for them
        int[] starts = scan.candidates(this);
        Object[] known = to == text.length() || !Letters.isLetterOrDigit(text.charAt(to)) ? scan.hits(this) : null;
        int k = Arrays.binarySearch(starts, from);
        if (k < 0) k = -k - 1;
        for (; k < starts.length && starts[k] < to; k++) {
            Hit<T> h = known == null ? longestAt(text, starts[k], to) : longestAt(text, starts[k], to, known, k);
            if (h != null) {
                if (out == null) out = new ArrayList<>(2);
                out.add(h);
                while (k + 1 < starts.length && starts[k + 1] < h.end) k++;
            }
        }
        return out == null ? List.of() : out;
    }

    /**
     * The word starts at which some term of this gazetteer may begin, given each word's first letter and
     * the next character after it that is not a space (0 at the end of the text).
     */
    int[] startsOf(int[] wordStarts, char[] heads, char[] seconds) {
        int[] out = new int[wordStarts.length];
        int n = 0;
        for (int k = 0; k < heads.length; k++) {
            char c = heads[k];
            if ((first[c >>> 6] & 1L << c) == 0) continue;
            int b = pair(c, seconds[k]);
            if ((pairs[b >>> 6] & 1L << b) != 0 || (firstOnly[c >>> 6] & 1L << c) != 0) out[n++] = wordStarts[k];
        }
        return Arrays.copyOf(out, n);
    }

    private static int pair(char a, char b) {
        return ((a * 31 + b) * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(PAIR_BITS));
    }

    /** False if no term begins with the character at {@code i}: a cheap test before {@link #longestAt}. */
    boolean mayStartAt(String text, int i) {
        char c = Letters.lower(text.charAt(i));
        return (first[c >>> 6] & 1L << c) != 0;
    }

    List<Hit<T>> find(String text) {
        return find(text, 0, text.length());
    }

    private static final Object NONE = new Object();

    /**
     * As {@link #longestAt(String, int, int)} where {@code to} is the end of the text or of a word, from
     * the longest term at that start in the whole text, which {@code known[k]} keeps once found: a text
     * is searched for the same lexicon over the same sentence several times (each clause, each check).
     * Such a term is the answer if it ends by {@code to}; no term there means none before {@code to}
     * either, since a term that ends at the end of a word ends there in the whole text as well.
     */
    @SuppressWarnings("unchecked")
    private Hit<T> longestAt(String text, int i, int to, Object[] known, int k) {
        Object m = known[k];
        if (m == null) {
            Hit<T> h = longestAt(text, i, text.length());
            known[k] = m = h == null ? NONE : h;
        }
        if (m == NONE) return null;
        Hit<T> h = (Hit<T>) m;
        return h.end <= to ? h : longestAt(text, i, to);
    }

    /** The longest term starting exactly at {@code i}, or null. */
    @SuppressWarnings("unchecked")
    Hit<T> longestAt(String text, int i, int to) {
        int n = 0;
        Hit<T> best = null;
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (c == ' ' && j > i) {
                j++;
                continue;
            }
            n = child(n, Letters.lower(c));
            if (n < 0) break;
            j++;
            if (values[n] != null) {
                int end = prefixes[n] ? wordEnd(text, j, to) : boundaryEnd(text, j, to);
                if (end >= 0) best = new Hit<>(i, end, (T) values[n]);
            }
        }
        return best;
    }

    private static int wordEnd(String s, int j, int to) {
        while (j < to && Letters.isLetterOrDigit(s.charAt(j))) j++;
        return j;
    }

    /** End of the match if {@code j} is a word boundary, perhaps after one suffix; else -1. */
    private int boundaryEnd(String s, int j, int to) {
        if (j >= to || !Letters.isLetterOrDigit(s.charAt(j))) return j;
        if (!inflected) return -1;
        for (String suf : SUFFIXES) {
            int e = j + suf.length();
            if (e <= to && suffixAt(s, j, suf) && (e == to || !Letters.isLetterOrDigit(s.charAt(e)))) return e;
        }
        return -1;
    }

    /** {@code s.regionMatches(true, j, suf, …)} for a lower-case suffix, without its case folding of both sides. */
    private static boolean suffixAt(String s, int j, String suf) {
        for (int k = 0; k < suf.length(); k++) if (Letters.lower(s.charAt(j + k)) != suf.charAt(k)) return false;
        return true;
    }
}
