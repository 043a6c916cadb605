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
        Run q = run("query", "--db", db, "--format", "csv",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <https://w3id.org/itkg/ontology#Article> } }");
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains("\n2"), q.out());
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
        assertEquals("meeting", tl.get("events").get(0).get("group").asText());
        String csv = run("timeline", "--db", db.toString(), "--format", "csv", "--topic", "border-security").out();
        assertTrue(csv.startsWith("date,type,status,participants"), csv);
        Path html = tmp.resolve("t.html");
        assertEquals(0, run("timeline", "--db", db.toString(), "--format", "html", "--out", html.toString()).code());
        String page = Files.readString(html);
        assertTrue(page.contains("\"2025-10-29\"") && !page.contains("/*TIMELINE_DATA*/"), "the data is in the page");
        assertFalse(page.contains("<script src"), "one self-contained file");
    }
}
