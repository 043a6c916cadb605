package org.itkg.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from a file: metadata and body text.
 *
 * @param id      what the article is called: its declared {@code id}, else a digest of its {@code url}, else a
 *                digest of its text; never its file name (see {@link Identity})
 * @param url     where it was published (an absolute http or https URL), or null
 * @param outlet  the publishing outlet as named in the header, or null
 * @param date    publication date, or null when unknown
 * @param lang    ISO 639-1 language code (fa, en, tr, ...)
 * @param body    the article text; character offsets of evidence refer to this string
 * @param origin  where it came from, for error messages ({@code path} or {@code path:line})
 */
public record Article(String id, String url, String outlet, LocalDate date, String lang, String body, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(lang, "lang");
    }
}
