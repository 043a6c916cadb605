package org.itkg.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.itkg.graph.Vocab;

/**
 * The offset of the last change of a log a store has applied, kept in the store itself so that it is
 * written in the same transaction as the change: a crash at any point leaves the two in step.
 */
public final class LogPosition {
    private LogPosition() {}

    /** The topic a store follows, or null if it follows none; in the caller's transaction. */
    public static String topic(DatasetGraph dsg) {
        var it = dsg.find(Vocab.LOG_GRAPH, Node.ANY, Vocab.P_APPLIED_OFFSET, Node.ANY);
        if (!it.hasNext()) return null;
        String s = it.next().getSubject().getURI();
        return s.substring((Vocab.BASE + "log/").length());
    }

    /** The last offset of {@code topic} applied, -1 if none; in the caller's transaction. */
    public static long read(DatasetGraph dsg, String topic) {
        var it = dsg.find(Vocab.LOG_GRAPH, subject(topic), Vocab.P_APPLIED_OFFSET, Node.ANY);
        return it.hasNext() ? Long.parseLong(it.next().getObject().getLiteralLexicalForm()) : -1;
    }

    /** Records {@code offset} as applied; in the caller's write transaction. */
    public static void write(DatasetGraph dsg, String topic, long offset) {
        dsg.deleteAny(Vocab.LOG_GRAPH, Node.ANY, Vocab.P_APPLIED_OFFSET, Node.ANY);
        dsg.add(Vocab.LOG_GRAPH, subject(topic), Vocab.P_APPLIED_OFFSET, NodeFactory.createLiteralDT(Long.toString(offset), XSDDatatype.XSDinteger));
    }

    private static Node subject(String topic) {
        return NodeFactory.createURI(Vocab.BASE + "log/" + java.net.URLEncoder.encode(topic, java.nio.charset.StandardCharsets.UTF_8));
    }
}
