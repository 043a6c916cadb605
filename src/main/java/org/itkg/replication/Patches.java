package org.itkg.replication;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One change as one Kafka record, by the convention of the Fuseki–Kafka connector, so that a site running
 * that connector can apply the log too: the RDF Patch text as the value and a
 * {@code Content-Type: application/rdf-patch} header.
 */
final class Patches {
    static final String CONTENT_TYPE = "application/rdf-patch";
    static final String HEADER = "Content-Type";

    private Patches() {}

    static byte[] bytes(RDFPatch patch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFPatchOps.write(out, patch);
        return out.toByteArray();
    }

    /** The patch a record holds; throws, saying why, if the record is not one. */
    static RDFPatch read(ConsumerRecord<String, byte[]> r) {
        Header h = r.headers().lastHeader(HEADER);
        String type = h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        if (type == null || !type.startsWith(CONTENT_TYPE))
            throw new IllegalArgumentException("not an RDF patch (Content-Type " + (type == null ? "missing" : type) + ")");
        if (r.value() == null) throw new IllegalArgumentException("an empty record");
        // read whole here, so that a broken patch is refused before any of it is applied
        return RDFPatchOps.collect(RDFPatchOps.read(new ByteArrayInputStream(r.value())));
    }

    /**
     * Applies a patch's additions and deletions to {@code dsg} in the caller's write transaction: the
     * patch's own transaction marks are left out, so that a batch of patches and the offset they reach
     * commit together.
     */
    static void apply(RDFPatch patch, DatasetGraph dsg) {
        patch.apply(new RDFChangesBase() {
            @Override
            public void add(Node g, Node s, Node p, Node o) {
                dsg.add(g, s, p, o);
            }

            @Override
            public void delete(Node g, Node s, Node p, Node o) {
                dsg.delete(g, s, p, o);
            }
        });
    }
}
