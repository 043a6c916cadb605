package org.itkg.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.itkg.store.Store;
import org.itkg.store.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every article graph of the store against the SHACL shapes of ontology/shapes.ttl, one line per invalid graph.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ExistingStore db;

    @Override
    public Integer call() {
        if (QueryCommand.noStore(db.db)) return 2;
        var server = db.server();
        long t0 = System.nanoTime();
        int[] invalid = {0};
        java.util.function.BiConsumer<org.apache.jena.graph.Node, String> onInvalid = (g, problem) -> {
            invalid[0]++;
            System.out.println(g.getURI() + ": " + problem);
        };
        long checked;
        if (server.isPresent()) {
            checked = checkRemote(org.itkg.query.QuerySource.remote(server.get().sparql()), onInvalid);
        } else {
            try (Store store = db.openToRead()) {
                checked = Validation.checkStore(store.dataset(), onInvalid);
            }
        }
        {
            double ms = (System.nanoTime() - t0) / 1e6;
            System.err.printf(Locale.ROOT, "%,d article graphs checked in %.0f ms (%.2f ms each), %,d invalid%n",
                    checked, ms, checked == 0 ? 0 : ms / checked, invalid[0]);
            return invalid[0] == 0 ? 0 : Main.SOME_FAILED;
        }
    }

    /** Each article graph of a server's store, fetched with a CONSTRUCT and checked here. */
    static long checkRemote(org.itkg.query.QuerySource server, java.util.function.BiConsumer<org.apache.jena.graph.Node, String> onInvalid) {
        var graphs = server.select(org.apache.jena.query.QueryFactory.create(
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <" + org.itkg.graph.Vocab.NS + "Article> } }"));
        long n = 0;
        while (graphs.hasNext()) {
            org.apache.jena.graph.Node g = graphs.next().get("g").asNode();
            n++;
            var q = org.apache.jena.query.QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + g.getURI() + "> { ?s ?p ?o } }");
            org.apache.jena.graph.Graph graph = server.execute(q, qe -> qe.execConstruct().getGraph());
            String problem = Validation.check(graph);
            if (problem != null) onInvalid.accept(g, problem);
        }
        return n;
    }
}
