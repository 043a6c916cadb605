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

    /**
     * One event of the timeline; {@code date} is null for an undated event, which {@code published} (its first
     * report's publication day, or null when that is unknown too) places.
     */
    public record Entry(String event, String date, String type, String status, List<String> participants,
                        List<String> participantsEn, String place, List<String> topics, String sentence,
                        String article, String url, String outlet, int reports, String published) {}

    /** The columns of a timeline as CSV: the saved query's, so that both CSVs are one format. */
    static final String[] CSV_COLUMNS = {"event", "date", "type", "status", "participants", "participantsEn", "place", "topics",
            "sentence", "article", "url", "outlet", "reports", "published"};
    /** How the saved query joins the participants of a row, kept in the CSV and split for JSON. */
    static final String NAMES = " · ";

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
                    split(text(r, "participants"), NAMES), split(text(r, "participantsEn"), NAMES), text(r, "place"),
                    split(text(r, "topics"), " "), text(r, "sentence"), text(r, "article"), text(r, "url"), text(r, "outlet"),
                    r.contains("reports") ? r.getLiteral("reports").getInt() : 1, text(r, "published"));
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
        return write(f, "fa");
    }

    /** The timeline in a format; {@code lang} (fa or en) is the language of labels and names in TimelineJS. */
    public String write(Format f, String lang) {
        return switch (f) {
            case json -> json().toPrettyString();
            case timelinejs -> timelineJs(lang).toPrettyString();
            case csv -> csv();
            case html -> html();
        };
    }

    /**
     * Whether no event falls in the window: none dated in it, none undated first reported in it. Events
     * with no day at all belong to every window and do not count.
     */
    public boolean isEmpty() {
        return dated.isEmpty() && undated.stream().allMatch(e -> e.published() == null);
    }

    /** The window in words: "2025-10", "2025-01-01 – 2025-06-30", with any filters ("topic trade"). */
    public String window() {
        List<String> parts = new ArrayList<>();
        if (filters.containsKey("month")) parts.add(filters.get("month"));
        else if (filters.containsKey("from") || filters.containsKey("to"))
            parts.add(filters.getOrDefault("from", "…") + " – " + filters.getOrDefault("to", "…"));
        else parts.add("the latest month with events");
        for (Map.Entry<String, String> e : filters.entrySet())
            if (!List.of("month", "from", "to", "page").contains(e.getKey())) parts.add(e.getKey() + " " + e.getValue());
        return String.join(", ", parts);
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

    /**
     * Knight Lab's TimelineJS 3 JSON: one slide per event, grouped by type, with labels and names in {@code lang}.
     * An undated event is placed on its first report's publication day and marked undated; those with no
     * day at all are counted on the title slide.
     */
    public ObjectNode timelineJs(String lang) {
        ObjectNode root = JSON.createObjectNode();
        String dir = lang.equals("fa") ? "rtl" : "ltr";
        ArrayNode events = root.putArray("events");
        int unplaced = 0;
        List<Entry> all = new ArrayList<>(dated);
        all.addAll(undated);
        for (Entry e : all) {
            String day = e.date() != null ? e.date() : e.published();
            if (day == null) {
                unplaced++;
                continue;
            }
            ObjectNode ev = events.addObject();
            String[] ymd = day.split("-");
            ev.putObject("start_date").put("year", ymd[0]).put("month", ymd[1]).put("day", ymd[2])
                    .put("display_date", e.date() != null ? e.date() : Labels.undated(lang) + " (" + day + ")");
            ObjectNode text = ev.putObject("text");
            List<String> who = new ArrayList<>();
            for (String p : lang.equals("en") ? e.participantsEn() : e.participants()) who.add(Labels.participant(p, lang));
            String type = Labels.type(e.type(), lang) + ("planned".equals(e.status()) ? " (" + Labels.status("planned", lang) + ")" : "");
            text.put("headline", "<span dir=\"" + dir + "\">" + escape(type + ": " + String.join(lang.equals("fa") ? "، " : ", ", who)) + "</span>");
            text.put("text", "<div dir=\"auto\">" + escape(e.sentence()) + "</div>"
                    + (e.url() != null ? "<p><a href=\"" + escape(e.url()) + "\">" + escape(e.outlet() != null ? e.outlet() : e.url()) + "</a></p>" : ""));
            ev.put("group", Labels.type(e.type(), lang));
            ev.put("unique_id", e.event().replaceAll("[^A-Za-z0-9_-]", "_"));
        }
        ObjectNode title = root.putObject("title");
        String headline = lang.equals("fa") ? "روابط ایران و ترکیه" : "Iran–Turkey relations";
        String note = escape(window()) + (unplaced == 0 ? "" : lang.equals("fa")
                ? "<br>" + unplaced + " رویداد بی‌تاریخ که تاریخ انتشار خبرشان هم معلوم نیست در این گاه‌شمار نیامده است."
                : "<br>" + unplaced + " undated events whose report has no publication date either are not on this timeline.");
        title.putObject("text").put("headline", "<span dir=\"" + dir + "\">" + headline + "</span>")
                .put("text", "<div dir=\"" + dir + "\">" + note + "</div>");
        return root;
    }

    /**
     * One row per event, dated then undated, in the columns of the saved query {@code timeline} ({@link
     * #CSV_COLUMNS}, participants joined by " · "), written as every CSV of itkg ({@link Csv}).
     */
    public String csv() {
        StringBuilder b = new StringBuilder();
        try (org.apache.commons.csv.CSVPrinter out = Csv.printer(b, CSV_COLUMNS)) {
            List<Entry> all = new ArrayList<>(dated);
            all.addAll(undated);
            for (Entry e : all)
                out.printRecord(e.event(), e.date(), e.type(), e.status(), String.join(NAMES, e.participants()),
                        String.join(NAMES, e.participantsEn()), e.place(), String.join(" ", e.topics()), e.sentence(), e.article(),
                        e.url(), e.outlet(), e.reports(), e.published());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    /** One self-contained page (no network needed): the page template with this timeline's JSON in it. */
    public String html() {
        return html(null);
    }

    /**
     * The page; a server gives a fresh {@code nonce} per answer and names it in its Content-Security-Policy,
     * so that only the page's own script and style run (a link or a value can never become script).
     */
    public String html(String nonce) {
        String data = json().toString().replace("</", "<\\/");
        String labels = Labels.all().toString().replace("</", "<\\/");
        String page = template().replace("/*TIMELINE_DATA*/null", data).replace("/*LABELS*/null", labels);
        return nonce == null ? page.replace(" nonce=\"ITKG_NONCE\"", "") : page.replace("ITKG_NONCE", nonce);
    }

    private static String template() {
        try (InputStream in = Timeline.class.getResourceAsStream("timeline.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
