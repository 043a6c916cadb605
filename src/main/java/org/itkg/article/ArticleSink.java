package org.itkg.article;

/** Receives what {@link ArticleReader} reads: articles, and failures that did not stop the batch. */
public interface ArticleSink {
    void article(Article article);

    /** @param origin the file (and line) that failed; @param reason a one-line explanation */
    void failure(String origin, String reason);
}
