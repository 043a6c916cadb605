package org.itkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private static final class Node<T> {
        final Map<Character, Node<T>> next = new HashMap<>(4);
        T value;
        boolean prefix;
    }

    private final Node<T> root = new Node<>();
    private final boolean inflected;
    private int size;

    /** A gazetteer of words that inflect (topics, triggers): a suffix may follow a term. */
    Gazetteer() {
        this(true);
    }

    /** @param inflected false for names (persons, places): «بازرگانی» is no mention of Bazargan */
    Gazetteer(boolean inflected) {
        this.inflected = inflected;
    }

    void add(String term, T value) {
        String t = Normalizer.term(term);
        boolean prefix = t.endsWith("*");
        if (prefix) t = t.substring(0, t.length() - 1);
        Node<T> n = root;
        for (int i = 0; i < t.length(); i++) {
            char c = Character.toLowerCase(t.charAt(i));
            if (c == ' ') continue;
            n = n.next.computeIfAbsent(c, k -> new Node<>());
        }
        if (n == root) return;
        if (n.value == null) size++;
        n.value = value;
        n.prefix = prefix;
    }

    int size() {
        return size;
    }

    /** Non-overlapping hits in {@code text[from, to)}, left to right, longest at each start. */
    List<Hit<T>> find(String text, int from, int to) {
        List<Hit<T>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (isWordStart(text, i)) {
                Hit<T> h = longestAt(text, i, to);
                if (h != null) {
                    out.add(h);
                    i = h.end;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    List<Hit<T>> find(String text) {
        return find(text, 0, text.length());
    }

    /** The longest term starting exactly at {@code i}, or null. */
    Hit<T> longestAt(String text, int i, int to) {
        Node<T> n = root;
        Hit<T> best = null;
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (c == ' ' && j > i) {
                j++;
                continue;
            }
            n = n.next.get(Character.toLowerCase(c));
            if (n == null) break;
            j++;
            if (n.value != null) {
                int end = n.prefix ? wordEnd(text, j, to) : boundaryEnd(text, j, to);
                if (end >= 0) best = new Hit<>(i, end, n.value);
            }
        }
        return best;
    }

    private static boolean isWordStart(String s, int i) {
        return Character.isLetterOrDigit(s.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
    }

    private static int wordEnd(String s, int j, int to) {
        while (j < to && Character.isLetterOrDigit(s.charAt(j))) j++;
        return j;
    }

    /** End of the match if {@code j} is a word boundary, perhaps after one suffix; else -1. */
    private int boundaryEnd(String s, int j, int to) {
        if (j >= to || !Character.isLetterOrDigit(s.charAt(j))) return j;
        if (!inflected) return -1;
        for (String suf : SUFFIXES) {
            int e = j + suf.length();
            if (e <= to && s.regionMatches(true, j, suf, 0, suf.length())
                    && (e == to || !Character.isLetterOrDigit(s.charAt(e)))) return e;
        }
        return -1;
    }
}
