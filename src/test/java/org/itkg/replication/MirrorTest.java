package org.itkg.replication;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.kafka.connect.mirror.MirrorMaker;
import org.itkg.graph.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sites, each with its own broker: MirrorMaker 2, run with {@code docs/mirrormaker2.properties} as it
 * is (the two addresses filled in), copies the writer's topic from one to the other, and a replica at the
 * second site that follows the copy gets every change in order.
 */
class MirrorTest {
    @TempDir
    Path tmp;

    @Test
    void theDocumentedConfigCopiesTheLogToAnotherSiteWhereAReplicaAppliesIt() throws Exception {
        try (Broker tehran = Broker.start(tmp.resolve("tehran"), port(), port()); Broker ankara = Broker.start(tmp.resolve("ankara"), port(), port())) {
            Topic source = new Topic(tehran.bootstrap(), "itkg");
            int n = 30;
            try (Writer w = Writer.open(source)) {
                for (int i = 0; i < n; i++) {
                    int k = i;
                    w.publish(RDFPatchOps.build(c -> c.add(Vocab.TIMELINE_GRAPH, org.apache.jena.graph.NodeFactory.createURI(Vocab.BASE + "event/mm/" + k),
                            Vocab.P_EVENT_TYPE, org.apache.jena.graph.NodeFactory.createLiteralString("meeting"))));
                }
            }
            Properties config = new Properties();
            try (var in = Files.newBufferedReader(Path.of("docs", "mirrormaker2.properties"), StandardCharsets.UTF_8)) {
                config.load(in);
            }
            Map<String, String> props = new HashMap<>();
            config.forEach((k, v) -> props.put((String) k, ((String) v).replace("TEHRAN_BOOTSTRAP", tehran.bootstrap()).replace("ANKARA_BOOTSTRAP", ankara.bootstrap())));
            MirrorMaker mm = new MirrorMaker(props, List.of("ankara"));
            mm.start();
            try {
                DatasetGraph replica = TDB2Factory.createDataset().asDatasetGraph();
                Topic copy = new Topic(ankara.bootstrap(), "tehran.itkg");
                long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                long applied = -1;
                while (System.nanoTime() < end && applied < n - 1) {
                    try {
                        try (Follower f = new Follower(copy, replica)) {
                            if (f.end() >= n - 1) applied = f.catchUp(Duration.ofSeconds(30));
                        }
                    } catch (RuntimeException e) {
                        // the copy's topic does not exist yet
                    }
                    if (applied < n - 1) Thread.sleep(1000);
                }
                assertEquals(n - 1, applied, "the copy at the second site holds every change");
                long rows = Txn.calculateRead(replica, () -> (long) replica.getGraph(Vocab.TIMELINE_GRAPH).size());
                assertEquals(n, rows);
            } finally {
                mm.stop();
            }
        }
    }

    private static int port() throws Exception {
        try (var s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
