package org.itkg.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article file format: optional {@code key: value} header lines, one empty line, then the body. A body
 * may begin with {@code " date YYYY-MM-DD"}, which then gives the publication date. A file whose first line
 * is not a known header key is all body.
 */
final class TextFormat {
    static final Set<String> KEYS = Set.of("url", "outlet", "date", "lang", "title", "id");
    private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z_-]+):\\s*(.*)");
    private static final Pattern BODY_DATE = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");
    /** A saved web page: its markup would be read as words and its boilerplate as facts. */
    private static final Pattern MARKUP = Pattern.compile("\\s*(<!doctype\\s+html|<html[\\s>]|<\\?xml)", Pattern.CASE_INSENSITIVE);

    private TextFormat() {}

    static Article parse(String id, String text, String origin) throws ArticleException {
        String t = text.replace("\r\n", "\n");
        if (t.isBlank()) throw new ArticleException("empty file");
        Map<String, String> header = new LinkedHashMap<>();
        String body = t;
        int firstEnd = t.indexOf('\n');
        Matcher first = HEADER_LINE.matcher(firstEnd < 0 ? t : t.substring(0, firstEnd));
        if (first.matches() && KEYS.contains(first.group(1).toLowerCase())) {
            int pos = 0, lineNo = 0;
            while (true) {
                lineNo++;
                int end = t.indexOf('\n', pos);
                if (end < 0) throw new ArticleException("broken header: no empty line before the body");
                String line = t.substring(pos, end);
                pos = end + 1;
                if (line.isBlank()) break;
                Matcher m = HEADER_LINE.matcher(line);
                if (!m.matches())
                    throw new ArticleException("broken header: line " + lineNo + " is not 'key: value'");
                header.put(m.group(1).toLowerCase(), m.group(2).trim());
            }
            body = t.substring(pos);
        }
        if (body.isBlank()) throw new ArticleException("no body text after the header");
        if (MARKUP.matcher(body).lookingAt())
            throw new ArticleException("an HTML page, not article text: extract the article's text first");
        LocalDate date = parseDate(header.get("date"), "header");
        if (date == null) {
            Matcher bd = BODY_DATE.matcher(body);
            if (bd.find()) date = parseDate(bd.group(1), "body");
        }
        String lang = header.get("lang");
        if (lang != null && !LANG.matcher(lang).matches())
            throw new ArticleException("broken header: lang '" + lang + "' is not a language code such as fa, en, tr");
        if (lang == null) lang = Languages.guess(body);
        return new Article(header.getOrDefault("id", id), emptyToNull(header.get("url")),
                emptyToNull(header.get("outlet")), date, lang, body, origin);
    }

    static LocalDate parseDate(String value, String where) throws ArticleException {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("unknown") || value.equalsIgnoreCase("null"))
            return null;
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ArticleException("broken " + where + ": date '" + value + "' is not YYYY-MM-DD or 'unknown'");
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
