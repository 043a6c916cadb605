package org.itkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.itkg.server.ItkgServer;
import org.itkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load seeds/ into ./data/tdb2 and serve it, printing the URLs and example queries.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "3030")
    int port;

    @Option(names = "--seeds", description = "articles to load (default: ${DEFAULT-VALUE})", defaultValue = "seeds")
    Path seeds;

    @Option(names = "--db", description = "TDB2 directory (default: ${DEFAULT-VALUE})", defaultValue = "data/tdb2")
    Path db;

    static final String WHO_MET_WHOM = """
            PREFIX itkg: <https://w3id.org/itkg/ontology#>
            PREFIX sem:  <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?date ?type ?a ?b WHERE {
              ?e a ?cls ; sem:hasActor ?x, ?y . ?cls rdfs:label ?type . FILTER(lang(?type) = "en")
              ?cls rdfs:subClassOf itkg:Contact .
              ?x rdfs:label ?a . ?y rdfs:label ?b . FILTER(STR(?x) < STR(?y))
              OPTIONAL { ?e itkg:date ?date }
            } ORDER BY ?date""";

    static final String ROLES = """
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX itkg: <https://w3id.org/itkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?person ?position ?portfolio ?country WHERE {
              ?p org:holds ?post ; rdfs:label ?person .
              ?post org:role/rdfs:label ?position ; itkg:country/rdfs:label ?country .
              OPTIONAL { ?post itkg:portfolio ?portfolio }
            }""";

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(seeds)) {
            System.err.println("no seed articles at " + seeds.toAbsolutePath());
            return 2;
        }
        if (RunningServer.refusesWrites(db, "query it at URL")) return 2;
        Store store = Store.open(db);
        LoadCommand.load(store, List.of(seeds), 200, null);
        ItkgServer server = ItkgServer.start(store.dataset(), new ItkgServer.Settings("127.0.0.1", port, null, 30_000));
        RunningServer.announce(db, server.port());
        ServeCommand.printUrls(server.port(), false);
        System.out.println();
        System.out.println("Try, in the UI or with curl --data-urlencode query=... http://localhost:" + server.port() + "/itkg/sparql :");
        System.out.println();
        System.out.println("# who met whom, when");
        System.out.println(WHO_MET_WHOM);
        System.out.println();
        System.out.println("# persons and their offices");
        System.out.println(ROLES);
        System.out.println();
        System.out.println("Stop with Ctrl-C.");
        server.join();
        return 0;
    }
}
