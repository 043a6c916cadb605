package org.itkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A TDB2 store is opened by one process at a time. A server says where it listens in {@code DIR.server}
 * beside the store it holds, so that read commands run on the same store ask it over HTTP, and write
 * commands say what to do instead of failing on TDB2's lock.
 */
final class RunningServer {
    /** The server's base URL ({@code http://127.0.0.1:3030}) and process. */
    record Found(String url, long pid) {
        String sparql() {
            return url + "/itkg/sparql";
        }

        String dataset() {
            return url + "/itkg";
        }
    }

    private RunningServer() {}

    static Path markOf(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".server");
    }

    /** Records that this process serves {@code db} on {@code port}, until it exits. */
    static void announce(Path db, int port) {
        Path mark = markOf(db);
        long pid = ProcessHandle.current().pid();
        try {
            Files.writeString(mark, "http://127.0.0.1:" + port + "\n" + pid + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("note: cannot write " + mark + " (" + e.getMessage() + "); commands on this store will not find the server");
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (Files.readAllLines(mark).get(1).equals(Long.toString(pid))) Files.deleteIfExists(mark);
            } catch (IOException | RuntimeException ignored) {
                // another server has taken the store over, or the mark is gone already
            }
        }));
    }

    /** The live server of another process that holds {@code db}, if there is one. */
    static Optional<Found> of(Path db) {
        Path mark = markOf(db);
        if (!Files.isRegularFile(mark)) return Optional.empty();
        try {
            List<String> lines = Files.readAllLines(mark, StandardCharsets.UTF_8);
            long pid = Long.parseLong(lines.get(1).strip());
            if (pid == ProcessHandle.current().pid()) return Optional.empty();
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of(new Found(lines.get(0).strip(), pid)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The process that holds TDB2's lock on {@code db} (a server started without a mark, a load), if another
     * does. The lock file outlives the lock, so the file's lock is tried, as TDB2 itself does.
     */
    static Optional<Long> lockHolder(Path db) {
        Path lock = db.resolve("tdb.lock");
        if (!Files.isRegularFile(lock)) return Optional.empty();
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(lock,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock l = ch.tryLock();
            if (l != null) {
                l.release();
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(lock).strip());
            return Optional.of(pid);
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return Optional.empty(); // this process holds it
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * For a command that writes: whether the store is held by another process, said in one line with what
     * to do instead.
     */
    static boolean refusesWrites(Path db, String instead) {
        Optional<Found> server = of(db);
        if (server.isPresent()) {
            System.err.println(db + " is held by the itkg server at " + server.get().url() + " (pid " + server.get().pid() + "): "
                    + instead.replace("URL", server.get().dataset()) + ", or stop the server first");
            return true;
        }
        Optional<Long> holder = lockHolder(db);
        if (holder.isPresent()) {
            System.err.println(db + " is in use by process " + holder.get() + " (a server or another load): wait for it or stop it first");
            return true;
        }
        return false;
    }

    /** For a command that reads: the server to ask, or empty to open the store here; a held store without a server is said. */
    static Optional<Found> forReading(Path db) {
        Optional<Found> server = of(db);
        if (server.isPresent()) return server;
        Optional<Long> holder = lockHolder(db);
        if (holder.isPresent())
            throw new CommandException(db + " is in use by process " + holder.get() + ", which serves no endpoint this command can ask: wait for it or stop it first");
        return Optional.empty();
    }
}
