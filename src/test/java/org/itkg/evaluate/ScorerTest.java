package org.itkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.itkg.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    @Test
    void namesCompareWithoutSpacesZwnjOrLetterVariants() {
        assertEquals(NameKey.of("علی رضایی"), NameKey.of("علي\u200cرضايي"));
        assertEquals(NameKey.of("Çağrı Öz"), NameKey.of("cagri oz"));
        assertEquals(List.of("هاکان", "فیدان"), NameKey.tokens(" هاکان  فیدان "));
    }

    @Test
    void surnameAloneMatchesTheFullNameButAnotherPersonDoesNot() throws Exception {
        JsonNode full = json("{'name':'هاکان فیدان'}");
        assertTrue(Scorer.samePerson(json("{'name':'فیدان'}"), full));
        assertTrue(Scorer.samePerson(json("{'name':'H. Fidan','aliases':['هاکان فیدان']}"), full));
        assertFalse(Scorer.samePerson(json("{'name':'هاکان'}"), full), "a given name alone shares no surname");
        assertFalse(Scorer.samePerson(json("{'name':'علی فیدانی'}"), full));
    }

    @Test
    void scoresPersonsRolesContactsStatementsAndTopics() throws Exception {
        JsonNode gold = json("{'id':'t','persons':["
                + "{'name':'سارا احمدی','country':'IR','roles':[{'position':'minister','portfolio':'interior','country':'IR'}]},"
                + "{'name':'Ayşe Kaya','country':'TR','roles':[{'position':'ambassador','portfolio':null,'country':'TR'}]}],"
                + "'events':[{'type':'meeting','status':'occurred','date':'2024-01-02','place':'Tehran','participants':['سارا احمدی','Ayşe Kaya']},"
                + "{'type':'agreement','status':'planned','date':null,'place':null,'participants':['IR','TR']},"
                + "{'type':'statement','status':'occurred','participants':['سارا احمدی']}],"
                + "'topics':['trade','border-security']}");
        JsonNode pred = json("{'id':'t','persons':["
                + "{'name':'احمدی','country':'IR','roles':[{'position':'minister','portfolio':'interior','country':'IR'}]},"
                + "{'name':'Kaya','country':'IR','roles':[]},{'name':'Mehmet Demir','country':'TR','roles':[]}],"
                + "'events':[{'type':'meeting','status':'occurred','date':'2024-01-03','place':'tehran','participants':['احمدی','Kaya']},"
                + "{'type':'visit','status':'occurred','participants':['TR']},"
                + "{'type':'statement','participants':['احمدی']},{'type':'statement','participants':['Mehmet Demir']}],"
                + "'topics':['trade','energy','health']}");
        Scorer s = new Scorer();
        ArticleReport r = s.add("t", gold, pred);
        Scores x = s.result();
        assertEquals(2.0 / 3, x.persons().p(), 1e-9);
        assertEquals(1.0, x.persons().r(), 1e-9);
        assertEquals(0.5, x.personCountryAcc(), 1e-9);
        assertEquals(0.5, x.roleAcc(), 1e-9);
        assertEquals(0.5, x.contacts().p(), 1e-9);
        assertEquals(0.5, x.contacts().r(), 1e-9);
        assertEquals(0.0, x.eventDateAcc(), 1e-9);
        assertEquals(1.0, x.eventPlaceAcc(), 1e-9, "places compare without case");
        assertEquals(0.5, x.statements().p(), 1e-9);
        assertEquals(1.0, x.statements().r(), 1e-9);
        assertEquals(1.0 / 3, x.topics().p(), 1e-9);
        assertEquals(0.5, x.topics().r(), 1e-9);
        assertEquals(List.of("Mehmet Demir"), r.extraPersons);
        assertEquals(List.of("agreement/planned [IR, TR]"), r.missedContacts);
        assertTrue(r.text().contains("missed topics: border-security"));
    }

    @Test
    void aMissingExtractionScoresAsEmpty() throws Exception {
        Scorer s = new Scorer();
        s.add("t", json("{'persons':[{'name':'سارا احمدی'}],'events':[],'topics':['trade']}"), null);
        Scores x = s.result();
        assertEquals(0.0, x.persons().r());
        assertEquals(0.0, x.topics().f1());
        assertNull(x.roleAcc());
        assertEquals(1.0, x.contacts().f1(), "no contacts expected and none found");
    }

    /** The figures must be those of the reference scorer, to three decimals, on the dev corpus. */
    @Test
    void agreesWithTheReferenceScorer(@TempDir Path tmp) throws Exception {
        Path dev = Path.of("..", "shared", "corpus", "dev"), scorer = Path.of("..", "shared", "tools", "score.py");
        assumeTrue(Files.isDirectory(dev) && Files.isRegularFile(scorer), "needs ../shared beside the checkout");
        assumeTrue(python() != null, "needs python3 for the reference scorer");
        Path pred = tmp.resolve("pred.jsonl");
        StringBuilder lines = new StringBuilder();
        Scores ours = Evaluation.run(dev, Evaluation.annotatedIds(dev), g -> true, new Extractor(), new Evaluation.Listener() {
            @Override
            public void prediction(String id, JsonNode extracted) {
                lines.append(extracted).append('\n');
            }
        });
        Files.writeString(pred, lines, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(python(), scorer.toString(), dev.toString(), pred.toString(), "--json")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        JsonNode ref = JSON.readTree(out), mine = ours.json();
        assertTrue(ref.path("articles").asInt() > 50);
        for (String k : List.of("persons", "contacts", "statements", "topics"))
            for (String m : List.of("p", "r", "f1"))
                assertEquals(ref.path(k).path(m).asDouble(), mine.path(k).path(m).asDouble(), 5e-4, k + " " + m);
        for (String k : List.of("person_country_acc", "role_acc", "event_date_acc", "event_place_acc", "overall"))
            assertEquals(ref.path(k).asDouble(), mine.path(k).asDouble(), 5e-4, k);
    }

    @Test
    void contactErrorsByCauseAgreeWithTheReferenceTool(@TempDir Path tmp) throws Exception {
        Path dev = Path.of("..", "shared", "corpus", "dev"), tool = Path.of("..", "shared", "tools", "contact-errors.py");
        assumeTrue(Files.isDirectory(dev) && Files.isRegularFile(tool), "needs ../shared beside the checkout");
        assumeTrue(python() != null, "needs python3 for the reference tool");
        Path pred = tmp.resolve("pred.jsonl"), ids = tmp.resolve("ids");
        StringBuilder lines = new StringBuilder();
        ContactErrors mine = new ContactErrors();
        List<String> all = Evaluation.annotatedIds(dev);
        Evaluation.run(dev, all, g -> true, new Extractor(), new Evaluation.Listener() {
            @Override
            public void prediction(String id, JsonNode extracted) {
                lines.append(extracted).append('\n');
            }

            @Override
            public void article(ArticleReport report) {
                mine.add(report);
            }
        });
        Files.writeString(pred, lines, StandardCharsets.UTF_8);
        Files.write(ids, all);
        Process p = new ProcessBuilder(python(), tool.toString(), dev.toString(), pred.toString(), ids.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        String last = out.strip().lines().reduce((x, y) -> y).orElseThrow();
        java.util.Map<String, Integer> ref = new java.util.HashMap<>();
        var m = java.util.regex.Pattern.compile("'([a-z ]+)': (\\d+)").matcher(last);
        while (m.find()) ref.put(m.group(1), Integer.parseInt(m.group(2)));
        assertEquals(ref.getOrDefault("gold missed", 0), mine.count("missed"), last);
        assertEquals(ref.getOrDefault("gold type", 0), mine.count("type"), last);
        assertEquals(ref.getOrDefault("gold status", 0), mine.count("status"), last);
        assertEquals(ref.getOrDefault("gold participants", 0), mine.count("participants"), last);
        assertEquals(ref.getOrDefault("pred unmatched", 0), mine.count("spurious"), last);
    }

    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            if (Files.isExecutable(Path.of(dir, "python3"))) return Path.of(dir, "python3").toString();
        return null;
    }
}
