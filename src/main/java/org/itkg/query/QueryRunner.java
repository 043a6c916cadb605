package org.itkg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Runs a SPARQL query against a dataset in a read transaction and writes the answer in the format asked
 * for. Results are complete before anything is written, so a timeout is an error, never a cut-off table.
 */
public final class QueryRunner {
    public enum Format { table, csv, tsv, json }

    private QueryRunner() {}

    public static void run(DatasetGraph dsg, String sparql, Format format, OutputStream out) {
        run(dsg, QueryFactory.create(sparql), format, out);
    }

    /** A one-line account of a full-text query the index could not parse (an unclosed quote, a lone AND). */
    public static String textError(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String m = String.valueOf(cause.getMessage()).lines().reduce((a, b) -> b).orElse("");
        return "the search text is not a valid Lucene query: " + m;
    }

    /** The rows of a SELECT query, all of them, read in one read transaction. */
    public static ResultSetRewindable select(DatasetGraph dsg, Query q) {
        return QuerySource.local(dsg).select(q);
    }

    public static void run(DatasetGraph dsg, Query q, Format format, OutputStream out) {
        run(QuerySource.local(dsg), q, format, out);
    }

    public static void run(QuerySource source, Query q, Format format, OutputStream out) {
        source.execute(q, qe -> {
            PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
            if (q.isSelectType()) {
                ResultSet rs = ResultSetFactory.copyResults(qe.execSelect());
                switch (format) {
                    case csv -> ps.print(Csv.of(rs));
                    case tsv -> ResultSetFormatter.outputAsTSV(ps, rs);
                    case json -> ResultSetFormatter.outputAsJSON(ps, rs);
                    default -> ResultSetFormatter.out(ps, rs, q.getPrologue());
                }
            } else if (q.isAskType()) {
                boolean b = qe.execAsk();
                if (format == Format.json) ResultSetFormatter.outputAsJSON(ps, b);
                else ps.println(b ? "yes" : "no");
            } else {
                var model = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(ps, model, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
            }
            ps.flush();
            return null;
        });
    }

}
