package org.itkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.itkg.article.Article;
import org.itkg.article.ArticleReader;
import org.itkg.article.ArticleSink;
import org.itkg.extract.Extraction;
import org.itkg.extract.ExtractionJson;
import org.itkg.extract.Extractor;
import org.itkg.graph.ArticleGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract articles to standard output: RDF (TriG, N-Quads, Turtle) or JSON Lines in the gold shape.")
final class ExtractCommand implements Callable<Integer> {
    enum Format { trig, nq, ttl, json }

    @Option(names = "--format", description = "trig, nq, ttl or json (default: ${DEFAULT-VALUE})", defaultValue = "trig")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files (.txt, .jsonl) or directories")
    List<Path> paths;

    @Override
    public Integer call() {
        Extractor extractor = new Extractor();
        OutputStream raw = new BufferedOutputStream(System.out, 1 << 16);
        PrintStream out = new PrintStream(raw, false, StandardCharsets.UTF_8);
        StreamRDF rdf = rdfStream(raw);
        if (rdf != null) rdf.start();
        int[] failed = {0};
        ArticleReader.read(paths, new ArticleSink() {
            @Override
            public void article(Article a) {
                Extraction x;
                try {
                    x = extractor.extract(a);
                } catch (RuntimeException e) {
                    failure(a.origin(), "extraction failed: " + e);
                    return;
                }
                if (rdf != null) ArticleGraph.write(x, rdf);
                else out.println(ExtractionJson.toJson(x).toString());
            }

            @Override
            public void failure(String origin, String reason) {
                failed[0]++;
                System.err.println(origin + ": " + reason);
            }
        });
        if (rdf != null) rdf.finish();
        out.flush();
        return failed[0] == 0 ? 0 : Main.SOME_FAILED;
    }

    private StreamRDF rdfStream(OutputStream out) {
        switch (format) {
            case trig: return prefixed(StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS));
            case nq: return StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            case ttl: return prefixed(triplesOnly(StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS)));
            default: return null;
        }
    }

    /** Turtle has no graphs: the article graphs' triples go out as one graph. */
    private static StreamRDF triplesOnly(StreamRDF s) {
        return new StreamRDFWrapper(s) {
            @Override
            public void quad(Quad q) {
                triple(q.asTriple());
            }
        };
    }

    private static StreamRDF prefixed(StreamRDF s) {
        return new StreamRDFWrapper(s) {
            @Override
            public void start() {
                super.start();
                StreamRDFOps.sendPrefixesToStream(Prefixes.MAP, this);
            }
        };
    }
}
