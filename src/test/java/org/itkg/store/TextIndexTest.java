package org.itkg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.system.Txn;
import org.itkg.query.QueryRunner;
import org.itkg.query.SavedQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextIndexTest {
    @TempDir
    Path tmp;

    static List<String> search(Store s, String words) {
        var q = SavedQueries.load(null).get("search").bind(Map.of("text", words));
        return Txn.calculateRead(s.dataset(), () -> {
            ResultSetRewindable rs = QueryRunner.select(s.dataset(), q);
            List<String> out = new ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                out.add(r.getResource("article").getURI().replaceAll(".*/", "") + " " + r.getLiteral("passages").getString());
            }
            return out;
        });
    }

    @Test
    void loadedArticlesAreSearchableWithPersianStemmingAndAReloadReplacesTheirText() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "id: a\nlang: fa\ndate: 2025-01-05\n\nوزیران کشور ایران و ترکیه درباره اعتراضات مرزی و گذرگاه‌ها گفتگو کردند.");
        Files.writeString(in.resolve("b.txt"), "lang: tr\ndate: 2025-01-06\n\nİçişleri bakanları sınır kapılarını görüştü; İran heyeti Ankara'daydı.");
        Path db = tmp.resolve("db");
        try (Store s = Store.open(db)) {
            new Loader(s, 10, f -> fail(f.toString()), n -> {}).load(List.of(in));
            assertEquals(1, search(s, "اعتراض").size(), "the singular finds the plural");
            assertTrue(search(s, "اعتراض").get(0).contains("<b>"), search(s, "اعتراض").toString());
            assertEquals(1, search(s, "گذرگاه").size(), "a ZWNJ plural is found by its stem");
            assertEquals(1, search(s, "Iran").size(), "İran and Iran are one word");
            assertEquals(0, search(s, "قاچاق").size());

            Files.writeString(in.resolve("a.txt"), "id: a\nlang: fa\ndate: 2025-01-05\n\nوزیران کشور ایران و ترکیه درباره قاچاق سوخت گفتگو کردند.");
            new Loader(s, 10, f -> fail(f.toString()), n -> {}).load(List.of(in.resolve("a.txt")));
            assertEquals(0, search(s, "اعتراض").size(), "the replaced text has left the index");
            assertEquals(1, search(s, "قاچاق").size());
        }
        try (Store s = Store.open(db)) { // the index is on disk beside the store
            assertTrue(Files.isDirectory(Store.textDir(db)));
            assertEquals(1, search(s, "قاچاق").size());
        }
    }

    @Test
    void aConfigurationWhoseIndexCannotDeleteIsRefused() throws Exception {
        String config = Files.readString(Path.of("fuseki-config/itkg.ttl"))
                .replace("\"data/tdb2-text\"", "\"" + tmp.resolve("t-text") + "\"").replace("\"data/tdb2\"", "\"" + tmp.resolve("t") + "\"");
        assertTrue(config.contains("text:uidField \"uid\" ;"));
        Path file = tmp.resolve("no-uid.ttl");
        Files.writeString(file, config.replace("text:uidField \"uid\" ;", ""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Store.openConfig(file));
        assertTrue(e.getMessage().contains("uidField"), e.getMessage());
    }
}
