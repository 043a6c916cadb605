package org.itkg.article;

/** An input that cannot become an article; the message is one line that names the reason. */
public class ArticleException extends Exception {
    public ArticleException(String message) {
        super(message);
    }
}
