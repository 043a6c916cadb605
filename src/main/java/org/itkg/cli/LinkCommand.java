package org.itkg.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
                + "class, citizenship, offices and state, scored and written as a Turtle linkset for review; "
                + "--accept-above loads the confident ones as owl:sameAs.")
final class LinkCommand implements Callable<Integer> {
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
            description = "load as owl:sameAs each entity's best candidate scoring above S (0..1) when no other ties it")
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
            Linkset.write(candidates, out);
            long entities = candidates.stream().map(Linker.LinkCandidate::entity).distinct().count();
            System.err.printf(Locale.ROOT, "%,d candidates for %,d entities written to %s%n", candidates.size(), entities, out);
            if (acceptAbove != null) {
                Map<String, Linker.LinkCandidate> accepted = Linker.accepted(candidates, acceptAbove);
                Linkset.accept(store.dataset(), accepted.values());
                for (Linker.LinkCandidate c : accepted.values())
                    System.out.println(c.entity() + "\towl:sameAs\t" + c.item() + "\t" + c.score() + "\t" + c.reason());
                System.err.printf(Locale.ROOT, "%,d links above %.2f loaded into %s%n", accepted.size(), acceptAbove, store.dir());
            }
            return 0;
        }
    }
}
