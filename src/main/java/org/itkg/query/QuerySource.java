package org.itkg.query;

import java.util.function.Function;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Where queries run: a store this process holds, or the SPARQL endpoint of a server that holds it (a TDB2
 * store is opened by one process at a time, so beside a running {@code itkg serve} the command line asks it).
 */
public interface QuerySource {
    /** Runs {@code q} and hands its execution to {@code read}, in one read transaction where there is one. */
    <T> T execute(Query q, Function<QueryExecution, T> read);

    /** The rows of a SELECT query, all of them. */
    default ResultSetRewindable select(Query q) {
        return execute(q, qe -> ResultSetFactory.copyResults(qe.execSelect()));
    }

    static QuerySource local(DatasetGraph dsg) {
        return new QuerySource() {
            @Override
            public <T> T execute(Query q, Function<QueryExecution, T> read) {
                return Txn.calculateRead(dsg, () -> {
                    try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(q).build()) {
                        return read.apply(qe);
                    }
                });
            }
        };
    }

    /** A SPARQL endpoint over HTTP, such as {@code http://localhost:3030/itkg/sparql}. */
    static QuerySource remote(String endpoint) {
        return new QuerySource() {
            @Override
            public <T> T execute(Query q, Function<QueryExecution, T> read) {
                try (QueryExecution qe = QueryExecution.service(endpoint).query(q).build()) {
                    return read.apply(qe);
                }
            }
        };
    }
}
