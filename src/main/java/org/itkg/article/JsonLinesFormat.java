package org.itkg.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JSON Lines: one {@code {"id","url","outlet","date","lang","text"}} object per line, {@code text} required
 * and every field a string. Each line stands alone: a line that does not parse is reported with its number
 * and the next line is read.
 */
final class JsonLinesFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesFormat() {}

    static void read(Path f, ArticleSink sink) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(f), decoder))) {
            String line;
            int n = 0;
            boolean any = false;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                any = true;
                String origin = f + ":" + n;
                try {
                    sink.article(parse(line, origin));
                } catch (ArticleException e) {
                    sink.failure(origin, e.getMessage());
                }
            }
            if (!any) sink.failure(f.toString(), "empty file");
        } catch (java.nio.charset.CharacterCodingException e) {
            sink.failure(f.toString(), "not valid UTF-8 (" + e.getMessage() + "); the lines before it were read");
        } catch (IOException e) {
            sink.failure(f.toString(), "cannot read: " + e.getMessage());
        }
    }

    static Article parse(String line, String origin) throws ArticleException {
        if (line.length() > ArticleReader.MAX_ARTICLE_BYTES)
            throw new ArticleException("line too long for one article (" + line.length() + " characters)");
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ArticleException("not JSON: " + e.getOriginalMessage());
        }
        if (o == null || !o.isObject()) throw new ArticleException("not a JSON object");
        String body = text(o, "text");
        if (body == null || body.isBlank()) throw new ArticleException("no \"text\"");
        if (body.indexOf('\0') >= 0) throw new ArticleException("binary content in \"text\"");
        String lang = text(o, "lang");
        if (lang == null || lang.isBlank()) lang = Languages.guess(body);
        String url = Identity.checkedUrl(text(o, "url"));
        return new Article(Identity.of(text(o, "id"), url, body), url, text(o, "outlet"), TextFormat.parseDate(text(o, "date"), "\"date\""),
                lang, body, origin);
    }

    /** A field's string; any other JSON type is refused, since {@code asText()} would turn 12345 into an article. */
    private static String text(JsonNode o, String field) throws ArticleException {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new ArticleException("\"" + field + "\" is a JSON " + v.getNodeType().toString().toLowerCase() + ", not a string");
        return v.textValue();
    }
}
