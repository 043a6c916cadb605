package org.itkg.replication;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots and topic addresses: what is refused, and a snapshot that comes back whole. */
class SnapshotTest {
    @TempDir
    Path tmp;

    @Test
    void aSnapshotComesBackFileForFileAndOnlyIntoAnEmptyStore() throws Exception {
        Path db = Files.createDirectories(tmp.resolve("db/Data-0001")), text = Files.createDirectories(tmp.resolve("db-text"));
        Files.writeString(db.resolve("nodes.dat"), "nodes");
        Files.writeString(db.resolve("tdb.lock"), "123");
        Files.writeString(text.resolve("segments_1"), "index");
        Path zip = tmp.resolve("s.zip");
        Snapshot.write(tmp.resolve("db"), text, zip);
        Snapshot.restore(zip, tmp.resolve("new"), tmp.resolve("new-text"));
        assertEquals("nodes", Files.readString(tmp.resolve("new/Data-0001/nodes.dat")));
        assertEquals("index", Files.readString(tmp.resolve("new-text/segments_1")));
        assertFalse(Files.exists(tmp.resolve("new/Data-0001/tdb.lock")), "a lock is not part of a store");
        assertThrows(IllegalArgumentException.class, () -> Snapshot.restore(zip, tmp.resolve("new"), tmp.resolve("other-text")));
    }

    @Test
    void aSnapshotWhoseEntriesLeaveTheirFolderOrThatIsNoZipIsRefused() throws Exception {
        Path evil = tmp.resolve("evil.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(evil))) {
            z.putNextEntry(new ZipEntry("db/../../outside.txt"));
            z.write("x".getBytes());
            z.closeEntry();
        }
        assertThrows(IllegalArgumentException.class, () -> Snapshot.restore(evil, tmp.resolve("a"), tmp.resolve("a-text")));
        assertFalse(Files.exists(tmp.resolve("outside.txt")));
        Path text = tmp.resolve("plain.zip");
        Files.writeString(text, "not a zip at all");
        assertThrows(IllegalArgumentException.class, () -> Snapshot.restore(text, tmp.resolve("b"), tmp.resolve("b-text")));
    }

    @Test
    void topicAddressesAreHostPortAndAName() {
        assertEquals(new Topic("127.0.0.1:9092,kafka2:9093", "itkg"), Topic.parse("127.0.0.1:9092,kafka2:9093/itkg"));
        for (String bad : new String[] {"itkg", "127.0.0.1/itkg", "127.0.0.1:9092/", "127.0.0.1:9092/a b", "host:port/itkg"})
            assertThrows(IllegalArgumentException.class, () -> Topic.parse(bad), bad);
    }
}
