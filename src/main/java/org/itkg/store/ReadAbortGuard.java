package org.itkg.store;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * Ends a read transaction that is aborted instead of passing the abort on to jena-text. Under 50 query
 * clients and a loader writing through the Graph Store Protocol at once (the soak run), jena-text 5.6 let
 * a write fail with "indexWriter is null" within seconds, and the failed write then kept TDB2's writer
 * lock, so every later write waited for ever. Its abort path for reads and writes shares the Lucene
 * writer's rollback; with read aborts turned into ends (the same thing to TDB2: a read has nothing to
 * undo) the failure has not come back in any soak run. The test is the soak run itself.
 */
final class ReadAbortGuard extends DatasetGraphWrapper {
    private final DatasetGraphText text;

    ReadAbortGuard(DatasetGraphText text) {
        super(text);
        this.text = text;
        // text:query finds its index through the context, whatever wraps the dataset
        text.getContext().set(TextQuery.textIndex, text.getTextIndex());
    }

    DatasetGraphText text() {
        return text;
    }

    @Override
    public void abort() {
        ReadWrite mode = transactionMode();
        TxnType type = transactionType();
        if (mode == ReadWrite.READ && type != TxnType.READ_PROMOTE && type != TxnType.READ_COMMITTED_PROMOTE) end();
        else super.abort();
    }

    static DatasetGraph guard(DatasetGraph g) {
        return g instanceof DatasetGraphText t ? new ReadAbortGuard(t) : g;
    }
}
