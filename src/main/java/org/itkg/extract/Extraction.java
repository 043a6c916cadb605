package org.itkg.extract;

import java.util.List;
import org.itkg.article.Article;

/**
 * What one article yields: persons, events and topics, each with evidence in the article body, and the
 * chain of sources the article cites (outlet first, the original source last).
 */
public record Extraction(Article article, List<Person> persons, List<Event> events, List<Topic> topics,
                         List<String> sourceChain) {}
