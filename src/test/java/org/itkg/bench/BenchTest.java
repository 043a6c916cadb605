package org.itkg.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of the benchmark at a small N: every stage runs and reports; no figure is judged here. */
class BenchTest {
    @TempDir
    static Path tmp;

    @Test
    void everyStageRunsAndTheSectionForNReplacesItsOldSelf() throws Exception {
        String section = new Bench(30, tmp, line -> {}).run();
        assertTrue(section.startsWith("## 30 articles"), section);
        assertTrue(section.matches("(?s).*\\| extraction, 1 thread \\| [\\d,]+ articles/s.*"), section);
        assertTrue(section.matches("(?s).*\\| ingest ratio, itkg load / bulk loader \\| \\d+\\.\\d\\d \\|.*"), section);
        assertTrue(section.matches("(?s).*\\| incremental: one article by POST /api/articles \\| p50 [\\d,]+ ms, max [\\d,]+ ms \\(30 runs\\), 30 of 30 on the timeline.*"), section);
        assertTrue(section.matches("(?s).*\\| incremental: one article removed by DELETE /api/articles \\| p50 [\\d,]+ ms.*"), section);
        assertTrue(section.matches("(?s).*\\| incremental: one article by itkg load --endpoint \\(in this JVM\\) \\| p50 [\\d,]+ ms, max [\\d,]+ ms \\(10 runs\\).*"), section);
        for (String q : new String[] {"timeline", "meetings-between", "topic-trend", "who-met-whom", "search"})
            assertTrue(section.matches("(?s).*\\| " + q + " \\| [^|]* \\|  \\| \\d+ \\| \\d+ \\|.*"), q + " answered 200 and was timed:\n" + section);

        Path out = tmp.resolve("BENCH.md");
        Files.writeString(out, "# B\n\n## Targets\n\nby hand\n");
        Bench.writeInto(out, "# B", "## 1,000 articles\n\nold\n", 1000);
        Bench.writeInto(out, "# B", section, 30);
        Bench.writeInto(out, "# B", "## 1,000 articles\n\nnew\n", 1000);
        String md = Files.readString(out);
        assertTrue(md.indexOf("## 30 articles") < md.indexOf("## 1,000 articles"), "sections in ascending N");
        assertTrue(md.contains("new") && !md.contains("old"), md);
        assertTrue(md.indexOf("## 1,000 articles") < md.indexOf("## Targets") && md.contains("by hand"), "a section written by hand stays, last: " + md);
    }
}
