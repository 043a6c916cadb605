package org.itkg.store;

import org.itkg.resolve.Resolver;
import org.itkg.resolve.Facts;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The complete quads of one article's graph, built in memory before anything is written; origin names its
 * file. On a load into an empty store, facts are what the derived graphs need of the article, read from
 * these quads on the extraction thread; else null.
 */
public record ArticleQuads(String id, Node graph, List<Quad> quads, String origin, Facts facts) {}
