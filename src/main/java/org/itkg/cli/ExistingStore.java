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
        Store store = Store.open(db);
        if (followsLog(store)) {
            store.close();
            return null;
        }
        return store;
    }

    /**
     * Whether the store follows a change log, said on standard error: its changes come from the log only,
     * through its writer, or a replica would never see them.
     */
    static boolean followsLog(Store store) {
        String topic = store.followedTopic();
        if (topic == null) return false;
        System.err.println(store.dir() + " follows the change log topic " + topic + ": change it through the topic's writer "
                + "(itkg load --endpoint URL, itkg remove --endpoint URL), not here");
        return true;
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
