package org.itkg.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A timeline: the rows of the saved query {@code timeline} for some filters, as events in date order and
 * undated events apart, written as JSON, TimelineJS JSON, CSV or one self-contained HTML page.
 */
public final class Timeline {
    public enum Format { json, timelinejs, csv, html }

    /** One event of the timeline; {@code date} is null for an undated event. */
    public record Entry(String event, String date, String type, String status, List<String> participants,
                        List<String> participantsEn, String place, List<String> topics, String sentence,
                        String article, String url, String outlet, int reports) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Entry> dated;
    private final List<Entry> undated;
    private final Map<String, String> filters;
    private final int pageSize;

    private Timeline(List<Entry> dated, List<Entry> undated, Map<String, String> filters, int pageSize) {
        this.dated = dated;
        this.undated = undated;
        this.filters = filters;
        this.pageSize = pageSize;
    }

    /**
     * Runs {@code timeline} of {@code queries} with {@code filters} (its parameters) against the store: the
     * one page that {@code filters} names, else every page of the window, read one after another.
     */
    public static Timeline of(DatasetGraph dsg, SavedQueries queries, Map<String, String> filters) {
        return of(QuerySource.local(dsg), queries, filters);
    }

    /** The same, from wherever {@code source} runs queries (a store here, or a running server). */
    public static Timeline of(QuerySource source, SavedQueries queries, Map<String, String> filters) {
        SavedQuery q = queries.get("timeline");
        if (q == null) throw new IllegalStateException("no saved query named timeline");
        List<Entry> dated = new ArrayList<>(), undated = new ArrayList<>();
        boolean onePage = q.pagination() == 0 || filters.containsKey("page");
        for (int page = 1; ; page++) {
            Map<String, String> call = new java.util.LinkedHashMap<>(filters);
            if (!onePage) call.put("page", Integer.toString(page));
            int n = read(source.select(q.bind(call)), dated, undated);
            if (onePage || n < q.pagination()) break;
        }
        return new Timeline(dated, undated, filters, q.pagination());
    }

    private static int read(ResultSetRewindable rows, List<Entry> dated, List<Entry> undated) {
        int n = 0;
        while (rows.hasNext()) {
            n++;
            QuerySolution r = rows.next();
            Entry e = new Entry(text(r, "event"), text(r, "date"), text(r, "type"), text(r, "status"),
                    split(text(r, "participants"), " · "), split(text(r, "participantsEn"), " · "), text(r, "place"),
                    split(text(r, "topics"), " "), text(r, "sentence"), text(r, "article"), text(r, "url"), text(r, "outlet"),
                    r.contains("reports") ? r.getLiteral("reports").getInt() : 1);
            (e.date() != null ? dated : undated).add(e);
        }
        return n;
    }

    public List<Entry> dated() { return dated; }

    public List<Entry> undated() { return undated; }

    private static String text(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        if (n == null) return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static List<String> split(String s, String sep) {
        if (s == null || s.isEmpty()) return List.of();
        return Arrays.asList(s.split(java.util.regex.Pattern.quote(sep)));
    }

    public String write(Format f) {
        return switch (f) {
            case json -> json().toPrettyString();
            case timelinejs -> timelineJs().toPrettyString();
            case csv -> csv();
            case html -> html();
        };
    }

    /** {@code {"filters": {...}, "pageSize": 100, "events": [...], "undated": [...]}}. */
    public ObjectNode json() {
        ObjectNode root = JSON.createObjectNode();
        root.set("filters", JSON.valueToTree(filters));
        root.put("pageSize", pageSize);
        root.set("events", JSON.valueToTree(dated));
        root.set("undated", JSON.valueToTree(undated));
        return root;
    }

    /** Knight Lab's TimelineJS 3 JSON: one slide per dated event, grouped by type. */
    public ObjectNode timelineJs() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode title = root.putObject("title");
        title.putObject("text").put("headline", "Iran–Turkey relations").put("text", filters.isEmpty() ? "" : filters.toString());
        ArrayNode events = root.putArray("events");
        for (Entry e : dated) {
            ObjectNode ev = events.addObject();
            String[] ymd = e.date().split("-");
            ev.putObject("start_date").put("year", ymd[0]).put("month", ymd[1]).put("day", ymd[2]);
            ObjectNode text = ev.putObject("text");
            text.put("headline", e.type() + ": " + String.join(", ", e.participantsEn()));
            text.put("text", escape(e.sentence()) + (e.url() != null ? " <a href=\"" + escape(e.url()) + "\">source</a>" : ""));
            ev.put("group", e.type());
            ev.put("unique_id", e.event().replaceAll("[^A-Za-z0-9_-]", "_"));
        }
        return root;
    }

    public String csv() {
        StringBuilder b = new StringBuilder("date,type,status,participants,participants_en,place,topics,sentence,article,url,reports\r\n");
        List<Entry> all = new ArrayList<>(dated);
        all.addAll(undated);
        for (Entry e : all)
            b.append(String.join(",", cell(e.date()), cell(e.type()), cell(e.status()), cell(String.join("; ", e.participants())),
                    cell(String.join("; ", e.participantsEn())), cell(e.place()), cell(String.join(" ", e.topics())),
                    cell(e.sentence()), cell(e.article()), cell(e.url()), String.valueOf(e.reports()))).append("\r\n");
        return b.toString();
    }

    /** One self-contained page (no network needed): the page template with this timeline's JSON in it. */
    public String html() {
        String data = json().toString().replace("</", "<\\/");
        return template().replace("/*TIMELINE_DATA*/null", data);
    }

    private static String template() {
        try (InputStream in = Timeline.class.getResourceAsStream("timeline.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String s) {
        if (s == null) return "";
        return s.matches(".*[,\"\r\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
