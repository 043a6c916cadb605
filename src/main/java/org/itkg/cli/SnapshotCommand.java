package org.itkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.itkg.replication.Snapshot;
import org.itkg.store.LogPosition;
import org.itkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Write a store, its full-text index and the log offset it has applied into one file, from which "
                + "'serve --replica … --from-snapshot FILE' starts a new replica that catches up from the next offset. "
                + "Run it on a store no server holds (a stopped replica).")
final class SnapshotCommand implements Callable<Integer> {
    @Option(names = "--db", description = "TDB2 directory (default: ${DEFAULT-VALUE})", defaultValue = "data/tdb2")
    Path db;

    @Option(names = "--out", required = true, description = "the snapshot file to write (a zip)")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(db)) {
            System.err.println(db + ": no store here");
            return 2;
        }
        if (RunningServer.refusesWrites(db, "stop it first: a snapshot copies the store's files")) return 2;
        String topic;
        long offset;
        // opening the store takes its lock, so no process writes while its files are copied
        try (Store store = Store.open(db)) {
            topic = store.followedTopic();
            offset = topic == null ? -1 : Txn.calculateRead(store.dataset(), () -> LogPosition.read(store.dataset(), topic));
            Snapshot.write(db, Store.textDir(db), out);
        }
        System.err.println(topic == null ? "wrote " + out + " (this store follows no change log)"
                : "wrote " + out + ": the store as of offset " + offset + " of " + topic);
        return 0;
    }
}
