package org.itkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.itkg.query.Parameter;
import org.itkg.query.SavedQueries;
import org.itkg.query.SavedQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "queries", mixinStandardHelpOptions = true, description = "List the saved queries and their parameters.")
final class QueriesCommand implements Callable<Integer> {
    @Option(names = "--queries", paramLabel = "DIR", description = "a folder of .rq files added to the built-in ones")
    Path dir;

    @Override
    public Integer call() {
        SavedQueries queries;
        try {
            queries = SavedQueries.load(dir);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        for (SavedQuery q : queries.all()) {
            System.out.println(q.name() + " — " + q.summary());
            for (Parameter p : q.parameters())
                System.out.println("    " + p.name() + (p.required() ? " (required" : " (optional") + ", " + p.type()
                        + (p.language() != null ? " @" + p.language() : "")
                        + (p.defaultValue() != null ? ", default " + p.defaultValue() : "") + ")"
                        + (p.description() != null ? ": " + p.description() : ""));
        }
        return 0;
    }
}
