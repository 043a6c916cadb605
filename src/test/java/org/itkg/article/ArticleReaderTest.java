package org.itkg.article;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    final List<Article> articles = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final ArticleSink sink = new ArticleSink() {
        public void article(Article a) { articles.add(a); }
        public void failure(String origin, String reason) { failures.add(origin + ": " + reason); }
    };

    Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void headerAndBody() throws Exception {
        write("a1.txt", "url: https://example.org/1\noutlet: Example News\ndate: 2024-03-05\nlang: fa\n\nوزیر کشور امروز با سفیر دیدار کرد.\n");
        ArticleReader.read(List.of(dir), sink);
        assertEquals(List.of(), failures);
        Article a = articles.get(0);
        assertEquals(16, a.id().length(), "an article with a url and no id is called by its url's digest: " + a.id());
        assertEquals("https://example.org/1", a.url());
        assertEquals("Example News", a.outlet());
        assertEquals(LocalDate.of(2024, 3, 5), a.date());
        assertEquals("fa", a.lang());
        assertTrue(a.body().startsWith("وزیر کشور"));
    }

    @Test
    void noHeaderIsAllBodyAndBodyDateLineGivesTheDate() throws Exception {
        write("b.txt", " date 2025-10-29 وزیر کشور با همتای ترکیه‌ای خود دیدار کرد.");
        write("c.txt", "The foreign ministers met in Ankara on Monday.");
        ArticleReader.read(List.of(dir), sink);
        assertEquals(2, articles.size());
        assertEquals(LocalDate.of(2025, 10, 29), articles.get(0).date());
        assertEquals("fa", articles.get(0).lang());
        assertNull(articles.get(1).date());
        assertEquals("en", articles.get(1).lang());
    }

    @Test
    void unknownDateIsNull() throws Exception {
        write("d.txt", "outlet: X\ndate: unknown\n\nİçişleri Bakanı İranlı mevkidaşı ile görüştü.");
        ArticleReader.read(List.of(dir), sink);
        assertNull(articles.get(0).date());
        assertEquals("tr", articles.get(0).lang());
    }

    @Test
    void jsonLinesOneBadLineDoesNotStopTheFile() throws Exception {
        write("batch.jsonl", """
                {"id":"j1","url":"https://e.org/1","outlet":"E","date":"2024-01-02","lang":"fa","text":"وزیر کشور دیدار کرد."}
                {"id":"j2", broken
                {"id":"j3","text":"The ministers spoke by phone."}
                {"id":"j4","text":""}
                """);
        ArticleReader.read(List.of(dir), sink);
        assertEquals(List.of("j1", "j3"), articles.stream().map(Article::id).toList());
        assertEquals(2, failures.size());
        assertTrue(failures.get(0).contains("batch.jsonl:2") && failures.get(0).contains("not JSON"), failures.get(0));
        assertTrue(failures.get(1).contains("batch.jsonl:4") && failures.get(1).contains("text"), failures.get(1));
        assertEquals(LocalDate.of(2024, 1, 2), articles.get(0).date());
    }

    @Test
    void badInputsEachGetOneLineAndTheBatchGoesOn() throws Exception {
        write("1-empty.txt", "  \n");
        Files.write(dir.resolve("2-binary.txt"), new byte[] {1, 2, 0, 0, 5, 'a'});
        Files.write(dir.resolve("3-latin1.txt"), "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        write("4-broken-header.txt", "url: https://e.org\nthis line is not a header\n\nbody");
        write("5-bad-date.txt", "date: 29/10/2025\n\nbody text");
        write("6-good.txt", "وزیر امور خارجه ترکیه وارد تهران شد.");
        write("7-header-only.txt", "url: https://e.org\noutlet: E\n");
        write("notes.json", "{\"not\": \"an article\"}");
        ArticleReader.read(List.of(dir), sink);
        assertEquals(1, articles.size());
        assertTrue(articles.get(0).origin().endsWith("6-good.txt"));
        assertEquals(6, failures.size(), failures.toString());
        assertTrue(failures.get(0).contains("1-empty.txt: empty file"));
        assertTrue(failures.get(1).contains("2-binary.txt: binary file"));
        assertTrue(failures.get(2).contains("3-latin1.txt: not valid UTF-8"));
        assertTrue(failures.get(3).contains("4-broken-header.txt: broken header"));
        assertTrue(failures.get(4).contains("5-bad-date.txt") && failures.get(4).contains("29/10/2025"));
        assertTrue(failures.get(5).contains("7-header-only.txt"));
        for (String f : failures) assertFalse(f.contains("\n"), "one line: " + f);
    }

    @Test
    void missingAndHugeFiles() throws Exception {
        Path huge = dir.resolve("huge.txt");
        byte[] line = "وزیر ".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
        Files.write(huge, line);
        ArticleReader.read(List.of(dir.resolve("gone.txt"), huge), sink);
        assertEquals(0, articles.size());
        assertTrue(failures.get(0).contains("gone.txt: no such file"));
        assertTrue(failures.get(1).contains("huge.txt: too large"));
    }

    @Test
    void twoFilesWithOneNameInTwoFoldersAreTwoArticles() throws Exception {
        write("a/same.txt", "وزیر کشور ایران با سفیر ترکیه دیدار کرد.");
        write("b/same.txt", "The Turkish foreign minister called his Iranian counterpart.");
        ArticleReader.read(List.of(dir.resolve("a/same.txt"), dir.resolve("b/same.txt")), sink);
        assertEquals(List.of(), failures);
        assertEquals(2, articles.size());
        assertNotEquals(articles.get(0).id(), articles.get(1).id());
    }

    @Test
    void theSameTextAnywhereIsOneArticleAndADeclaredIdWins() throws Exception {
        write("x/index.txt", "Ministers met in Ankara.");
        write("y/copy.txt", "Ministers met in Ankara.\n");
        write("z/index.txt", "id: story-7\nurl: https://example.org/7\n\nMinisters met in Ankara.");
        ArticleReader.read(List.of(dir.resolve("x"), dir.resolve("y"), dir.resolve("z")), sink);
        assertEquals(List.of(), failures);
        assertEquals(2, articles.size(), "the copy is the same article, read once");
        assertEquals("story-7", articles.get(1).id());
    }

    @Test
    void twoDifferentArticlesDeclaringOneIdAreAnErrorNamingBoth() throws Exception {
        write("a/1.txt", "url: https://example.org/n\n\nFirst story.");
        write("b/2.txt", "url: https://example.org/n\n\nA different story.");
        ArticleReader.read(List.of(dir), sink);
        assertEquals(1, articles.size());
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("2.txt") && failures.get(0).contains("1.txt"), failures.get(0));
    }

    @Test
    void aHeaderKeyWithoutItsColonIsABrokenHeaderNotBodyText() throws Exception {
        write("1.txt", "url https://example.org/a\n\nبدنه خبر.");
        write("2.txt", "lang fa\n\nبدنه خبر.");
        write("3.txt", "outlet IRNA\ndate: 2025-01-01\n\nبدنه خبر.");
        write("4.txt", "Title fight ends in Ankara\n\nA headline is not a header.");
        ArticleReader.read(List.of(dir), sink);
        assertEquals(3, failures.size(), failures.toString());
        for (String f : failures) assertTrue(f.contains("broken header"), f);
        assertEquals(1, articles.size());
        assertTrue(articles.get(0).body().startsWith("Title fight"));
    }

    @Test
    void onlyHttpUrlsAreTaken() throws Exception {
        write("1.txt", "url: javascript:window.x=1//\n\nMinisters met.");
        write("2.txt", "url: data:text/html,<b>x</b>\n\nMinisters met.");
        write("3.txt", "url: https://exa mple.org/\n\nMinisters met.");
        write("4.txt", "url: http:///nohost\n\nMinisters met.");
        write("5.txt", "url: https://www.irna.ir/news/85/وزیر\n\nMinisters met.");
        write("6.jsonl", "{\"url\":\"javascript:alert(1)\",\"text\":\"Ministers met.\"}\n");
        ArticleReader.read(List.of(dir), sink);
        assertEquals(5, failures.size(), failures.toString());
        assertTrue(failures.get(4).contains("6.jsonl:1"), failures.get(4));
        assertEquals(1, articles.size());
        assertEquals("https://www.irna.ir/news/85/وزیر", articles.get(0).url());
    }

    @Test
    void jsonFieldsThatAreNotStringsAreRefused() throws Exception {
        write("n.jsonl", """
                {"text":12345}
                {"id":7,"text":"Ministers met."}
                {"text":["a"]}
                {"text":"Ministers met in Tehran."}
                """);
        ArticleReader.read(List.of(dir), sink);
        assertEquals(3, failures.size(), failures.toString());
        assertTrue(failures.get(0).contains("n.jsonl:1") && failures.get(0).contains("\"text\" is a JSON number"), failures.get(0));
        assertTrue(failures.get(1).contains("n.jsonl:2") && failures.get(1).contains("\"id\""), failures.get(1));
        assertEquals(1, articles.size());
    }

    @Test
    void aPathThatDoesNotExistIsReported() {
        ArticleReader.read(List.of(dir.resolve("nowhere")), sink);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("nowhere: no such file or directory"), failures.get(0));
    }
}
