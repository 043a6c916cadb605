package org.itkg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.itkg.article.Article;
import org.itkg.cli.Main;
import org.apache.jena.riot.system.StreamRDFBase;
import org.itkg.extract.Extractor;
import org.itkg.graph.ArticleGraph;
import org.itkg.graph.Iris;
import org.itkg.graph.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationTest {
    @TempDir
    Path tmp;

    private static List<Quad> graphOf(String body) {
        List<Quad> quads = new ArrayList<>();
        ArticleGraph.write(new Extractor().extract(new Article("v", null, null, java.time.LocalDate.of(2025, 2, 3), "fa", body, "v")),
                new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        quads.add(q);
                    }
                });
        return quads;
    }

    @Test
    void anExtractedGraphConformsAndOneMissingAParticipantOrEvidenceDoesNot() {
        List<Quad> quads = graphOf("احمد وحیدی وزیر کشور ایران امروز با سلیمان سویلو وزیر کشور ترکیه در آنکارا دیدار کرد.");
        assertNull(Validation.check(quads));
        Node event = Iris.event("v", 0);
        List<Quad> broken = new ArrayList<>(quads);
        broken.removeIf(q -> q.getSubject().equals(event) && (q.getPredicate().equals(Vocab.SEM_ACTOR) || q.getPredicate().equals(Vocab.P_EVIDENCE)));
        String problem = Validation.check(broken);
        assertNotNull(problem);
        assertTrue(problem.contains("hasActor") && problem.contains("evidence"), problem);
        assertFalse(problem.contains("\n"), "one line");
    }

    @Test
    void validateReportsEachInvalidGraphOfAStore() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "id: a\ndate: 2025-02-03\n\nاحمد وحیدی وزیر کشور ایران امروز با سلیمان سویلو وزیر کشور ترکیه در آنکارا دیدار کرد.");
        Path db = tmp.resolve("db");
        try (Store s = Store.open(db)) {
            new Loader(s, 1, f -> fail(f.toString()), n -> {}).load(List.of(in));
        }
        assertEquals(0, Main.commandLine().execute("validate", "--db", db.toString()));
        try (Store s = Store.open(db)) { // damage the graph behind the loader's back
            Node g = Iris.article("a");
            Txn.executeWrite(s.dataset(), () -> s.dataset().deleteAny(g, Iris.event("a", 0), Vocab.P_STATUS, Node.ANY));
        }
        assertEquals(Main.SOME_FAILED, Main.commandLine().execute("validate", "--db", db.toString()));
    }
}
