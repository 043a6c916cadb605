package org.itkg.replication;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.itkg.store.ChangeLog;

/**
 * The one writer of a topic: it publishes each change as one record (acks from all in-sync replicas, an
 * idempotent producer, one partition so that the order is total) and counts a change only once Kafka has
 * acknowledged it. Only one writer may publish to a topic: the writer holds the topic's one partition in
 * the consumer group {@code itkg-writer.TOPIC} (a lease Kafka keeps: it lapses when the writer stops
 * heartbeating), and a second writer, which gets no partition, is refused.
 */
public final class Writer implements ChangeLog, AutoCloseable {
    /** The largest change: a post of a thousand articles fits. */
    public static final int MAX_RECORD = 64 << 20;
    private static final long ACK_SECONDS = 30;

    /** Another writer holds the topic. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final Topic topic;
    private final KafkaProducer<String, byte[]> producer;
    private final Lease lease;

    private Writer(Topic topic, KafkaProducer<String, byte[]> producer, Lease lease) {
        this.topic = topic;
        this.producer = producer;
        this.lease = lease;
    }

    /** Creates the topic if it does not exist, takes the writer's lease (or is refused) and opens the producer. */
    public static Writer open(Topic topic) {
        ensure(topic);
        Lease lease = Lease.take(topic);
        Properties p = new Properties();
        p.put("bootstrap.servers", topic.bootstrap());
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        p.put("max.request.size", Integer.toString(MAX_RECORD));
        p.put("compression.type", "lz4");
        p.put("linger.ms", "0");
        p.put("delivery.timeout.ms", Long.toString(ACK_SECONDS * 1000));
        p.put("request.timeout.ms", "10000");
        // a post waits this long for a broker that is away, then fails and writes nothing
        p.put("max.block.ms", Long.toString(ACK_SECONDS * 1000));
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", ByteArraySerializer.class.getName());
        return new Writer(topic, new KafkaProducer<>(p), lease);
    }

    @Override
    public String topic() {
        return topic.name();
    }

    @Override
    public long publish(RDFPatch change) {
        if (!lease.held()) throw new IllegalStateException("no longer the writer of " + topic + ": another writer took it over");
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(topic.name(), 0, null, Patches.bytes(change));
        r.headers().add(Patches.HEADER, Patches.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            return producer.send(r).get(ACK_SECONDS + 5, TimeUnit.SECONDS).offset();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the change log " + topic + " did not take the change: " + e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("the change log " + topic + " did not take the change: " + e, e);
        }
    }

    /**
     * Publishes everything {@code dsg} holds as the topic's first changes, in patches of at most 20,000
     * quads, and records the last offset in the store: a store that had articles before it had a log,
     * so that a replica that replays the log from the start gets them too. The topic must be empty.
     */
    public long seed(org.apache.jena.sparql.core.DatasetGraph dsg) {
        long[] last = {-1};
        org.apache.jena.system.Txn.executeRead(dsg, () -> {
            org.apache.jena.rdfpatch.changes.RDFChangesCollector patch = new org.apache.jena.rdfpatch.changes.RDFChangesCollector();
            int n = 0;
            for (var it = dsg.find(); it.hasNext(); ) {
                var q = it.next();
                if (q.getGraph().equals(org.itkg.graph.Vocab.LOG_GRAPH)) continue;
                patch.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                if (++n == 20_000) {
                    last[0] = publish(patch.getRDFPatch());
                    patch = new org.apache.jena.rdfpatch.changes.RDFChangesCollector();
                    n = 0;
                }
            }
            if (n > 0) last[0] = publish(patch.getRDFPatch());
        });
        if (last[0] >= 0) org.apache.jena.system.Txn.executeWrite(dsg, () -> org.itkg.store.LogPosition.write(dsg, topic.name(), last[0]));
        return last[0];
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
        lease.close();
    }

    /**
     * Creates the topic with one partition, kept for ever (the log is the truth, and a new replica may
     * replay it from the start), or checks that an existing one has one partition.
     */
    static void ensure(Topic topic) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", topic.bootstrap(), "request.timeout.ms", "15000", "default.api.timeout.ms", "30000"))) {
            try {
                TopicDescription d = admin.describeTopics(List.of(topic.name())).allTopicNames().get().get(topic.name());
                if (d.partitions().size() != 1)
                    throw new IllegalArgumentException(topic + " has " + d.partitions().size() + " partitions: a change log needs one, so that its order is total");
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) throw e;
            }
            NewTopic t = new NewTopic(topic.name(), Optional.of(1), Optional.empty()).configs(Map.of(
                    "retention.ms", "-1", "retention.bytes", "-1", "cleanup.policy", "delete", "max.message.bytes", Integer.toString(MAX_RECORD)));
            try {
                admin.createTopics(List.of(t)).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) throw e;
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot reach the change log " + topic + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The writer's lease: membership of the group {@code itkg-writer.TOPIC} holding the topic's partition,
     * kept by a thread that polls (a paused partition, so nothing is read). The cooperative sticky assignor
     * leaves the partition with the member that holds it, so a second member gets none.
     */
    private static final class Lease implements AutoCloseable {
        private final KafkaConsumer<String, byte[]> consumer;
        private final Thread thread;
        private final CompletableFuture<Boolean> decided = new CompletableFuture<>();
        private volatile boolean held, closing;

        private Lease(Topic topic) {
            Properties p = new Properties();
            p.put("bootstrap.servers", topic.bootstrap());
            p.put("group.id", "itkg-writer." + topic.name());
            p.put("partition.assignment.strategy", "org.apache.kafka.clients.consumer.CooperativeStickyAssignor");
            p.put("session.timeout.ms", "10000");
            p.put("heartbeat.interval.ms", "1000");
            p.put("enable.auto.commit", "false");
            p.put("key.deserializer", StringDeserializer.class.getName());
            p.put("value.deserializer", ByteArrayDeserializer.class.getName());
            consumer = new KafkaConsumer<>(p);
            TopicPartition only = new TopicPartition(topic.name(), 0);
            thread = new Thread(() -> {
                try {
                    consumer.subscribe(List.of(topic.name()), new ConsumerRebalanceListener() {
                        @Override
                        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                            consumer.pause(consumer.assignment());
                            held = consumer.assignment().contains(only);
                            decided.complete(held);
                        }

                        @Override
                        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                            if (partitions.contains(only)) held = false;
                        }

                        @Override
                        public void onPartitionsLost(Collection<TopicPartition> partitions) {
                            held = false;
                        }
                    });
                    while (!closing) consumer.poll(Duration.ofMillis(500));
                } catch (org.apache.kafka.common.errors.WakeupException e) {
                    // closing
                } catch (RuntimeException e) {
                    held = false;
                    decided.completeExceptionally(e);
                } finally {
                    consumer.close(Duration.ofSeconds(5));
                }
            }, "itkg-writer-lease");
            thread.setDaemon(true);
        }

        static Lease take(Topic topic) {
            Lease l = new Lease(topic);
            l.thread.start();
            boolean got;
            try {
                // a writer that died keeps the partition until its session lapses (10 s)
                got = l.decided.get(40, TimeUnit.SECONDS);
            } catch (Exception e) {
                l.close();
                throw new IllegalStateException("cannot take the writer's lease of " + topic + ": " + e, e);
            }
            if (!got) {
                l.close();
                throw new Refused("another writer publishes to " + topic + ": only one writer may; this one is refused");
            }
            return l;
        }

        boolean held() {
            return held;
        }

        @Override
        public void close() {
            closing = true;
            consumer.wakeup();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
