package org.itkg.store;

import org.apache.jena.rdfpatch.RDFPatch;

/**
 * Where a writer's changes go before they count: a durable, ordered log. A change is published inside
 * the write transaction that made it, and the transaction commits only once the log has acknowledged it,
 * with the change's offset; a change the log refuses aborts and leaves the store as it was.
 */
public interface ChangeLog {
    /** The log's name, which the store records with the offset it has applied. */
    String topic();

    /** Appends one change and waits until the log holds it; its offset. Throws if the log did not take it. */
    long publish(RDFPatch change);
}
