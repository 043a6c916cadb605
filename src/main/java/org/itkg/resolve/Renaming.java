package org.itkg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.itkg.graph.Iris;
import org.itkg.graph.Vocab;

/**
 * Names each person and event node of an article's quads, before they are written, as a resolution found:
 * the same renaming {@link Resolver} does in the store, done in memory, where it costs nothing beside the
 * writing. Safe on many threads.
 */
public final class Renaming {
    private final Resolution res;
    private final AtomicLong renamed = new AtomicLong();

    public Renaming(Resolution res) {
        this.res = res;
    }

    /** The quads with every renamed node replaced, without the duplicates that two nodes made one leave. */
    public List<Quad> apply(List<Quad> quads) {
        Map<Node, Node> to = new HashMap<>();
        for (Quad q : quads) {
            Node p = q.getPredicate();
            if (p.equals(Vocab.P_NAME_KEY)) to.put(q.getSubject(), person(res, q.getObject().getLiteralLexicalForm()));
            else if (p.equals(Vocab.P_REPORT_KEY)) to.put(q.getSubject(), event(res, q.getObject().getLiteralLexicalForm()));
        }
        to.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        if (to.isEmpty()) return quads;
        renamed.addAndGet(to.size());
        Set<Quad> out = new LinkedHashSet<>();
        for (Quad q : quads)
            out.add(Quad.create(q.getGraph(), to.getOrDefault(q.getSubject(), q.getSubject()), q.getPredicate(),
                    to.getOrDefault(q.getObject(), q.getObject())));
        return new ArrayList<>(out);
    }

    /** The node of the person an article knew by {@code key}, as resolved. */
    static Node person(Resolution res, String key) {
        return Iris.person(res.persons().of(key));
    }

    /** The node of the event an article's report {@code key} tells of, as resolved. */
    static Node event(Resolution res, String key) {
        return Iris.eventByKey(res.events().of(key));
    }

    /** The nodes renamed so far. */
    public long renamed() {
        return renamed.get();
    }
}
