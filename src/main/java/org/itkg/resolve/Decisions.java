package org.itkg.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An analyst's verdicts on pairs of person keys, from a tab-separated file: {@code confirm KEY KEY [note]}
 * or {@code reject KEY KEY [note]}, one per line, {@code #} for comments. A key may be written as the
 * person's IRI. A confirmed pair is always one person; a rejected pair never is.
 */
public final class Decisions {
    public static final Decisions NONE = new Decisions(List.of(), List.of());
    private static final String PERSON = "https://w3id.org/itkg/person/";

    private final List<String[]> confirmed;
    private final List<String[]> rejected;

    private Decisions(List<String[]> confirmed, List<String[]> rejected) {
        this.confirmed = confirmed;
        this.rejected = rejected;
    }

    /** The decisions in {@code file}; none if it does not exist. A malformed line is an error naming file and line. */
    public static Decisions read(Path file) {
        if (file == null || !Files.exists(file)) return NONE;
        List<String[]> confirmed = new ArrayList<>();
        List<String[]> rejected = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 3 || !(f[0].equals("confirm") || f[0].equals("reject")))
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'confirm|reject<TAB>KEY<TAB>KEY', got: " + line);
            String[] pair = {key(f[1]), key(f[2])};
            (f[0].equals("confirm") ? confirmed : rejected).add(pair);
        }
        return new Decisions(confirmed, rejected);
    }

    /** The line that records a verdict, for appending to the file. */
    public static String line(boolean confirm, String a, String b, String note) {
        return (confirm ? "confirm" : "reject") + "\t" + key(a) + "\t" + key(b) + (note == null ? "" : "\t" + note);
    }

    List<String[]> confirmed() {
        return confirmed;
    }

    List<String[]> rejected() {
        return rejected;
    }

    private static String key(String s) {
        String k = s.strip();
        return k.startsWith(PERSON) ? java.net.URLDecoder.decode(k.substring(PERSON.length()), StandardCharsets.UTF_8) : k;
    }
}
