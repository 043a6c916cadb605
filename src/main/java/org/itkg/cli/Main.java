package org.itkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code itkg} command line. Exit status: 0 all went well, 1 some inputs failed, 2 bad usage. */
@Command(name = "itkg", mixinStandardHelpOptions = true, version = "itkg 0.1",
        description = "A knowledge graph of Iran–Turkey relations from news articles.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class, QueriesCommand.class,
                TimelineCommand.class, EntitiesCommand.class, LinkCommand.class, ValidateCommand.class, CompactCommand.class,
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
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
