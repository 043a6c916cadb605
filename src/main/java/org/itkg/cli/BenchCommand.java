package org.itkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.itkg.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure every stage on N generated Persian articles: extraction (one thread, all cores, heap peak), "
                + "ingest against Jena's bulk loader on the same quads, every saved query over HTTP (p50, p95), and the "
                + "timeline page's first render. Writes a Markdown section for N into the output file, keeping the other N.")
final class BenchCommand implements Callable<Integer> {
    static final String PREAMBLE = """
            # Benchmarks

            Written by `itkg bench --articles N` (see the README, section Performance): generated Persian articles
            (deterministic, seed 1), each stage measured in one process. One section per N; a run replaces its own.
            """;

    @Option(names = "--articles", description = "how many articles to generate (default: ${DEFAULT-VALUE})", defaultValue = "1000")
    long articles;

    @Option(names = "--out", description = "the Markdown file to write into (default: ${DEFAULT-VALUE})", defaultValue = "BENCHMARKS.md")
    Path out;

    @Option(names = "--work", description = "a directory for the stores and articles (default: a temporary one, deleted after)")
    Path work;

    @Option(names = "--replicas", description = "measure the change log instead: a broker, a writer over --articles articles and this many "
            + "replicas (lag, catch-up, the cost of the log to a post, queries a second); written as the section 'Replication'")
    int replicas;

    @Override
    public Integer call() throws Exception {
        if (articles < 1) {
            System.err.println("itkg bench: --articles must be at least 1");
            return 2;
        }
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("itkg-bench") : Files.createDirectories(work);
        try {
            if (replicas > 0) {
                String section = new org.itkg.bench.ReplicationBench(articles, replicas, dir, System.err::println).run();
                Bench.writeNamed(out, PREAMBLE, section);
                System.out.print(section);
                return 0;
            }
            String section = new Bench(articles, dir, System.err::println).run();
            Bench.writeInto(out, PREAMBLE, section, articles);
            System.out.print(section);
            return 0;
        } finally {
            if (temporary) deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
