package org.itkg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch of bad inputs made here: each gets one line naming its file, the rest of the batch goes on. */
class BadInputTest {
    @TempDir
    Path tmp;

    private static final String GOOD = "id: a-good\ndate: 2025-02-03\nlang: fa\n\nاحمد وحیدی وزیر کشور ایران امروز با سلیمان سویلو وزیر کشور ترکیه در آنکارا دیدار کرد.";

    @Test
    void badInputsAreReportedOneLineEachAndOnlyGoodArticlesArrive() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"), GOOD);
        Files.writeString(in.resolve("b-empty.txt"), "");
        byte[] binary = new byte[4096];
        new java.util.Random(1).nextBytes(binary);
        Files.write(in.resolve("c-binary.txt"), binary);
        Files.write(in.resolve("d-latin1.txt"), "lang: tr\n\nİçişleri Bakanı görüştü".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("e-huge.txt"), "x".repeat(20 * 1024 * 1024));
        Files.writeString(in.resolve("f-page.txt"), "<!DOCTYPE html><html><head><title>x</title></head><body><p>وزیر کشور ایران</p></body></html>");
        Files.writeString(in.resolve("g-arabic.txt"), "id: g-arabic\nlang: ar\n\nالتقى وزير الخارجية الإيراني نظيره التركي في أنقرة اليوم.");
        Files.writeString(in.resolve("h-english.txt"), "id: h-english\ndate: 2025-03-01\n\nIran's interior minister met his Turkish counterpart in Ankara today to discuss border security.");
        Files.writeString(in.resolve("i-turkish.txt"), "id: i-turkish\ndate: 2025-03-02\n\nİçişleri Bakanı, İranlı mevkidaşı ile Ankara'da sınır güvenliğini görüştü.");
        Files.writeString(in.resolve("j-broken-header.txt"), "date: 2025-13-45\nlang: fa\n\n" + GOOD.substring(GOOD.indexOf("\n\n") + 2));
        Path other = Files.createDirectories(tmp.resolve("in/sub"));
        Files.writeString(other.resolve("a-good.txt"), GOOD.replace("آنکارا", "تهران")); // another article declaring the same id

        List<Loader.Failure> failures = new ArrayList<>();
        Loader.Summary sum;
        Path db = tmp.resolve("db");
        try (Store s = Store.open(db)) {
            // named on the command line, but gone by the time it is read
            sum = new Loader(s, 1, failures::add, n -> {}).load(List.of(in, tmp.resolve("z-vanishes.txt")));
            Set<String> graphs = Txn.calculateRead(s.dataset(), () -> {
                Set<String> out = new TreeSet<>();
                for (var it = s.dataset().listGraphNodes(); it.hasNext(); ) {
                    Node g = it.next();
                    if (g.getURI().contains("/article/")) out.add(g.getURI().replaceAll(".*/article/", ""));
                }
                return out;
            });
            assertEquals(Set.of("a-good", "g-arabic", "h-english", "i-turkish"), graphs, failures.toString());
        }
        Set<String> failed = new TreeSet<>();
        for (Loader.Failure f : failures) {
            assertFalse(f.reason().contains("\n"), "one line: " + f);
            failed.add(Path.of(f.origin().replaceAll(":\\d+$", "")).getFileName().toString());
        }
        assertEquals(Set.of("b-empty.txt", "c-binary.txt", "d-latin1.txt", "e-huge.txt", "f-page.txt", "j-broken-header.txt",
                "a-good.txt", "z-vanishes.txt"), failed, failures.toString());
        assertEquals(4, sum.articles());
        assertEquals(failures.size(), sum.failures());
    }
}
