package org.itkg.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.itkg.store.Store;
import org.itkg.store.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every article graph of the store against the SHACL shapes of ontology/shapes.ttl, one line per invalid graph.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ExistingStore db;

    @Override
    public Integer call() {
        try (Store store = db.open()) {
            if (store == null) return 2;
            long t0 = System.nanoTime();
            int[] invalid = {0};
            long checked = Validation.checkStore(store.dataset(), (g, problem) -> {
                invalid[0]++;
                System.out.println(g.getURI() + ": " + problem);
            });
            double ms = (System.nanoTime() - t0) / 1e6;
            System.err.printf(Locale.ROOT, "%,d article graphs checked in %.0f ms (%.2f ms each), %,d invalid%n",
                    checked, ms, checked == 0 ? 0 : ms / checked, invalid[0]);
            return invalid[0] == 0 ? 0 : Main.SOME_FAILED;
        }
    }
}
