package org.itkg.extract;

/**
 * Persian normalisation in the Hazm direction (ی and ک, not the Arabic letters Lucene prefers): Arabic
 * letter variants unified, digits made ASCII, diacritics, tatweel and directional marks dropped, and
 * zero-width non-joiners dropped so that «گفت‌وگو» and «گفتوگو» are one string. Spacing differences
 * («گفت وگو») are left to the gazetteer, which ignores spaces inside a term. Latin text passes through.
 */
final class Normalizer {
    private Normalizer() {}

    /** {@link #map} of every character, worked out once: the text of every article passes through it. */
    private static final char[] TABLE = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) TABLE[c] = map((char) c);
    }

    static Text normalize(String body) {
        char[] out = new char[body.length()];
        int[] map = new int[body.length() + 1];
        int n = 0;
        for (int i = 0; i < body.length(); i++) {
            char m = TABLE[body.charAt(i)];
            if (m == 0) continue;
            map[n] = i;
            out[n++] = m;
        }
        map[n] = body.length();
        return new Text(body, new String(out, 0, n), map);
    }

    /** The normalised form of one character, or 0 where it is dropped. */
    static char mapped(char c) {
        return TABLE[c];
    }

    /** The normalised form of a lexicon term, so that terms and text meet in one spelling. */
    static String term(String s) {
        return normalize(s).norm.strip();
    }

    /** @return the replacement character, or 0 to drop it */
    static char map(char c) {
        switch (c) {
            case 'ي': case 'ى': case 'ئ': return 'ی';
            case 'ك': return 'ک';
            case 'ة': case 'ۀ': case 'ە': return 'ه';
            case 'أ': case 'إ': case 'ٱ': return 'ا';
            case 'ؤ': return 'و';
            case '\u200c': case '\u200d': case '\u200e': case '\u200f': case '\u0640': case '\uFEFF':
                return 0;
            case '\u00a0': case '\u2009': case '\u202f': case '\t': return ' ';
            case '\r': return 0;
            case '٫': return '.';
            case '٬': return ',';
            default:
        }
        if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c >= '\u06D6' && c <= '\u06ED') return 0;
        if (c >= '۰' && c <= '۹') return (char) ('0' + (c - '۰'));
        if (c >= '٠' && c <= '٩') return (char) ('0' + (c - '٠'));
        return c;
    }
}
