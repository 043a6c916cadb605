package org.itkg.store;

import org.itkg.resolve.Resolver;
import org.itkg.resolve.Facts;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.itkg.graph.Vocab;

/**
 * Writes article graphs to a remote Fuseki dataset with the Graph Store Protocol: one PUT per graph to the
 * dataset's {@code data} endpoint, so each article is replaced whole, atomically, and the server's text
 * index (when its configuration has one) follows. A failed PUT fails that article only.
 */
final class RemoteTarget implements Loader.Target {
    private static final String[] ONTOLOGY_FILES = {"ontology/itkg.ttl", "ontology/topics.ttl"};

    private final String data;
    private final String authorization;
    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).build();

    RemoteTarget(URI dataset, String user, String password) {
        String base = dataset.toString().replaceAll("/+$", "");
        this.data = base + "/data";
        this.authorization = user == null ? null : RemoteIngest.basic(user, password);
    }

    @Override
    public void start() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String f : ONTOLOGY_FILES) {
            try (InputStream in = RemoteTarget.class.getClassLoader().getResourceAsStream(f)) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        put(Vocab.ONTOLOGY_GRAPH.getURI(), g);
    }

    @Override
    public List<Loader.Failure> write(List<ArticleQuads> batch) {
        List<Loader.Failure> failed = new ArrayList<>();
        for (ArticleQuads a : batch) {
            Graph g = GraphFactory.createDefaultGraph();
            for (Quad q : a.quads()) g.add(q.asTriple());
            try {
                put(a.graph().getURI(), g);
            } catch (RuntimeException e) {
                failed.add(new Loader.Failure(a.origin(), "not written to " + data + ": " + oneLine(e)));
            }
        }
        return failed;
    }

    @Override
    public Resolver.Summary finish(boolean asResolved) {
        return null;
    }

    private void put(String graph, Graph g) {
        GSP gsp = GSP.service(data).httpClient(http).graphName(graph).contentType(RDFFormat.NTRIPLES);
        if (authorization != null) gsp.httpHeader("Authorization", authorization);
        gsp.PUT(g);
    }

    private static String oneLine(RuntimeException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
