package org.itkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code itkg} command line. Exit status: 0 all went well, 1 some inputs failed, 2 bad usage. */
@Command(name = "itkg", mixinStandardHelpOptions = true, version = "itkg 0.1",
        description = "A knowledge graph of Iran–Turkey relations from news articles.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class, QueriesCommand.class,
                TimelineCommand.class, EntitiesCommand.class, LinkCommand.class, ValidateCommand.class, CompactCommand.class, RemoveCommand.class, ResolveCommand.class, KafkaCommand.class, SnapshotCommand.class,
                DemoCommand.class, EvaluateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int SOME_FAILED = 1;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::failed);
    }

    /**
     * What a command could not do, in one line: an expected condition (a held store, a server that is not
     * there) is no reason for a Java stack trace. ITKG_DEBUG=1 prints the trace of an unexpected one.
     */
    private static int failed(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof CommandException) {
            cmd.getErr().println(e.getMessage());
            return 2;
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String what = String.valueOf(root.getMessage()).lines().findFirst().orElse(root.getClass().getSimpleName());
        if (what.contains("Failed to get a lock") || what.contains("tdb.lock"))
            what = "the store is in use by another process (a server or a load): " + what;
        cmd.getErr().println(cmd.getCommandName() + ": " + what);
        if (System.getenv("ITKG_DEBUG") != null) e.printStackTrace(cmd.getErr());
        return SOME_FAILED;
    }
}
