package org.itkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryParseException;
import org.itkg.query.QueryRunner;
import org.itkg.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true, description = "Run a SPARQL query against the store.")
final class QueryCommand implements Callable<Integer> {
    @Option(names = "--db", description = "TDB2 directory (default: ${DEFAULT-VALUE})", defaultValue = "data/tdb2")
    Path db;

    @Option(names = "--format", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})", defaultValue = "table")
    QueryRunner.Format format;

    @Option(names = "--timeout", description = "time limit in seconds (default: ${DEFAULT-VALUE})", defaultValue = "60")
    int timeoutSeconds;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "SPARQL", description = "the query text")
        String text;

        @Option(names = "--file", paramLabel = "Q.rq", description = "read the query from a file")
        Path file;
    }

    @Override
    public Integer call() throws IOException {
        String sparql = source.file != null ? Files.readString(source.file, StandardCharsets.UTF_8) : source.text;
        if (!Files.isDirectory(db)) {
            System.err.println("no store at " + db + ": run 'itkg load' first");
            return 2;
        }
        try (Store store = Store.open(db)) {
            store.queryTimeout(timeoutSeconds * 1000L);
            QueryRunner.run(store.dataset(), sparql, format, System.out);
            return 0;
        } catch (QueryParseException e) {
            System.err.println("query does not parse: " + e.getMessage());
            return 2;
        }
    }
}
