package org.itkg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example call of a saved query or a timeline in README.md and queries/README.md, run as written
 * on a store of seeds/ (what the demo loads): each answers with rows. Only the federated query that needs
 * the internet, and the review list that is empty when no two persons are in doubt, answer without rows.
 */
class ReadmeExamplesTest {
    @TempDir
    Path tmp;

    static final Pattern CALL = Pattern.compile("(?:\\./)?itkg (query|timeline) ([^`\\n]*)");
    static final List<String> MAY_BE_EMPTY = List.of("wikidata-offices", "entity-candidates");

    static List<String> examples() throws Exception {
        List<String> out = new ArrayList<>();
        for (String f : new String[] {"README.md", "queries/README.md"}) {
            Matcher m = CALL.matcher(Files.readString(Path.of(f)));
            while (m.find()) {
                String args = m.group(2).replaceAll("\\s+#.*$", "").strip();
                if (args.isEmpty() || args.startsWith("NAME") || args.startsWith("[") || args.startsWith("(")) continue; // a synopsis, not a call
                out.add(m.group(1) + " " + args);
            }
        }
        return out;
    }

    @Test
    void everyExampleAnswersOnTheSeeds() throws Exception {
        Path db = tmp.resolve("db");
        assertEquals(0, CliTest.run("load", "--db", db.toString(), "seeds").code());
        List<String> calls = examples();
        assertTrue(calls.size() >= 15, "the examples were found: " + calls);
        List<String> failed = new ArrayList<>();
        for (String call : calls) {
            List<String> args = new ArrayList<>(List.of(call.split(" ")));
            if (args.get(1).equals("wikidata-offices")) continue; // needs the internet
            args.add(1, "--db");
            args.add(2, db.toString());
            int out = args.indexOf("--out");
            if (out >= 0) args.set(out + 1, tmp.resolve(args.get(out + 1)).toString());
            if (!args.contains("--format") && args.get(0).equals("query")) args.addAll(List.of("--format", "csv"));
            CliTest.Run r = CliTest.run(args.toArray(String[]::new));
            String answer = out >= 0 ? Files.readString(Path.of(args.get(out + 1))) : r.out();
            boolean rows = args.get(0).equals("timeline") ? answer.contains("2025") : answer.strip().lines().count() > 1;
            if (r.code() != 0 || (!rows && !MAY_BE_EMPTY.contains(args.get(3))))
                failed.add(call + " → exit " + r.code() + ", " + r.err().strip() + " " + answer.strip().lines().limit(2).toList());
        }
        assertEquals(List.of(), failed);
    }
}
