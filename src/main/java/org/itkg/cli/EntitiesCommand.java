package org.itkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.itkg.query.QueryRunner;
import org.itkg.query.SavedQueries;
import org.itkg.resolve.Decisions;
import org.itkg.resolve.Resolver;
import org.itkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "List the persons resolved across articles, with their name variants and article counts; "
                + "or the uncertain pairs kept apart (--ambiguous), and an analyst's verdict on one (--confirm, --reject).")
final class EntitiesCommand implements Callable<Integer> {
    @Mixin
    ExistingStore db;

    @Option(names = "--ambiguous", description = "list the uncertain pairs, with the reason each was kept apart")
    boolean ambiguous;

    @Option(names = "--name", paramLabel = "TEXT", description = "only persons with a name containing TEXT")
    String name;

    @Option(names = "--confirm", arity = "2", paramLabel = "KEY", description = "record that two persons (keys or IRIs) are one, and resolve again")
    List<String> confirm;

    @Option(names = "--reject", arity = "2", paramLabel = "KEY", description = "record that two persons are different, and resolve again")
    List<String> reject;

    @Option(names = "--note", description = "a note kept with the verdict")
    String note;

    @Option(names = "--decisions", paramLabel = "FILE", description = "the verdicts file (default: entity-decisions.tsv beside the database directory)")
    Path decisions;

    @Option(names = "--format", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})", defaultValue = "table")
    QueryRunner.Format format;

    @Override
    public Integer call() throws IOException {
        boolean writes = confirm != null || reject != null;
        if (!writes && QueryCommand.noStore(db.db)) return 2;
        var server = writes ? java.util.Optional.<RunningServer.Found>empty() : db.server();
        if (server.isPresent()) {
            QueryRunner.run(org.itkg.query.QuerySource.remote(server.get().sparql()), listQuery(), format, System.out);
            return 0;
        }
        try (Store store = writes ? db.openToWrite("a verdict resolves the store again") : db.openToRead()) {
            if (store == null) return 2;
            Path file = decisions != null ? decisions : store.decisionsFile();
            if (confirm != null || reject != null) {
                List<String> pair = confirm != null ? confirm : reject;
                Files.writeString(file, Decisions.line(confirm != null, pair.get(0), pair.get(1), note) + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                Resolver.Summary r = Resolver.run(store.dataset(), Decisions.read(file));
                System.err.printf(Locale.ROOT, "recorded in %s; resolved: %,d persons (%,d names merged), %,d uncertain pairs%n",
                        file, r.persons(), r.personMerges(), r.candidates());
                return 0;
            }
            QueryRunner.run(store.dataset(), listQuery(), format, System.out);
            return 0;
        }
    }

    private org.apache.jena.query.Query listQuery() {
        return SavedQueries.load(null).get(ambiguous ? "entity-candidates" : "entities")
                .bind(name == null || ambiguous ? Map.of() : Map.of("name", name));
    }
}
