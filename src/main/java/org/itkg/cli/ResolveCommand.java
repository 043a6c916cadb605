package org.itkg.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.itkg.resolve.Decisions;
import org.itkg.resolve.Resolver;
import org.itkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Resolve persons and events across the whole store again and rewrite the entities, timeline and stats graphs: "
                + "after a change of itkg's resolution rules, or writes made with SPARQL Update or the Graph Store Protocol. "
                + "Loads, posts and removals keep the store resolved without it.")
final class ResolveCommand implements Callable<Integer> {
    @Mixin
    ExistingStore db;

    @Override
    public Integer call() {
        try (Store store = db.openToWrite("stop the server first: a full resolution rewrites the derived graphs")) {
            if (store == null) return 2;
            Resolver.Summary r = Resolver.run(store.dataset(), Decisions.read(store.decisionsFile()));
            System.err.printf(Locale.ROOT, "resolved %s: %,d persons (%,d names merged), %,d events (%,d reports merged), %,d uncertain pairs; "
                            + "resolution %.1f s (%,d nodes renamed), entities, timeline and stats graphs %.1f s%n",
                    store.dir(), r.persons(), r.personMerges(), r.events(), r.eventMerges(), r.candidates(), r.resolveSeconds(), r.renamed(), r.digestSeconds());
            return 0;
        }
    }
}
