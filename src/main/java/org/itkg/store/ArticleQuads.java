package org.itkg.store;

import org.itkg.resolve.Maintenance;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The complete quads of one article's graph, built in memory before anything is written; origin names its
 * file. Inputs are what the resolution and the derived graphs need of the article, read from these quads
 * on the extraction thread, for a local store; else null.
 */
public record ArticleQuads(String id, Node graph, List<Quad> quads, String origin, Maintenance.Inputs inputs) {}
