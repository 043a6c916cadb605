package org.itkg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's SPARQL query endpoint with limits no query can pass. Fuseki streams a SELECT's rows as they
 * come, so a query that outlives its time limit while rows are being written is never stopped (a sorted
 * cross product with an offset wrote for minutes against a 30 s limit), and a client that leaves does not
 * stop it either. Here the rows are read first, up to a cap, with the time limit checked at every row and
 * enforced from outside as well (the execution is aborted when its time is up, wherever it is); then they
 * are sent. So a query ends within its limit with a 503, holds at most the cap in memory, and an answer
 * cut at the cap says so in the header {@value #TRUNCATED}.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    static final String TRUNCATED = "Itkg-Truncated";
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "itkg-query-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final long timeoutMillis;
    private final long maxRows;

    GuardedQuery(long timeoutMillis, long maxRows) {
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        ScheduledFuture<?> stop = WATCHDOG.schedule(exec::abort, timeoutMillis, TimeUnit.MILLISECONDS);
        try {
            QueryExecResult result = super.executeQuery(action, exec, query, queryStringLog);
            if (!result.isRowSet()) return result;
            RowSet rows = result.rowSet();
            List<Binding> kept = new ArrayList<>();
            while (rows.hasNext()) {
                if (System.nanoTime() > deadline) throw new QueryCancelledException();
                if (kept.size() == maxRows) {
                    action.getResponse().setHeader(TRUNCATED, "true; rows=" + maxRows);
                    break;
                }
                kept.add(rows.next());
            }
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        } finally {
            stop.cancel(false);
        }
    }
}
