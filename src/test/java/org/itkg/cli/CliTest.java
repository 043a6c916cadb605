package org.itkg.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.commandLine().execute(args);
            System.out.flush();
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void extractJsonIsTheGoldShapeOneObjectPerArticle() throws Exception {
        Run r = run("extract", "--format", "json", "seeds");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length);
        JsonNode o = new ObjectMapper().readTree(lines[0]);
        for (String f : new String[] {"id", "lang", "date", "persons", "events", "topics"}) assertTrue(o.has(f), f);
        assertEquals("2025-10-29", o.get("date").asText());
    }

    @Test
    void extractRdfFormatsParse() throws Exception {
        for (String[] f : new String[][] {{"trig", "TRIG"}, {"nq", "NQUADS"}, {"ttl", "TURTLE"}}) {
            Run r = run("extract", "--format", f[0], "seeds/000_4d4c9ac5616d6315.txt");
            assertEquals(0, r.code(), r.err());
            var ds = org.apache.jena.query.DatasetFactory.create();
            org.apache.jena.riot.RDFParser.fromString(r.out(), org.apache.jena.riot.RDFLanguages.nameToLang(f[1])).parse(ds);
            long n = ds.asDatasetGraph().stream().count();
            assertTrue(n > 50, f[0] + " gave " + n + " quads");
        }
    }

    @Test
    void aFailedInputIsReportedAndTheExitStatusSaysSo() throws Exception {
        Files.write(tmp.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        Files.writeString(tmp.resolve("good.txt"), "احمد وحیدی وزیر کشور گفت.");
        Run r = run("extract", "--format", "json", tmp.toString());
        assertEquals(Main.SOME_FAILED, r.code());
        assertEquals(1, r.out().strip().split("\n").length);
        assertTrue(r.err().contains("bad.txt: not valid UTF-8"), r.err());
    }

    @Test
    void loadThenQuery() {
        String db = tmp.resolve("db").toString();
        Run load = run("load", "--db", db, "seeds");
        assertEquals(0, load.code(), load.err());
        assertTrue(load.err().contains("loaded 2 articles"), load.err());
        assertTrue(load.err().contains("into an empty store"), load.err());
        Run again = run("load", "--db", db, "seeds");
        assertEquals(0, again.code(), again.err());
        assertFalse(again.err().contains("into an empty store"), "a second load is not into an empty store: " + again.err());
        Run q = run("query", "--db", db, "--format", "csv",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <https://w3id.org/itkg/ontology#Article> } }");
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains("\n\"2\""), q.out());
        Run bad = run("query", "--db", db, "SELEKT nonsense");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("does not parse"));
    }

    @Test
    void savedQueriesAreListedAndRunByNameWithParameters() throws Exception {
        Path db = tmp.resolve("db");
        assertEquals(0, run("load", "--db", db.toString(), "seeds").code());
        Run list = run("queries");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("timeline — ") && list.out().contains("    from (optional, date)"), list.out());
        Run r = run("query", "timeline", "--db", db.toString(), "--param", "type=meeting", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2025-10-29") && r.out().contains("Tehran"), r.out());
        Run bad = run("query", "timeline", "--db", db.toString(), "--param", "from=yesterday");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("parameter from"), bad.err());
        assertEquals(2, run("query", "no-such-query", "--db", db.toString()).code());
    }

    @Test
    void timelineFormats() throws Exception {
        Path db = tmp.resolve("db");
        assertEquals(0, run("load", "--db", db.toString(), "seeds").code());
        Run json = run("timeline", "--db", db.toString(), "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode t = new ObjectMapper().readTree(json.out());
        assertEquals("2025-10-29", t.get("events").get(0).get("date").asText());
        assertTrue(t.get("undated").size() > 0, "the undated events are listed apart");
        JsonNode tl = new ObjectMapper().readTree(run("timeline", "--db", db.toString(), "--format", "timelinejs", "--type", "meeting").out());
        assertEquals("2025", tl.get("events").get(0).get("start_date").get("year").asText());
        assertEquals("دیدار", tl.get("events").get(0).get("group").asText(), "the type's label in the chosen language (fa by default)");
        String csv = run("timeline", "--db", db.toString(), "--format", "csv", "--topic", "border-security").out();
        assertTrue(csv.startsWith("\"event\",\"date\",\"type\",\"status\",\"participants\",\"participantsEn\""), csv);
        Path html = tmp.resolve("t.html");
        assertEquals(0, run("timeline", "--db", db.toString(), "--format", "html", "--out", html.toString()).code());
        String page = Files.readString(html);
        assertTrue(page.contains("\"2025-10-29\"") && !page.contains("/*TIMELINE_DATA*/"), "the data is in the page");
        assertFalse(page.contains("<script src"), "one self-contained file");
    }

    @Test
    void timelineJsHasEveryEventLabelsInItsLanguageAndAReadableTitle() throws Exception {
        Path db = tmp.resolve("db");
        assertEquals(0, run("load", "--db", db.toString(), "seeds").code());
        Run en = run("timeline", "--db", db.toString(), "--format", "timelinejs", "--lang", "en");
        assertEquals(0, en.code(), en.err());
        JsonNode tl = new ObjectMapper().readTree(en.out());
        String title = tl.path("title").path("text").path("text").asText();
        assertFalse(title.contains("{") || title.matches("(?s).*[a-z]+=[0-9a-z].*"), "the window in words, not a map: " + title);
        String all = tl.path("events").toString();
        assertTrue(all.contains(">Meeting: ") && !all.matches("(?s).*>[a-z-]+: .*"), "type labels, not codes: " + all);
        assertFalse(all.matches(".*: [A-Z]{2}(,|<).*"), "states by name, not code: " + all);
        // the seed with no date has neither a day nor a publication date: counted on the title slide
        assertTrue(title.contains("undated events"), title);
        Run fa = run("timeline", "--db", db.toString(), "--format", "timelinejs");
        JsonNode tf = new ObjectMapper().readTree(fa.out());
        assertTrue(tf.path("events").get(0).path("text").path("headline").asText().contains("dir=\"rtl\""));
        assertTrue(tf.path("title").path("text").path("headline").asText().contains("روابط ایران و ترکیه"));
        Run none = run("timeline", "--db", db.toString(), "--format", "timelinejs", "--month", "2019-01");
        assertEquals(Main.SOME_FAILED, none.code());
        assertTrue(none.err().contains("no events in 2019-01"), none.err());
        assertEquals("", none.out(), "no file TimelineJS would refuse");
    }

    @Test
    void theTimelineCsvAndTheSavedQueryCsvAreOneFormat() throws Exception {
        Path db = tmp.resolve("db");
        assertEquals(0, run("load", "--db", db.toString(), "seeds").code());
        String fromTimeline = run("timeline", "--db", db.toString(), "--format", "csv").out();
        String fromQuery = run("query", "--db", db.toString(), "timeline", "--format", "csv").out();
        assertEquals(fromQuery.lines().findFirst().orElseThrow(), fromTimeline.lines().findFirst().orElseThrow(), "the same columns");
        var parse = (java.util.function.Function<String, java.util.List<org.apache.commons.csv.CSVRecord>>) text -> {
            try {
                return org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text)).getRecords();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        var a = parse.apply(fromTimeline);
        var b = parse.apply(fromQuery);
        assertEquals(b.size(), a.size());
        for (int i = 0; i < a.size(); i++) assertEquals(b.get(i).get("participants"), a.get(i).get("participants"), "one separator");
    }

    @Test
    void aCsvValueWithACommaAndAnyLineBreakStaysOneCell() throws Exception {
        String[] values = {"a, b\u2028c", "d, e\u0085f", "g\n\nh", "i\"j", "k\u2029l, m"};
        StringBuilder sparql = new StringBuilder("SELECT ?v ?w WHERE { VALUES ?v { ");
        for (String v : values) sparql.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                .replace("\u2028", "\\u2028").replace("\u0085", "\\u0085").replace("\u2029", "\\u2029")).append("\" ");
        sparql.append("} BIND(\"z\" AS ?w) }");
        Path db = tmp.resolve("db");
        assertEquals(0, run("load", "--db", db.toString(), "seeds").code());
        Run r = run("query", "--db", db.toString(), "--format", "csv", sparql.toString());
        assertEquals(0, r.code(), r.err());
        var rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(r.out())).getRecords();
        assertEquals(values.length, rows.size());
        for (var row : rows) {
            assertEquals(2, row.size(), row.toString());
            assertEquals("z", row.get("w"));
        }
        // every cell is quoted, so a reader that splits lines at U+2028 or U+0085 does not split a row either
        for (String line : r.out().split("\r\n")) if (!line.isEmpty()) assertTrue(line.startsWith("\"") && line.endsWith("\""), line);
    }
}
