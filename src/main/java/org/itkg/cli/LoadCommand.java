package org.itkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.itkg.store.Loader;
import org.itkg.store.Resolver;
import org.itkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract articles and load them into the TDB2 store. Loading an article replaces its graph, so a re-load changes nothing.")
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--db", description = "TDB2 directory (default: ${DEFAULT-VALUE})", defaultValue = "data/tdb2")
    Path db;

    @Option(names = "--batch", description = "articles per write transaction (default: ${DEFAULT-VALUE})", defaultValue = "200")
    int batch;

    @Option(names = "--decisions", paramLabel = "FILE",
            description = "the analyst's confirm/reject verdicts on uncertain merges (default: entity-decisions.tsv beside the database directory)")
    Path decisions;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files (.txt, .jsonl) or directories")
    List<Path> paths;

    @Override
    public Integer call() {
        try (Store store = Store.open(db)) {
            Loader.Summary s = load(store, paths, batch, decisions);
            return s.failures() == 0 ? 0 : Main.SOME_FAILED;
        }
    }

    static Loader.Summary load(Store store, List<Path> paths, int batch, Path decisions) {
        boolean terminal = System.console() != null;
        Loader loader = new Loader(store, batch,
                f -> {
                    if (terminal) System.err.print("\r\033[K");
                    System.err.println(f.origin() + ": " + f.reason());
                },
                n -> {
                    if (terminal) System.err.printf(Locale.ROOT, "\r\033[Kloading: %,d articles", n);
                });
        if (decisions != null) loader.decisions(decisions);
        Loader.Summary s = loader.load(paths);
        if (terminal) System.err.print("\r\033[K");
        System.err.printf(Locale.ROOT, "loaded %,d articles, %,d quads, %,d failed, in %.1f s into %s%n",
                s.articles(), s.quads(), s.failures(), s.seconds(), store.dir());
        Resolver.Summary r = s.resolved();
        System.err.printf(Locale.ROOT, "resolved across the store: %,d persons (%,d names merged), %,d events (%,d reports merged), %,d uncertain pairs (itkg entities --ambiguous)%n",
                r.persons(), r.personMerges(), r.events(), r.eventMerges(), r.candidates());
        return s;
    }
}
