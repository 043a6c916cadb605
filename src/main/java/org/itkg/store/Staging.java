package org.itkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A load into an empty store builds the whole store, with its text index, in a directory beside the
 * target and moves it into place only once it is complete. Jena's bulk loader commits its indexes one
 * by one, so a load killed during that step would otherwise leave a damaged store; killed at any point
 * now, it leaves the empty store as it was (and a staging directory the next load deletes).
 *
 * <p>The move renames the text index first and the database last: the database directory appearing is
 * the commit. Renames stay within one parent directory, so each is atomic.
 */
public final class Staging {
    private Staging() {}

    /** Whether a load into {@code dir} starts from nothing: no directory, or a store without articles. */
    public static boolean startsEmpty(Path dir) {
        if (!Files.isDirectory(dir)) return true;
        try (Store s = Store.open(dir)) {
            return !s.hasArticles();
        }
    }

    /** Where a load into {@code dir} is built: {@code DIR.staging} beside it, its index at {@code DIR.staging-text}. */
    public static Path stagingDir(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".staging");
    }

    /** A fresh store in the staging directory of {@code dir}, after deleting what a killed load left there. */
    public static Store open(Path dir) {
        Path stage = stagingDir(dir);
        delete(stage);
        delete(Store.textDir(stage));
        return Store.open(stage);
    }

    /** Moves the closed staged store of {@code dir} into its place, replacing the empty store there. */
    public static void commit(Path dir) {
        Path stage = stagingDir(dir), target = dir.toAbsolutePath().normalize();
        Path old = target.resolveSibling(target.getFileName() + ".old");
        Path oldText = Store.textDir(old);
        delete(old);
        delete(oldText);
        move(Store.textDir(target), oldText);
        move(target, old);
        move(Store.textDir(stage), Store.textDir(target));
        move(stage, target);
        delete(old);
        delete(oldText);
    }

    /** Deletes a staged store that is not to be kept (a load that wrote no article). */
    public static void discard(Path dir) {
        Path stage = stagingDir(dir);
        delete(stage);
        delete(Store.textDir(stage));
    }

    private static void move(Path from, Path to) {
        if (!Files.exists(from)) return;
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to, e);
        }
    }

    static void delete(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + p, e);
        }
    }
}
