package org.itkg.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.itkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Reclaim the space TDB2 leaves behind at every write: copy the live data into a fresh generation and delete the old one. "
                + "Run it after large or many loads, when no load is running (writers wait while it copies).")
final class CompactCommand implements Callable<Integer> {
    @Option(names = "--db", description = "TDB2 directory (default: ${DEFAULT-VALUE})", defaultValue = "data/tdb2")
    Path db;

    @Override
    public Integer call() {
        if (QueryCommand.noStore(db)) return 2;
        try (Store store = Store.open(db)) {
            long before = store.sizeOnDisk();
            long t0 = System.nanoTime();
            store.compact();
            long after = store.sizeOnDisk();
            System.err.printf(Locale.ROOT, "compacted %s: %,d → %,d bytes in %.1f s%n", db, before, after, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }
}
