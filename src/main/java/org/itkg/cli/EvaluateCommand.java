package org.itkg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.itkg.evaluate.ArticleReport;
import org.itkg.evaluate.Evaluation;
import org.itkg.evaluate.Scores;
import org.itkg.extract.Extraction;
import org.itkg.extract.Extractor;
import org.itkg.resolve.Candidate;
import org.itkg.resolve.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Extract every annotated article of DIR (ID.txt beside ID.json) and score the extraction "
                + "against the annotations: persons, roles, contacts, statements and topics, micro-averaged."})
final class EvaluateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "a directory of articles with their gold JSON")
    Path dir;

    @Option(names = "--verbose", description = "per article: what was missed, what was extra, wrong countries, roles, dates, places")
    boolean verbose;

    @Option(names = "--lang", split = ",", paramLabel = "LANG", description = "score only annotations in these languages (e.g. fa or fa,tr)")
    List<String> langs;

    @Option(names = "--ids", paramLabel = "FILE", description = "score only the article ids listed in FILE, one per line")
    Path idsFile;

    @Option(names = "--json", description = "print the scores as one JSON object")
    boolean json;

    @Option(names = "--predictions", paramLabel = "FILE", description = "also write the extractions as JSON Lines to FILE")
    Path predictions;

    @Option(names = "--errors", description = "contact errors by cause (missed, type, status, participants, spurious) with counts and article ids")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            System.err.println(dir + ": not a directory");
            return 2;
        }
        List<String> ids = Evaluation.annotatedIds(dir);
        if (idsFile != null) {
            Set<String> wanted = new LinkedHashSet<>();
            for (String l : Files.readAllLines(idsFile, StandardCharsets.UTF_8)) if (!l.isBlank()) wanted.add(l.strip());
            ids = new ArrayList<>(wanted);
        }
        Predicate<JsonNode> filter = g -> langs == null || langs.contains(g.path("lang").asText());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int[] failed = {0};
        BufferedWriter pred = predictions == null ? null : Files.newBufferedWriter(predictions, StandardCharsets.UTF_8);
        Scores scores;
        List<Extraction> extractions = new ArrayList<>();
        org.itkg.evaluate.ContactErrors byCause = new org.itkg.evaluate.ContactErrors();
        try {
            scores = Evaluation.run(dir, ids, filter, new Extractor(), new Evaluation.Listener() {
                @Override
                public void prediction(String id, JsonNode extracted) {
                    if (pred == null) return;
                    try {
                        pred.write(extracted.toString());
                        pred.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void extraction(Extraction x) {
                    extractions.add(x);
                }

                @Override
                public void article(ArticleReport report) {
                    byCause.add(report);
                    if (verbose) out.print(report.text());
                }

                @Override
                public void failure(String origin, String reason) {
                    failed[0]++;
                    System.err.println(origin + ": " + reason);
                }
            });
        } finally {
            if (pred != null) pred.close();
        }
        Resolution r = Resolution.of(extractions);
        if (json) {
            com.fasterxml.jackson.databind.node.ObjectNode o = scores.json();
            o.putObject("crossArticleMerges").put("persons", r.persons().merges()).put("events", r.events().merges());
            out.print(o + "\n");
        } else {
            out.print(scores.table());
            out.printf(java.util.Locale.ROOT, "cross-article merges: persons %d, event reports %d%n", r.persons().merges(), r.events().merges());
            if (verbose) printMerges(out, r);
        }
        if (errors) out.print(byCause.table());
        return failed[0] == 0 ? 0 : Main.SOME_FAILED;
    }

    private static void printMerges(PrintStream out, Resolution r) {
        r.persons().variants().forEach((k, v) -> {
            if (v.size() > 1) out.println("person " + k + " ← " + String.join(", ", v));
        });
        r.events().reports().forEach((k, v) -> {
            if (v.size() > 1) out.println("event " + String.join(" = ", v));
        });
        for (Candidate c : r.persons().candidates()) out.println("uncertain " + c.left() + " ? " + c.right() + " (" + c.reason() + ")");
    }
}
