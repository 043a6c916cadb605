package org.itkg.replication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one process, no ZooKeeper), with its
 * log on disk in one folder, so a restart keeps every record: for one machine, tests and demos. A
 * deployment points at its own Kafka cluster instead. The folder is formatted the first time, as
 * {@code kafka-storage.sh format} would.
 */
public final class Broker implements AutoCloseable {
    private final KafkaRaftServer server;
    private final int port;

    private Broker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts a broker on 127.0.0.1:{@code port} (its controller on {@code controllerPort}), its log in {@code dir}. */
    public static Broker start(Path dir, int port, int controllerPort) throws Exception {
        Files.createDirectories(dir);
        String logs = dir.toAbsolutePath().toString();
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logs);
        // one node: every internal topic has one replica
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        // a whole batch of articles is one record
        props.put("message.max.bytes", Integer.toString(Writer.MAX_RECORD));
        props.put("replica.fetch.max.bytes", Integer.toString(Writer.MAX_RECORD));
        KafkaConfig config = new KafkaConfig(props, false);
        if (!Files.exists(dir.resolve("meta.properties"))) {
            new Formatter().setClusterId(Uuid.randomUuid().toString()).setNodeId(1).setDirectories(List.of(logs))
                    .setMetadataLogDirectory(logs).setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION).setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                    .run();
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return new Broker(server, port);
    }

    /** HOST:PORT for clients. */
    public String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** Blocks until the broker has shut down. */
    public void await() {
        server.awaitShutdown();
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
