package org.itkg.evaluate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which two written forms of a name compare equal when scoring: no spaces, one letter per
 * sound family. It follows the reference scorer's normalisation exactly, so that scores agree with it.
 */
final class NameKey {
    private static final Pattern DIACRITICS = Pattern.compile("[\u064B-\u065F\u0670\u06D6-\u06ED]");
    private static final Pattern SPACE = Pattern.compile("(?U)\\s+");
    private static final String FROM = "يىئكۀةؤأإآٱçğıöşüâîûÇĞİÖŞÜ";
    private static final String TO = "یییکههوااااcgiosuaiuCGIOSU";
    private static final String DROPPED = "\u200c\u200d\u200e\u200fـ«»\"'.-()";

    private NameKey() {}

    static String of(String s) {
        if (s == null) return "";
        return SPACE.matcher(letters(s)).replaceAll("");
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : SPACE.split(letters(s == null ? "" : s))) if (!t.isEmpty()) out.add(t);
        return out;
    }

    private static String letters(String s) {
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = DIACRITICS.matcher(s).replaceAll("");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (DROPPED.indexOf(c) >= 0) continue;
            int k = FROM.indexOf(c);
            b.append(k >= 0 ? TO.charAt(k) : c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
