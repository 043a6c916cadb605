package org.itkg.replication;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A store as one file, to start a new replica from: the TDB2 folder, its full-text index and, inside the
 * store, the offset of the last change it applied. The replica then catches up from the next offset
 * instead of replaying the whole log. Written from a store no process holds.
 */
public final class Snapshot {
    private Snapshot() {}

    /** Writes the store in {@code db} and its index in {@code text} to {@code out} (a zip file). */
    public static void write(Path db, Path text, Path out) throws IOException {
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        try (OutputStream o = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(o)) {
            add(zip, db, "db/");
            if (Files.isDirectory(text)) add(zip, text, "text/");
        }
        // a snapshot that is there is whole
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void add(ZipOutputStream zip, Path dir, String prefix) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            // the lock of the process that last held the store is not part of it
            if (f.getFileName().toString().equals("tdb.lock")) continue;
            zip.putNextEntry(new ZipEntry(prefix + dir.relativize(f).toString().replace('\\', '/')));
            Files.copy(f, zip);
            zip.closeEntry();
        }
    }

    /** Unpacks a snapshot into {@code db} and {@code text}, which must not hold anything yet. */
    public static void restore(Path snapshot, Path db, Path text) throws IOException {
        for (Path d : new Path[] {db, text})
            if (Files.isDirectory(d)) try (Stream<Path> s = Files.list(d)) {
                if (s.findAny().isPresent()) throw new IllegalArgumentException(d + " is not empty: a snapshot starts a new store");
            }
        try (InputStream in = Files.newInputStream(snapshot); ZipInputStream zip = new ZipInputStream(in)) {
            boolean any = false;
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                Path base = name.startsWith("db/") ? db : name.startsWith("text/") ? text : null;
                if (base == null || e.isDirectory()) continue;
                Path target = base.resolve(name.substring(name.indexOf('/') + 1)).normalize();
                if (!target.startsWith(base.normalize())) throw new IllegalArgumentException(snapshot + ": an entry leaves its folder: " + name);
                Files.createDirectories(target.getParent());
                Files.copy(zip, target);
                any |= base == db;
            }
            if (!any) throw new IllegalArgumentException(snapshot + " holds no store: not an itkg snapshot");
        } catch (java.util.zip.ZipException e) {
            throw new IllegalArgumentException(snapshot + " is not an itkg snapshot: " + e.getMessage(), e);
        }
    }
}
