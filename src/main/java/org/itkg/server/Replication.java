package org.itkg.server;

/**
 * What a server tells of the change log it writes to or follows: its role, the topic, the last offset its
 * store has applied and the log's last offset. A standalone server follows none.
 */
public interface Replication {
    /** {@code standalone}, {@code writer} or {@code replica}. */
    String role();

    /** The topic, or null for a standalone server. */
    String topic();

    /** The last offset the store has applied, -1 if none. */
    long offset();

    /** The last offset in the log as last seen, -1 if it is empty. */
    long head();

    /** Why the store stopped following the log, or null. */
    String error();

    /** Waits up to {@code millis} until the store has applied {@code offset}; whether it has. */
    boolean awaitApplied(long offset, long millis) throws InterruptedException;

    Replication STANDALONE = new Replication() {
        @Override
        public String role() {
            return "standalone";
        }

        @Override
        public String topic() {
            return null;
        }

        @Override
        public long offset() {
            return -1;
        }

        @Override
        public long head() {
            return -1;
        }

        @Override
        public String error() {
            return null;
        }

        @Override
        public boolean awaitApplied(long offset, long millis) {
            return false;
        }
    };
}
