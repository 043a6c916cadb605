package org.itkg.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.itkg.link.Linker;
import org.itkg.link.Linkset;
import org.itkg.link.SparqlClient;
import org.itkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Find Wikidata items for the persons and places that have no link: candidates by label (fa, en, tr), "
                + "spelling variants and aliases; scored on evidence beyond the name (office, the period it was held, "
                + "citizenship or state) and written as a Turtle linkset with a verdict per candidate; "
                + "--accept-above loads those that score above it, lead the next by the margin and conflict with nothing.")
final class LinkCommand implements Callable<Integer> {
    static final double DEFAULT_THRESHOLD = 0.8;

    @Mixin
    ExistingStore db;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "a Wikidata-compatible SPARQL endpoint (default: $ITKG_WIKIDATA_ENDPOINT, else ${DEFAULT-VALUE})",
            defaultValue = "${env:ITKG_WIKIDATA_ENDPOINT:-https://query.wikidata.org/sparql}")
    URI endpoint;

    @Option(names = "--out", paramLabel = "FILE", description = "the linkset of candidates (default: ${DEFAULT-VALUE})",
            defaultValue = "wikidata-linkset.ttl")
    Path out;

    @Option(names = "--accept-above", paramLabel = "S",
            description = "load as owl:sameAs each entity's best candidate scoring above S (0..1), leading the next by "
                    + "at least 0.1, with no conflict of states (without it, the linkset's verdicts use 0.8)")
    Double acceptAbove;

    @Override
    public Integer call() throws IOException {
        try (Store store = db.openToWrite("link needs to write the store")) {
            if (store == null) return 2;
            List<Linker.LinkCandidate> candidates;
            try {
                candidates = new Linker(new SparqlClient(endpoint)).candidates(store.dataset());
            } catch (IOException e) {
                System.err.println("link: " + e.getMessage());
                return 1;
            }
            double threshold = acceptAbove != null ? acceptAbove : DEFAULT_THRESHOLD;
            Map<String, Linker.Decision> decisions = Linker.decide(candidates, threshold);
            Linkset.write(candidates, decisions, out);
            List<Linker.LinkCandidate> links = decisions.values().stream().map(Linker.Decision::link).filter(Objects::nonNull).toList();
            long review = decisions.values().stream().filter(d -> d.link() == null && d.best().score() > 0).count();
            long conflicts = decisions.values().stream().filter(d -> d.link() == null && d.best().conflict()).count();
            System.err.printf(Locale.ROOT, "%,d candidates for %,d entities written to %s: %,d to link (above %.2f), %,d for review (%,d of them a conflict of states)%n",
                    candidates.size(), decisions.size(), out, links.size(), threshold, review, conflicts);
            if (acceptAbove != null) {
                Linkset.accept(store.dataset(), links);
                for (Linker.LinkCandidate c : links)
                    System.out.println(c.entity() + "\towl:sameAs\t" + c.item() + "\t" + c.score() + "\t" + c.reason());
                System.err.printf(Locale.ROOT, "%,d links loaded into %s%n", links.size(), store.dir());
            }
            return 0;
        }
    }
}
