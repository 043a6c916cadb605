package org.itkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.itkg.store.Loader;
import org.itkg.resolve.Resolver;
import org.itkg.store.Staging;
import org.itkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract articles and load them into the TDB2 store. Loading an article replaces its graph, so a re-load changes nothing.")
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--db", description = "TDB2 directory (default: ${DEFAULT-VALUE})", defaultValue = "data/tdb2")
    Path db;

    @Option(names = "--batch", description = "articles per write transaction (default: ${DEFAULT-VALUE})", defaultValue = "200")
    int batch;

    @Option(names = "--decisions", paramLabel = "FILE",
            description = "the analyst's confirm/reject verdicts on uncertain merges (default: entity-decisions.tsv beside the database directory)")
    Path decisions;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "load into a running server's dataset (http://host:3030/itkg) instead of --db: posted to its /api/articles, "
                    + "which extracts, resolves and keeps its derived graphs; a Fuseki without that resource gets Graph Store PUTs")
    java.net.URI endpoint;

    @Option(names = "--graph-store", description = "with --endpoint: write article graphs with Graph Store PUTs even where /api/articles exists")
    boolean graphStore;

    @Option(names = "--user", description = "user for the remote dataset's writes (HTTP basic authentication)")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "the user's password: the file's first line, or the line 'USER: password' of a Fuseki password file")
    Path passwordFile;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files (.txt, .jsonl) or directories")
    List<Path> paths;

    @Override
    public Integer call() {
        // a path that is not there is a mistake in the command, not a bad article: say so before any store is made
        List<Path> missing = paths.stream().filter(p -> !java.nio.file.Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            for (Path p : missing) System.err.println(p + ": no such file or directory; nothing loaded");
            return 2;
        }
        if (endpoint != null) return remote();
        if (RunningServer.refusesWrites(db, "load through it with itkg load --endpoint URL --user U --password-file F")) return 2;
        if (Staging.startsEmpty(db)) return staged();
        try (Store store = Store.open(db)) {
            if (ExistingStore.followsLog(store)) return 2;
            Loader.Summary s = load(store, paths, batch, decisions);
            return s.failures() == 0 ? 0 : Main.SOME_FAILED;
        }
    }

    /** Into an empty store: built beside it and moved into place once complete (see {@link Staging}). */
    private int staged() {
        Loader.Summary s;
        try (Store store = Staging.open(db)) {
            s = load(store, paths, batch, decisions, db);
        }
        if (s.articles() == 0) Staging.discard(db);
        else Staging.commit(db);
        return s.failures() == 0 ? 0 : Main.SOME_FAILED;
    }

    private int remote() {
        String password = null;
        if (user != null) {
            if (passwordFile == null) {
                System.err.println("--user needs --password-file");
                return 2;
            }
            try {
                password = password(passwordFile, user);
            } catch (java.io.IOException | IllegalArgumentException e) {
                System.err.println(passwordFile + ": " + e.getMessage());
                return 2;
            }
        }
        if (!graphStore) {
            org.itkg.store.RemoteIngest ingest = new org.itkg.store.RemoteIngest(endpoint, user, password);
            org.itkg.store.RemoteIngest.Summary s;
            try {
                s = ingest.post(paths, batch, LoadCommand::report, LoadCommand::progress);
            } catch (RuntimeException e) {
                System.err.println(endpoint + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
                return Main.SOME_FAILED;
            }
            if (!s.noApi()) {
                if (TERMINAL) System.err.print("\r\033[K");
                System.err.printf(Locale.ROOT, "loaded %,d articles, %,d failed, in %.1f s into %s (resolved there)%n",
                        s.articles(), s.failures(), s.seconds(), ingest.api());
                return s.failures() == 0 ? 0 : Main.SOME_FAILED;
            }
            System.err.println(ingest.api() + " is not there: writing article graphs with Graph Store PUTs "
                    + "(that server's entities, timeline and stats graphs are not kept up to date)");
        }
        Loader loader = Loader.remote(endpoint, user, password, batch, LoadCommand::report, LoadCommand::progress);
        Loader.Summary s;
        try {
            s = loader.load(paths);
        } catch (RuntimeException e) {
            System.err.println(endpoint + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
            return Main.SOME_FAILED;
        }
        done(s, endpoint.toString());
        return s.failures() == 0 ? 0 : Main.SOME_FAILED;
    }

    /** The password of {@code user}: the line "user: password" of a Fuseki password file, else the first line. */
    static String password(Path file, String user) throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        String first = null;
        for (String l : lines) {
            if (l.isBlank() || l.startsWith("#")) continue;
            if (l.startsWith(user + ":")) return l.substring(user.length() + 1).strip();
            if (first == null) first = l.strip();
        }
        if (first == null) throw new IllegalArgumentException("no password in the file");
        return first;
    }

    private static final boolean TERMINAL = System.console() != null;

    private static void report(Loader.Failure f) {
        if (TERMINAL) System.err.print("\r\033[K");
        System.err.println(f.origin() + ": " + f.reason());
    }

    private static long reported;

    /** On a terminal, one line kept up to date; in a log, a line per thousand articles written. */
    private static void progress(long n) {
        if (TERMINAL) System.err.printf(Locale.ROOT, "\r\033[Kloading: %,d articles", n);
        else if (n / 1000 > reported / 1000) System.err.printf(Locale.ROOT, "loading: %,d articles written%n", n);
        reported = n;
    }

    private static void done(Loader.Summary s, String into) {
        if (TERMINAL) System.err.print("\r\033[K");
        System.err.printf(Locale.ROOT, "loaded %,d articles, %,d quads, %,d failed, in %.1f s into %s%n",
                s.articles(), s.quads(), s.failures(), s.seconds(), into);
    }

    static Loader.Summary load(Store store, List<Path> paths, int batch, Path decisions) {
        return load(store, paths, batch, decisions, store.dir());
    }

    /** Loads into {@code store}, naming {@code into} as where the articles go (a staged store is moved there). */
    static Loader.Summary load(Store store, List<Path> paths, int batch, Path decisions, Path into) {
        boolean empty = !store.hasArticles();
        Loader loader = new Loader(store, batch, LoadCommand::report, LoadCommand::progress);
        if (decisions != null) loader.decisions(decisions);
        Loader.Summary s = loader.load(paths);
        done(s, into.toString());
        Resolver.Summary r = s.resolved();
        System.err.printf(Locale.ROOT, "resolved across the store: %,d persons (%,d names merged), %,d events (%,d reports merged), %,d uncertain pairs (itkg entities --ambiguous)%n",
                r.persons(), r.personMerges(), r.events(), r.eventMerges(), r.candidates());
        System.err.printf(Locale.ROOT, "of the %.1f s: resolution %.1f s (%,d nodes renamed%s), "
                        + "articles %.1f s, entities, timeline and stats graphs %.1f s%n",
                s.seconds(), r.resolveSeconds(), r.renamed(), empty ? "; into an empty store, with the first reading of the articles" : "",
                s.seconds() - r.resolveSeconds() - r.digestSeconds(), r.digestSeconds());
        return s;
    }
}
