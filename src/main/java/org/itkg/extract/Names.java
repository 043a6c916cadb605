package org.itkg.extract;

import java.util.ArrayList;
import java.util.List;

/** Small helpers on written names: comparison keys and tokens. */
final class Names {
    private Names() {}

    /** A key that ignores spacing, ZWNJ, letter variants, Turkish dotted letters and case. */
    static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Normalizer.mapped(s.charAt(i));
            if (c == 0) continue;
            c = Character.toLowerCase(c);
            if (Letters.isLetterOrDigit(c)) b.append(fold(c));
        }
        return b.toString();
    }

    private static char fold(char c) {
        switch (c) {
            case 'ç': return 'c';
            case 'ğ': return 'g';
            case 'ı': return 'i';
            case 'ö': return 'o';
            case 'ş': return 's';
            case 'ü': return 'u';
            case 'â': return 'a';
            case 'î': return 'i';
            case 'û': return 'u';
            case 'آ': return 'ا';
            default: return c;
        }
    }

    /** The words of a name, split at white space and ZWNJ (by hand: names are split often, and a regex costs more). */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean gap = i == s.length() || Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u200c';
            if (gap && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            } else if (!gap && start < 0) {
                start = i;
            }
        }
        return out;
    }

    static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Letters.isLetter(c)) return c < '\u0250';
        }
        return false;
    }
}
