package org.itkg.replication;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.itkg.store.LogPosition;

/**
 * Applies a topic's changes to a store, in order, from the offset after the last one the store holds. Each
 * batch of records and the offset it reaches are written in one TDB2 transaction, so that a crash at any
 * point neither loses nor repeats a change. A record that is not a patch, or a patch that cannot be
 * applied, stops the follower with an error naming its offset: it is never skipped.
 */
public final class Follower implements AutoCloseable {
    private final Topic topic;
    private final DatasetGraph dsg;
    private final KafkaConsumer<String, byte[]> consumer;
    private final TopicPartition partition;
    private final Object progress = new Object();
    private volatile long applied, head = -1;
    private volatile String error;
    private volatile boolean closing;
    private Thread thread;
    private volatile long patchCount, changeCount;

    public Follower(Topic topic, DatasetGraph dsg) {
        this.topic = topic;
        this.dsg = dsg;
        this.partition = new TopicPartition(topic.name(), 0);
        String followed = Txn.calculateRead(dsg, () -> LogPosition.topic(dsg));
        if (followed != null && !followed.equals(topic.name()))
            throw new IllegalArgumentException("this store follows the topic " + followed + ", not " + topic.name());
        this.applied = Txn.calculateRead(dsg, () -> LogPosition.read(dsg, topic.name()));
        Properties p = new Properties();
        p.put("bootstrap.servers", topic.bootstrap());
        p.put("enable.auto.commit", "false");
        p.put("max.partition.fetch.bytes", Integer.toString(Writer.MAX_RECORD));
        p.put("fetch.max.bytes", Integer.toString(Writer.MAX_RECORD));
        // a batch is one transaction: small enough that a long catch-up commits as it goes
        p.put("max.poll.records", "20");
        // a change is fetched as soon as it is in the log, not at the end of the broker's usual wait
        p.put("fetch.max.wait.ms", "50");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        consumer.assign(List.of(partition));
        consumer.seek(partition, applied + 1);
    }

    /** Follows the topic on a thread of its own until closed or stopped by an error; {@code onError} hears the error. */
    public Follower start(java.util.function.Consumer<String> onError) {
        thread = new Thread(() -> {
            try {
                while (!closing && error == null) step(Duration.ofMillis(500));
            } catch (org.apache.kafka.common.errors.WakeupException e) {
                // closing
            } catch (RuntimeException e) {
                fail("the change log " + topic + " cannot be read: " + e.getMessage());
            } finally {
                consumer.close(Duration.ofSeconds(5));
            }
            if (error != null && !closing) onError.accept(error);
        }, "itkg-follower");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Applies what the topic holds up to its end as it is now, in this thread: a writer catches up so before it writes. */
    public long catchUp(Duration timeout) {
        long end = headNow();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (applied < end && error == null) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("catching up with " + topic + " took over " + timeout.toSeconds() + " s");
            step(Duration.ofMillis(500));
        }
        if (error != null) throw new IllegalStateException(error);
        return applied;
    }

    private void step(Duration wait) {
        ConsumerRecords<String, byte[]> records = consumer.poll(wait);
        head = headNow();
        if (records.isEmpty()) return;
        List<RDFPatch> patches = new ArrayList<>();
        long last = applied;
        String bad = null;
        for (ConsumerRecord<String, byte[]> r : records.records(partition)) {
            try {
                patches.add(Patches.read(r));
                last = r.offset();
            } catch (RuntimeException e) {
                bad = "the record at offset " + r.offset() + " of " + topic + " cannot be applied: " + e.getMessage();
                break;
            }
        }
        if (!patches.isEmpty()) {
            long to = last;
            try {
                Txn.executeWrite(dsg, () -> {
                    for (RDFPatch patch : patches) Patches.apply(patch, dsg);
                    LogPosition.write(dsg, topic.name(), to);
                });
            } catch (RuntimeException e) {
                // which patch of the batch failed is not known here: the batch is applied again one by one
                if (patches.size() > 1) {
                    applyOneByOne(records);
                    return;
                }
                bad = "the record at offset " + to + " of " + topic + " cannot be applied: " + e.getMessage();
                patches.clear();
            }
            if (!patches.isEmpty()) advance(to, patches);
        }
        if (bad != null) fail(bad);
    }

    private void applyOneByOne(ConsumerRecords<String, byte[]> records) {
        for (ConsumerRecord<String, byte[]> r : records.records(partition)) {
            try {
                RDFPatch patch = Patches.read(r);
                Txn.executeWrite(dsg, () -> {
                    Patches.apply(patch, dsg);
                    LogPosition.write(dsg, topic.name(), r.offset());
                });
                advance(r.offset(), List.of(patch));
            } catch (RuntimeException e) {
                fail("the record at offset " + r.offset() + " of " + topic + " cannot be applied: " + e.getMessage());
                return;
            }
        }
    }

    private void advance(long to, List<RDFPatch> patches) {
        long n = 0;
        for (RDFPatch p : patches) {
            var s = org.apache.jena.rdfpatch.RDFPatchOps.summary(p);
            n += s.getCountAddData() + s.getCountDeleteData();
        }
        synchronized (progress) {
            applied = to;
            patchCount += patches.size();
            changeCount += n;
            progress.notifyAll();
        }
    }

    /** Patches applied since this follower started, and the quads they added or deleted. */
    public long patches() {
        return patchCount;
    }

    public long changes() {
        return changeCount;
    }

    private void fail(String message) {
        synchronized (progress) {
            error = message;
            progress.notifyAll();
        }
    }

    /** The last offset the topic holds now (-1: none), asked of the broker. */
    public long end() {
        return headNow();
    }

    private long headNow() {
        try {
            Map<TopicPartition, Long> end = consumer.endOffsets(List.of(partition), Duration.ofSeconds(10));
            return end.getOrDefault(partition, 0L) - 1;
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            // the broker is away or the topic not created yet: the head is what was last seen
            return head;
        }
    }

    /** The last offset applied (-1: none), the last in the topic when last asked, and the error that stopped it, if any. */
    public long applied() {
        return applied;
    }

    public long head() {
        return Math.max(head, applied);
    }

    public String error() {
        return error;
    }

    /** Waits up to {@code millis} until {@code offset} is applied; whether it is. */
    public boolean awaitApplied(long offset, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        synchronized (progress) {
            while (applied < offset && error == null) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) return false;
                progress.wait(left);
            }
            return applied >= offset;
        }
    }

    @Override
    public void close() {
        closing = true;
        consumer.wakeup();
        if (thread == null) {
            consumer.close(Duration.ofSeconds(5));
            return;
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
