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
    /**
     * A first line that is a header key and a value with no colon between them ({@code url https://…}): read
     * as body, the header would vanish into the text and the article load under a made-up identity. The
     * body's own {@code date YYYY-MM-DD} opening is not one.
     */
    private static final Pattern KEY_WITHOUT_COLON = Pattern.compile("(url|outlet|lang|title|id)[ \\t]+(\\S+)\\s*", Pattern.CASE_INSENSITIVE);
    /** A saved web page: its markup would be read as words and its boilerplate as facts. */
    private static final Pattern MARKUP = Pattern.compile("\\s*(<!doctype\\s+html|<html[\\s>]|<\\?xml)", Pattern.CASE_INSENSITIVE);

    private TextFormat() {}

    static Article parse(String text, String origin) throws ArticleException {
        String t = text.replace("\r\n", "\n");
        if (t.isBlank()) throw new ArticleException("empty file");
        Map<String, String> header = new LinkedHashMap<>();
        String body = t;
        int firstEnd = t.indexOf('\n');
        String firstLine = firstEnd < 0 ? t : t.substring(0, firstEnd);
        Matcher first = HEADER_LINE.matcher(firstLine);
        Matcher noColon = KEY_WITHOUT_COLON.matcher(firstLine);
        if (noColon.matches() && looksLikeHeader(noColon, t, firstEnd))
            throw new ArticleException("broken header: line 1 '" + noColon.group(1) + " …' has no ':' after its key");
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
        String url = Identity.checkedUrl(header.get("url"));
        return new Article(Identity.of(header.get("id"), url, body), url,
                emptyToNull(header.get("outlet")), date, lang, body, origin);
    }

    /**
     * Whether a colon-less first line was meant as a header: a URL after {@code url}, a language code after
     * {@code lang}, or any key followed by a proper header line. A headline such as "Title fight" is not.
     */
    private static boolean looksLikeHeader(Matcher noColon, String t, int firstEnd) {
        String key = noColon.group(1).toLowerCase(), value = noColon.group(2);
        if (key.equals("url") && value.contains("://")) return true;
        if (key.equals("lang") && LANG.matcher(value).matches()) return true;
        if (firstEnd < 0) return false;
        int secondEnd = t.indexOf('\n', firstEnd + 1);
        Matcher second = HEADER_LINE.matcher(t.substring(firstEnd + 1, secondEnd < 0 ? t.length() : secondEnd));
        return second.matches() && KEYS.contains(second.group(1).toLowerCase());
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
