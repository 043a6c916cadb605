package org.itkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.itkg.query.SavedQueries;
import org.itkg.query.Timeline;
import org.itkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Events of a month (or of the months --from/--to) in date order, undated ones apart, as JSON, TimelineJS JSON, CSV or one HTML page.")
final class TimelineCommand implements Callable<Integer> {
    @Option(names = "--db", description = "TDB2 directory (default: ${DEFAULT-VALUE})", defaultValue = "data/tdb2")
    Path db;

    @Option(names = "--format", description = "json, timelinejs, csv or html (default: ${DEFAULT-VALUE})", defaultValue = "json")
    Timeline.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    @Option(names = "--lang", description = "fa or en: the language of labels and names in TimelineJS (default: ${DEFAULT-VALUE})",
            defaultValue = "fa")
    String lang;

    @Option(names = "--queries", paramLabel = "DIR", description = "a folder of .rq files; its timeline.rq replaces the built-in one")
    Path queriesDir;

    @Option(names = "--month", description = "the month, YYYY-MM (default: the latest month with events, or the months of --from/--to)") String month;
    @Option(names = "--topic", description = "a topic code (trade, border-security ...)") String topic;
    @Option(names = "--person", description = "part of a participant's name") String person;
    @Option(names = "--country", description = "a state taking part (IR, TR ...)") String country;
    @Option(names = "--type", description = "an event type (meeting, phone-call ...)") String type;
    @Option(names = "--status", description = "occurred or planned") String status;
    @Option(names = "--from", description = "first day, YYYY-MM-DD") String from;
    @Option(names = "--to", description = "last day, YYYY-MM-DD") String to;

    @Override
    public Integer call() throws IOException {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "month", month);
        put(filters, "topic", topic);
        put(filters, "person", person);
        put(filters, "country", country);
        put(filters, "type", type);
        put(filters, "status", status);
        put(filters, "from", from);
        put(filters, "to", to);
        if (!lang.equals("fa") && !lang.equals("en")) {
            System.err.println("--lang: fa or en, not " + lang);
            return 2;
        }
        if (QueryCommand.noStore(db)) return 2;
        String text;
        var server = RunningServer.forReading(db);
        try (Store store = server.isPresent() ? null : Store.open(db)) {
            var source = server.isPresent() ? org.itkg.query.QuerySource.remote(server.get().sparql())
                    : org.itkg.query.QuerySource.local(store.dataset());
            Timeline t = Timeline.of(source, SavedQueries.load(queriesDir), filters);
            if (t.isEmpty()) {
                // an empty TimelineJS file is one TimelineJS refuses; an empty CSV or page reads as "nothing happened"
                System.err.println("no events in " + t.window() + "; nothing written (see 'itkg query timeline' for the months with events)");
                return Main.SOME_FAILED;
            }
            text = t.write(format, lang);
            if (!t.undated().isEmpty())
                System.err.printf("%d dated and %d undated events in %s%n", t.dated().size(), t.undated().size(), t.window());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (out != null) Files.writeString(out, text, StandardCharsets.UTF_8);
        else System.out.print(text);
        return 0;
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) m.put(k, v);
    }
}
