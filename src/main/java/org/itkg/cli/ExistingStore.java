package org.itkg.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.itkg.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option of commands that work on a store that must already exist. */
final class ExistingStore {
    @Option(names = "--db", description = "TDB2 directory (default: ${DEFAULT-VALUE})", defaultValue = "data/tdb2")
    Path db;

    /**
     * The store at {@code --db}, to write; null, said on standard error, when there is none or another
     * process holds it ({@code instead} says what to do then).
     */
    Store openToWrite(String instead) {
        if (QueryCommand.noStore(db) || RunningServer.refusesWrites(db, instead)) return null;
        return Store.open(db);
    }

    /** The server that holds the store at {@code --db}, to ask over HTTP; empty when the store can be opened here. */
    Optional<RunningServer.Found> server() {
        return RunningServer.forReading(db);
    }

    /** The store at {@code --db}, to read here; null, said on standard error, when there is none. */
    Store openToRead() {
        return QueryCommand.noStore(db) ? null : Store.open(db);
    }
}
