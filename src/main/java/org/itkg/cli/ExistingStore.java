package org.itkg.cli;

import java.nio.file.Path;
import org.itkg.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option of commands that work on a store that must already exist. */
final class ExistingStore {
    @Option(names = "--db", description = "TDB2 directory (default: ${DEFAULT-VALUE})", defaultValue = "data/tdb2")
    Path db;

    /** The store at {@code --db}; null, said on standard error, when there is none. */
    Store open() {
        return QueryCommand.noStore(db) ? null : Store.open(db);
    }
}
