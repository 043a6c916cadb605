package org.itkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chain of sources an article cites: «به گزارش X به نقل از Y از Z» gives outlet X citing Y citing Z;
 * «منبع: Z» at the end names the original source. The chain starts with the outlet of the header.
 */
final class Sources {
    private static final String REPORTED_OPENING = "به گزارش";
    private static final Pattern REPORTED = Pattern.compile(
            REPORTED_OPENING + "\\s+([^،,:\\n]{2,60}?)(?:\\s+به نقل از\\s+([^،,:\\n]{2,60}?))?(?:\\s+از\\s+([^،,:\\n]{2,60}?))?\\s*[،,:]");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^\\s*(?:منبع|source|kaynak)\\s*:\\s*([^\\n]{2,60}?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CITING = Pattern.compile("(?:according to|citing|quoted by)\\s+((?:the\\s+)?[A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*){0,4})");

    private Sources() {}

    static List<String> chain(String outlet, String norm) {
        List<String> out = new ArrayList<>();
        if (outlet != null) out.add(outlet.strip());
        // The regex would try each offset; a match can only start where its fixed opening does.
        int reported = norm.indexOf(REPORTED_OPENING);
        Matcher m = REPORTED.matcher(norm);
        if (reported >= 0 && m.find(reported)) {
            for (int g = 1; g <= 3; g++) add(out, m.group(g));
        } else {
            Matcher c = CITING.matcher(norm);
            if (c.find()) add(out, c.group(1));
        }
        Matcher src = SOURCE_LINE.matcher(norm);
        String last = null;
        while (src.find()) last = src.group(1);
        add(out, last);
        return out;
    }

    private static void add(List<String> out, String name) {
        if (name == null || name.isBlank()) return;
        String n = name.strip();
        for (String have : out) if (Names.key(have).equals(Names.key(n))) return;
        out.add(n);
    }
}
