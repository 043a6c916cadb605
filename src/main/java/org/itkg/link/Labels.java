package org.itkg.link;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names compared under one normalisation on both sides, and the spellings to ask an endpoint for.
 *
 * <p>An endpoint matches a label exactly, so a name is asked in the spellings news and Wikidata are known to
 * differ by: the Turkish letters an English text writes without their marks (ı/i, ş/s, ç/c, ğ/g, ö/o, ü/u,
 * İ/I), the Arabic letter forms a Persian text may carry (ي/ی, ك/ک, ئ/ی), a zero-width non-joiner written
 * as a space or left out. What comes back is then kept only if its {@link #key} is the name's.
 */
final class Labels {
    /** At most this many spellings of one name are asked for: names with many ambiguous letters stop there. */
    static final int MAX_SPELLINGS = 128;

    private static final String LATIN_PLAIN = "iIsScCgGoOuU";
    private static final String LATIN_MARKED = "ıİşŞçÇğĞöÖüÜ";
    private static final char ZWNJ = '\u200c';

    private Labels() {}

    /**
     * The form two labels are compared in: letters without marks, Turkish dotted and dotless i as one,
     * Arabic and Persian letter forms as one, lower case, and no spaces, joiners or punctuation
     * («رئیسی» = «رييسي», "Çavuşoğlu" = "Cavusoglu", «عبد‌اللهیان» = «عبد اللهیان» = «عبداللهیان»).
     */
    static String key(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) continue;
            if (!Character.isLetterOrDigit(c)) continue;
            b.append(switch (c) {
                case 'ı', 'İ', 'I' -> 'i';
                case 'ي', 'ى', 'ئ' -> 'ی';
                case 'ك' -> 'ک';
                case 'ة', 'ۀ' -> 'ه';
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ؤ' -> 'و';
                case 'ـ' -> '\0';
                default -> Character.toLowerCase(c);
            });
        }
        return b.toString().replace("\0", "");
    }

    /** Whether the label is in Arabic script (Persian). */
    static boolean isArabicScript(String label) {
        for (int i = 0; i < label.length(); i++)
            if (Character.UnicodeScript.of(label.charAt(i)) == Character.UnicodeScript.ARABIC) return true;
        return false;
    }

    /** The spellings of {@code label} to ask for, the label itself first; all have the label's {@link #key}. */
    static List<String> spellings(String label) {
        return spellings(label, true);
    }

    /**
     * As {@link #spellings(String)}; {@code turkish} false for a name that cannot be Turkish (a person of another
     * state): its Latin form is then asked as written, without marks and in title case only.
     */
    static List<String> spellings(String label, boolean turkish) {
        String l = label.strip().replaceAll("\\s+", " ");
        Set<String> out = new LinkedHashSet<>();
        if (isArabicScript(l)) persian(l, out);
        else latin(l, turkish, out);
        List<String> list = new ArrayList<>(out);
        return list.subList(0, Math.min(list.size(), MAX_SPELLINGS));
    }

    private static void latin(String l, boolean turkish, Set<String> out) {
        List<String> bases = new ArrayList<>();
        bases.add(l);
        // a headline's capitals: «ZAFER BAYRAMI» is asked as «Zafer Bayramı» and «Zafer Bayrami»
        if (l.equals(l.toUpperCase(Locale.ROOT)) || l.equals(l.toLowerCase(Locale.ROOT))) {
            bases.add(titleCase(l, Locale.ROOT));
            bases.add(titleCase(l, Locale.forLanguageTag("tr")));
        }
        for (String base : bases) {
            out.add(base);
            out.add(folded(base));
        }
        // then one changed letter, two, ...: the likely spellings before the cap is reached
        for (String base : turkish ? bases : List.<String>of()) {
            Deque<String> queue = new ArrayDeque<>();
            Set<String> seen = new LinkedHashSet<>();
            queue.add(base);
            seen.add(base);
            while (!queue.isEmpty() && out.size() < MAX_SPELLINGS) {
                String s = queue.poll();
                out.add(s);
                for (int i = 0; i < s.length(); i++) {
                    int k = LATIN_PLAIN.indexOf(s.charAt(i));
                    boolean wordStart = i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '-';
                    if (k < 0 || (wordStart && (s.charAt(i) == 'g' || s.charAt(i) == 'G'))) continue; // no word begins with ğ
                    if (base.charAt(i) != s.charAt(i)) continue;
                    String next = s.substring(0, i) + LATIN_MARKED.charAt(k) + s.substring(i + 1);
                    if (seen.add(next)) queue.add(next);
                }
            }
        }
    }

    private static String folded(String s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < b.length(); i++) {
            int k = LATIN_MARKED.indexOf(b.charAt(i));
            if (k >= 0) b.setCharAt(i, LATIN_PLAIN.charAt(k));
        }
        return b.toString();
    }

    private static String titleCase(String s, Locale locale) {
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(locale).split(" ")) {
            if (b.length() > 0) b.append(' ');
            if (!w.isEmpty()) b.append(w.substring(0, 1).toUpperCase(locale)).append(w.substring(1));
        }
        return b.toString();
    }

    private static void persian(String l, Set<String> out) {
        // each junction of words (a space or a joiner) as a space, a joiner, or nothing; so too the places a
        // joiner is often written and the store, which drops joiners, has none: «خامنه|ای», «آیت|الله»
        List<String> parts = new ArrayList<>();
        List<Integer> junctions = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= l.length(); i++) {
            char c = i < l.length() ? l.charAt(i) : ' ';
            if (c != ' ' && c != ZWNJ) {
                word.append(c);
                continue;
            }
            String w = word.toString();
            word.setLength(0);
            int cut = w.length() > 3 && w.endsWith("ای") && w.charAt(w.length() - 3) == 'ه' ? w.length() - 2
                    : w.indexOf("الله") >= 2 ? w.indexOf("الله") : -1;
            if (cut > 0) {
                parts.add(w.substring(0, cut));
                junctions.add(NONE);
                w = w.substring(cut);
            }
            parts.add(w);
            if (i < l.length()) junctions.add(c == ' ' ? SPACE : JOINER);
        }
        List<String> joined = new ArrayList<>();
        joined.add(join(parts, junctions));
        // every form of three junctions, those a joiner is likeliest at first; the others as written
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < junctions.size(); j++) order.add(j);
        order.sort(java.util.Comparator.comparing(j -> junctions.get(j) == SPACE));
        List<Integer> varied = order.subList(0, Math.min(3, order.size()));
        for (int m = 0; m < (int) Math.pow(3, varied.size()); m++) {
            List<Integer> js = new ArrayList<>(junctions);
            int x = m;
            for (int j : varied) {
                js.set(j, x % 3);
                x /= 3;
            }
            joined.add(join(parts, js));
        }
        out.add(l);
        for (String j : joined) {
            String persian = persianLetters(j), hamza = persian.contains("ئی") ? persian.replace("ئی", "یی") : persian.replace("یی", "ئی");
            out.add(persian);
            out.add(arabicLetters(persian));
            out.add(hamza);
            out.add(arabicLetters(hamza));
        }
    }

    private static final int SPACE = 0, JOINER = 1, NONE = 2;

    private static String join(List<String> parts, List<Integer> junctions) {
        StringBuilder b = new StringBuilder(parts.get(0));
        for (int j = 0; j < junctions.size(); j++) {
            int form = junctions.get(j);
            if (form == SPACE) b.append(' ');
            else if (form == JOINER) b.append(ZWNJ);
            b.append(parts.get(j + 1));
        }
        return b.toString();
    }

    private static String persianLetters(String s) {
        return s.replace('ي', 'ی').replace('ى', 'ی').replace('ك', 'ک');
    }

    private static String arabicLetters(String s) {
        return s.replace('ی', 'ي').replace('ک', 'ك');
    }
}
