package org.itkg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line beside a running {@code itkg serve} (a real child process holding the store): read
 * commands ask the server over HTTP, write commands say in one line what to do instead, and nothing prints
 * a stack trace.
 */
class BesideServerTest {
    @TempDir
    Path tmp;

    private static void assertOneLineNoTrace(CliTest.Run r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void readsGoThroughTheServerAndWritesSayWhatToDoInstead() throws Exception {
        Path db = tmp.resolve("db");
        assertEquals(0, CliTest.run("load", "--db", db.toString(), "seeds").code());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.itkg.cli.Main", "serve", "--db", db.toString(), "--port", "0"));
        Process server = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("serve.log").toFile()).start();
        try {
            Path mark = RunningServer.markOf(db);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(mark) && server.isAlive() && System.nanoTime() < deadline) Thread.sleep(50);
            assertTrue(Files.exists(mark), Files.readString(tmp.resolve("serve.log")));

            CliTest.Run q = CliTest.run("query", "--db", db.toString(), "timeline", "--format", "csv");
            assertEquals(0, q.code(), q.err());
            assertTrue(q.out().lines().count() > 1, "the seed events, read through the server: " + q.out());
            CliTest.Run t = CliTest.run("timeline", "--db", db.toString(), "--format", "json");
            assertEquals(0, t.code(), t.err());
            assertTrue(t.out().contains("\"undated\""), t.out());
            CliTest.Run e = CliTest.run("entities", "--db", db.toString(), "--format", "csv");
            assertEquals(0, e.code(), e.err());
            assertTrue(e.out().contains("مومنی"), e.out());
            CliTest.Run v = CliTest.run("validate", "--db", db.toString());
            assertEquals(0, v.code(), v.err());
            assertTrue(v.err().contains("2 article graphs checked"), v.err());

            CliTest.Run load = CliTest.run("load", "--db", db.toString(), "seeds");
            assertEquals(2, load.code());
            assertTrue(load.err().contains("itkg load --endpoint http://127.0.0.1:"), load.err());
            assertOneLineNoTrace(load);
            CliTest.Run compact = CliTest.run("compact", "--db", db.toString());
            assertEquals(2, compact.code());
            assertOneLineNoTrace(compact);
            CliTest.Run verdict = CliTest.run("entities", "--db", db.toString(), "--confirm", "a", "b");
            assertEquals(2, verdict.code());
            assertOneLineNoTrace(verdict);
        } finally {
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(RunningServer.markOf(db)), "a server that stops takes its mark away");
        CliTest.Run after = CliTest.run("query", "--db", db.toString(), "timeline", "--format", "csv");
        assertEquals(0, after.code(), after.err());
    }

    @Test
    void loadingAPathThatIsNotThereCreatesNothing() {
        Path db = tmp.resolve("db");
        CliTest.Run r = CliTest.run("load", "--db", db.toString(), tmp.resolve("does/not/exist").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("does/not/exist: no such file or directory"), r.err());
        assertOneLineNoTrace(r);
        assertFalse(Files.exists(db));
        assertFalse(Files.exists(org.itkg.store.Store.textDir(db)));
    }
}
