package org.itkg.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.itkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Reclaim the space TDB2 leaves behind at every write: copy the live data into a fresh generation and delete the old one. "
                + "Run it after large or many loads, when no load is running (writers wait while it copies).")
final class CompactCommand implements Callable<Integer> {
    @Mixin
    ExistingStore db;

    @Override
    public Integer call() {
        try (Store store = db.openToWrite("compaction needs the store to itself")) {
            if (store == null) return 2;
            long before = store.sizeOnDisk();
            long t0 = System.nanoTime();
            store.compact();
            long after = store.sizeOnDisk();
            System.err.printf(Locale.ROOT, "compacted %s: %,d → %,d bytes in %.1f s%n", store.dir(), before, after, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }
}
