package org.itkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.itkg.query.QueryRunner;
import org.itkg.query.SavedQueries;
import org.itkg.query.SavedQuery;
import org.itkg.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a saved query by name (see 'itkg queries'), or SPARQL text, against the store.")
final class QueryCommand implements Callable<Integer> {
    @Option(names = "--db", description = "TDB2 directory (default: ${DEFAULT-VALUE})", defaultValue = "data/tdb2")
    Path db;

    @Option(names = "--format", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})", defaultValue = "table")
    QueryRunner.Format format;

    @Option(names = "--timeout", description = "time limit in seconds (default: ${DEFAULT-VALUE})", defaultValue = "60")
    int timeoutSeconds;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "a parameter of a saved query (repeatable)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--queries", paramLabel = "DIR", description = "a folder of .rq files added to the built-in ones")
    Path queriesDir;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "NAME|SPARQL", description = "a saved query's name, or the query text")
        String text;

        @Option(names = "--file", paramLabel = "Q.rq", description = "read the query from a file")
        Path file;
    }

    @Override
    public Integer call() throws IOException {
        Query query;
        try {
            query = query();
        } catch (QueryParseException e) {
            System.err.println("query does not parse: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (noStore(db)) return 2;
        var server = RunningServer.forReading(db);
        if (server.isPresent()) {
            try {
                QueryRunner.run(org.itkg.query.QuerySource.remote(server.get().sparql()), query, format, System.out);
            } catch (org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
                System.err.println(server.get().url() + " answered " + e.getStatusCode() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                return Main.SOME_FAILED;
            }
            return 0;
        }
        try (Store store = Store.open(db)) {
            store.queryTimeout(timeoutSeconds * 1000L);
            try {
                QueryRunner.run(store.dataset(), query, format, System.out);
            } catch (org.apache.jena.query.text.TextIndexException | org.apache.jena.query.text.TextIndexParseException e) {
                System.err.println(QueryRunner.textError(e));
                return 2;
            }
            return 0;
        }
    }

    /** Says so on standard error when there is no store at {@code db}. */
    static boolean noStore(Path db) {
        if (Files.isDirectory(db)) return false;
        System.err.println("no store at " + db + ": run 'itkg load' first");
        return true;
    }

    private Query query() throws IOException {
        if (source.file != null) {
            String text = Files.readString(source.file, StandardCharsets.UTF_8);
            if (params.isEmpty()) return QueryFactory.create(text);
            String name = source.file.getFileName().toString().replaceFirst("\\.rq$", "");
            return SavedQuery.parse(name, text).bind(params);
        }
        SavedQuery saved = source.text.matches("[A-Za-z0-9_-]+") ? SavedQueries.load(queriesDir).get(source.text) : null;
        if (saved != null) return saved.bind(params);
        if (source.text.matches("[A-Za-z0-9_-]+"))
            throw new IllegalArgumentException("no saved query named " + source.text + " (see 'itkg queries')");
        if (!params.isEmpty()) throw new IllegalArgumentException("--param needs a saved query, not SPARQL text");
        return QueryFactory.create(source.text);
    }
}
