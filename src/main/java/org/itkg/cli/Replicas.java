package org.itkg.cli;

import java.time.Duration;
import org.itkg.replication.Follower;
import org.itkg.replication.Topic;
import org.itkg.replication.Writer;
import org.itkg.server.Replication;
import org.itkg.store.Store;

/** Starts a server's part in a change log: the writer of a topic, or a replica that follows one. */
final class Replicas {
    private Replicas() {}

    /** A replica's part: what it tells of the log, and the start of its following. */
    interface Following extends Replication {
        /** Follows the topic from the store's last applied offset; the process ends if a change cannot be applied. */
        void start();
    }

    /**
     * Follows {@code topic} into {@code store} once started, which the server does once it answers, so that
     * a replica that catches up says how far it is.
     */
    static Following follow(Topic topic, Store store) {
        Follower f = new Follower(topic, store.dataset());
        Runtime.getRuntime().addShutdownHook(new Thread(f::close, "itkg-follower-stop"));
        return new Following() {
            @Override
            public void start() {
                f.start(error -> {
                    System.err.println("replica stopped: " + error);
                    // a replica that cannot apply the log must not go on answering as if it could
                    Runtime.getRuntime().halt(1);
                });
            }

            @Override
            public String role() {
                return "replica";
            }

            @Override
            public String topic() {
                return topic.name();
            }

            @Override
            public long offset() {
                return f.applied();
            }

            @Override
            public long head() {
                return f.head();
            }

            @Override
            public String error() {
                return f.error();
            }

            @Override
            public boolean awaitApplied(long offset, long millis) throws InterruptedException {
                return f.awaitApplied(offset, millis);
            }
        };
    }

    /**
     * Takes the writer's lease of {@code topic} (or is refused), brings {@code store} up to the log's end
     * first, and from then on sends every change of the store to the log before it counts. A store with
     * articles and an empty log publishes what it holds first; a store with articles the log does not
     * hold and a log with changes cannot be joined and is refused.
     */
    static Replication write(Topic topic, Store store) {
        Writer w = Writer.open(topic);
        long at;
        try (Follower f = new Follower(topic, store.dataset())) {
            if (f.applied() < 0 && store.hasArticles()) {
                if (f.end() >= 0)
                    throw new IllegalStateException("the store holds articles from before this log and the log holds changes: "
                            + "start the writer on an empty store (it replays the log) or on a snapshot of a replica");
                System.err.println("the topic " + topic + " is empty: publishing what " + store.dir() + " holds first");
                at = w.seed(store.dataset());
            } else {
                at = f.catchUp(Duration.ofHours(2));
            }
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
        store.publishTo(w);
        Runtime.getRuntime().addShutdownHook(new Thread(w::close, "itkg-writer-stop"));
        long caughtUp = at;
        return new Replication() {
            @Override
            public String role() {
                return "writer";
            }

            @Override
            public String topic() {
                return topic.name();
            }

            @Override
            public long offset() {
                return Math.max(caughtUp, store.lastOffset());
            }

            @Override
            public long head() {
                // the one writer: what it has published is the log's end
                return offset();
            }

            @Override
            public String error() {
                return null;
            }

            @Override
            public boolean awaitApplied(long offset, long millis) {
                return offset() >= offset;
            }
        };
    }

}
