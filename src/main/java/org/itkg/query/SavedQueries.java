package org.itkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The saved queries by name: those shipped with itkg (the project's {@code queries/} folder, packed into
 * the jar) and, over them, the {@code .rq} files of a folder of the user's. A file's name is its query's name.
 */
public final class SavedQueries {
    private static final String BUILT_IN = "org/itkg/queries";
    private final Map<String, SavedQuery> byName = new TreeMap<>();

    private SavedQueries() {}

    /** The built-in queries, then those of {@code dir} (may be null), which win on a shared name. */
    public static SavedQueries load(Path dir) {
        SavedQueries q = new SavedQueries();
        q.addBuiltIn();
        if (dir != null) {
            if (!Files.isDirectory(dir)) throw new IllegalArgumentException("no query folder " + dir);
            q.addAll(dir);
        }
        return q;
    }

    public Collection<SavedQuery> all() {
        return byName.values();
    }

    /** The query called {@code name}, or null. */
    public SavedQuery get(String name) {
        return byName.get(name);
    }

    private void addBuiltIn() {
        URL url = SavedQueries.class.getClassLoader().getResource(BUILT_IN);
        if (url == null) return;
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                addAll(fs.getPath(BUILT_IN));
            } else {
                addAll(Path.of(uri));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the built-in queries: " + e.getMessage(), e);
        }
    }

    private void addAll(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String file = f.getFileName().toString();
                if (!file.endsWith(".rq")) continue;
                String name = file.substring(0, file.length() - 3);
                byName.put(name, SavedQuery.parse(name, Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read queries in " + dir + ": " + e.getMessage(), e);
        }
    }
}
