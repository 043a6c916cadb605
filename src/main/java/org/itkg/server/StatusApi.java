package org.itkg.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.itkg.graph.Vocab;

/**
 * {@code GET /api/status}: the server's role (standalone, writer or replica), its topic, the last offset its
 * store applied ({@code offset}), the log's end ({@code head}), {@code lag} (head − offset), and the
 * articles and quads the store holds. The quads are counted when asked, at most once per offset (a
 * count reads every quad: seconds on tens of millions).
 */
final class StatusApi extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DatasetGraph dsg;
    private final Replication replication;
    private long countedAt = Long.MIN_VALUE, countedWhen;
    private long articles, quads;

    StatusApi(DatasetGraph dsg, Replication replication) {
        this.dsg = dsg;
        this.replication = replication;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Requests.drain(req);
        if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
            resp.setHeader("Allow", "GET");
            QueryApi.error(resp, 405, req.getMethod() + " is not allowed here: GET the status");
            return;
        }
        long offset = replication.offset(), head = replication.head();
        ObjectNode o = JSON.createObjectNode();
        o.put("role", replication.role());
        if (replication.topic() != null) o.put("topic", replication.topic());
        o.put("offset", offset);
        o.put("head", head);
        o.put("lag", Math.max(0, head - offset));
        if (replication.error() != null) o.put("error", replication.error());
        count(offset);
        o.put("articles", articles);
        o.put("quads", quads);
        QueryApi.send(resp, 200, "application/json", o.toPrettyString());
    }

    /** Counts again if the store moved on, or, for a store no log tells of, if the last count is over ten seconds old. */
    private synchronized void count(long offset) {
        boolean stale = replication.topic() == null ? System.nanoTime() - countedWhen > 10_000_000_000L : offset != countedAt;
        if (!stale && countedAt != Long.MIN_VALUE) return;
        Txn.executeRead(dsg, () -> {
            long a = 0;
            // every article graph names itself with its identifier, once
            var it = dsg.find(Node.ANY, Node.ANY, Vocab.SCHEMA_IDENTIFIER, Node.ANY);
            while (it.hasNext()) {
                var q = it.next();
                if (q.getGraph().equals(q.getSubject())) a++;
            }
            long n = 0;
            var all = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (all.hasNext()) {
                all.next();
                n++;
            }
            articles = a;
            quads = n;
        });
        countedAt = offset;
        countedWhen = System.nanoTime();
    }
}
