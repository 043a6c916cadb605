package org.itkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into sentences: at line breaks, and at . ! ? ؟ followed by white space. A period
 * after a single letter («پ. ک. ک», "U.S.") or between digits ends no sentence.
 */
final class Sentences {
    private Sentences() {}

    /** A body that opens with its publication date (" date 2025-10-29 ...") keeps that out of the first sentence. */
    private static final java.util.regex.Pattern DATE_LINE = java.util.regex.Pattern.compile("\\A\\s*date\\s+\\d{4}-\\d{2}-\\d{2}\\s*");

    static List<Sentence> split(String s) {
        return split(s, false);
    }

    /**
     * {@code periodOrdinals}: the language writes ordinals with a period («98. Toplantı», «2. Derece»), so a
     * period after a number of up to three digits, before a word, ends no sentence.
     */
    static List<Sentence> split(String s, boolean periodOrdinals) {
        List<Sentence> out = new ArrayList<>();
        int start = 0, paragraph = 0;
        java.util.regex.Matcher d = DATE_LINE.matcher(s);
        if (d.find()) start = d.end();
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lineBreak = c == '\n';
            boolean stop = (c == '.' || c == '!' || c == '?' || c == '؟')
                    && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))
                    && !(c == '.' && afterSingleLetter(s, i))
                    && !(c == '.' && periodOrdinals && ordinal(s, i));
            if (lineBreak || stop) {
                add(out, s, start, lineBreak ? i : i + 1, paragraph);
                start = i + 1;
                if (lineBreak) paragraph++;
            }
        }
        add(out, s, start, s.length(), paragraph);
        return out;
    }

    private static boolean ordinal(String s, int dot) {
        int k = dot;
        while (k > 0 && Character.isDigit(s.charAt(k - 1))) k--;
        int digits = dot - k;
        if (digits < 1 || digits > 3 || (k > 0 && !Character.isWhitespace(s.charAt(k - 1)) && "-–(".indexOf(s.charAt(k - 1)) < 0)) return false;
        int next = dot + 1;
        while (next < s.length() && s.charAt(next) == ' ') next++;
        return next < s.length() && Character.isLetter(s.charAt(next));
    }

    private static boolean afterSingleLetter(String s, int dot) {
        return dot >= 1 && Letters.isLetter(s.charAt(dot - 1))
                && (dot == 1 || !Letters.isLetter(s.charAt(dot - 2)));
    }

    private static void add(List<Sentence> out, String s, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(s.charAt(start))) start++;
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
        if (end > start) out.add(new Sentence(out.size(), start, end, paragraph));
    }
}
