package org.itkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.itkg.replication.Broker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "kafka", mixinStandardHelpOptions = true,
        description = "Run a single-node Kafka broker (KRaft, no ZooKeeper) on 127.0.0.1 for one machine, tests and demos, "
                + "its log kept in --dir so that a restart keeps it. A deployment points writers and replicas at its own Kafka cluster instead.")
final class KafkaCommand implements Callable<Integer> {
    @Option(names = "--dir", description = "where the broker keeps its log (default: ${DEFAULT-VALUE})", defaultValue = "data/kafka")
    Path dir;

    @Option(names = "--port", description = "the port clients connect to (default: ${DEFAULT-VALUE})", defaultValue = "9092")
    int port;

    @Option(names = "--controller-port", description = "the port of the broker's own controller (default: --port + 1)")
    Integer controllerPort;

    @Override
    public Integer call() throws Exception {
        Broker broker = Broker.start(dir, port, controllerPort == null ? port + 1 : controllerPort);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "itkg-kafka-stop"));
        System.out.println("Kafka broker on " + broker.bootstrap() + ", its log in " + dir.toAbsolutePath());
        System.out.println("  a writer:   ./itkg serve --password-file FILE --publish " + broker.bootstrap() + "/itkg");
        System.out.println("  a replica:  ./itkg serve --replica " + broker.bootstrap() + "/itkg --db DIR --port PORT");
        broker.await();
        return 0;
    }
}
