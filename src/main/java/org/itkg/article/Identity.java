package org.itkg.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What an article is called, from what it is rather than where it was found: its declared {@code id}, else
 * its {@code url}, else a digest of its text. A file name says nothing: feeds name every file
 * {@code index.txt}, and two articles named alike must not replace each other.
 */
final class Identity {
    /** 16 hex digits of SHA-256: 64 bits, so a collision among a billion articles has odds of about 1 in 36,000. */
    private static final int HEX_DIGITS = 16;

    private Identity() {}

    static String of(String declaredId, String url, String body) throws ArticleException {
        if (declaredId != null && !declaredId.isBlank()) return checkedId(declaredId.strip());
        if (url != null) return digest("url " + url);
        return digest("text " + body.strip());
    }

    /** A declared id becomes part of an IRI path; characters that would need quoting are refused, not mangled. */
    private static String checkedId(String id) throws ArticleException {
        if (id.length() > 200) throw new ArticleException("broken header: id longer than 200 characters");
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || "<>\"{}|\\^`#?/%".indexOf(c) >= 0)
                throw new ArticleException("broken header: id '" + id + "' holds '" + c + "'; use letters, digits, '-', '_' and '.'");
        }
        return id;
    }

    static String digest(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * A source link is shown to analysts and clicked: only an absolute http(s) URL with a host and no
     * character an IRI forbids is taken, so that no {@code javascript:} or {@code data:} link reaches a page.
     */
    static String checkedUrl(String url) throws ArticleException {
        if (url == null || url.isBlank()) return null;
        String u = url.strip();
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new ArticleException("broken header: url '" + shorten(u) + "' is not a legal URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https"))
            throw new ArticleException("broken header: url '" + shorten(u) + "' is not an http or https URL");
        if (uri.getHost() == null || uri.getHost().isEmpty())
            throw new ArticleException("broken header: url '" + shorten(u) + "' has no host");
        return u;
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 80 ? one : one.substring(0, 80) + "…";
    }
}
