package org.itkg.store;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.itkg.graph.Vocab;
import org.itkg.resolve.Decisions;
import org.itkg.resolve.Maintenance;

/**
 * The TDB2 database on disk behind its full-text index. The default graph is the union of the named
 * graphs, so a query sees every article without {@code GRAPH}; each article's facts live in its own graph,
 * which a load replaces whole. The dataset is assembled from the Fuseki configuration
 * ({@code fuseki-config/itkg.ttl}), so that what {@code itkg load} writes is indexed exactly as a standalone
 * Fuseki indexes it; every write goes through the index in the same transaction.
 */
public final class Store implements AutoCloseable {
    public static final Path DEFAULT_DIR = Path.of("data", "tdb2");
    private static final String[] ONTOLOGY_FILES = {"ontology/itkg.ttl", "ontology/topics.ttl"};
    private static final String CONFIG = "fuseki-config/itkg.ttl";
    private static final String TDB2_NS = "http://jena.apache.org/2016/tdb#";

    private final DatasetGraph dsg;
    private final Path dir;

    private Store(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /** The store in {@code dir}, with its index in the folder beside it ({@link #textDir}). */
    public static Store open(Path dir) {
        try (InputStream in = Store.class.getClassLoader().getResourceAsStream(CONFIG)) {
            if (in == null) throw new IllegalStateException("missing from the classpath: " + CONFIG);
            Model config = RDFParser.source(in).lang(Lang.TURTLE).toModel();
            return assemble(config, dir, textDir(dir));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The store a Fuseki configuration file describes, at the paths it names (relative to the working folder). */
    public static Store openConfig(Path configFile) {
        Model config = RDFParser.source(configFile).lang(Lang.TURTLE).toModel();
        return assemble(config, null, null);
    }

    /** Where the full-text index of the store in {@code dir} lives: {@code DIR-text} beside it. */
    public static Path textDir(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-text");
    }

    private static Store assemble(Model config, Path dir, Path textDir) {
        TextQuery.init();
        Resource ds = only(config, TextVocab.textDataset);
        Resource tdb = ds.getPropertyResourceValue(TextVocab.pDataset);
        Resource index = ds.getPropertyResourceValue(TextVocab.pIndex);
        Property location = config.createProperty(TDB2_NS, "location");
        if (dir != null) {
            tdb.removeAll(location).addProperty(location, dir.toString());
            index.removeAll(TextVocab.pDirectory).addProperty(TextVocab.pDirectory, textDir.toString());
        }
        Path db = Path.of(tdb.getRequiredProperty(location).getString());
        // jena-text deletes a replaced article's text from the index only by its uid: without the field
        // the old words would stay searchable after every reload
        Resource map = index.getPropertyResourceValue(TextVocab.pEntityMap);
        if (map == null || !map.hasProperty(TextVocab.pUidField))
            throw new IllegalArgumentException("the text index's entity map needs text:uidField, or a replaced article's old text stays in the index");
        try {
            java.nio.file.Files.createDirectories(Path.of(index.getRequiredProperty(TextVocab.pDirectory).getString()));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        Dataset d = (Dataset) Assembler.general().open(ds);
        DatasetGraph g = ReadAbortGuard.guard(d.asDatasetGraph());
        g.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Store(db, g);
    }

    private static Resource only(Model m, Resource type) {
        List<Resource> found = m.listResourcesWithProperty(RDF.type, type).toList();
        if (found.size() != 1) throw new IllegalArgumentException("the configuration must describe exactly one " + type.getLocalName() + ", found " + found.size());
        return found.get(0);
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    public Path dir() {
        return dir;
    }

    /**
     * The analyst's verdicts on uncertain merges ({@code entity-decisions.tsv}), beside the database
     * directory rather than in it, so that they outlive a rebuilt store.
     */
    public Path decisionsFile() {
        Path parent = dir.toAbsolutePath().getParent();
        return (parent == null ? dir.toAbsolutePath() : parent).resolve("entity-decisions.tsv");
    }

    /** Sets the time a query may run, in milliseconds, for every query on this store. */
    public void queryTimeout(long millis) {
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(millis));
    }

    /**
     * Replaces the given article graphs in one write transaction: each graph is emptied, then its quads
     * are added. All or nothing: an exception aborts the transaction and the store is as it was.
     */
    public void replaceGraphs(List<ArticleQuads> articles) {
        Txn.executeWrite(dsg, () -> {
            for (ArticleQuads a : articles) {
                dsg.deleteAny(a.graph(), Node.ANY, Node.ANY, Node.ANY);
                for (Quad q : a.quads()) dsg.add(q);
            }
        });
    }

    /** What keeps this store resolved as articles come and go: read from the store, once. */
    public Maintenance maintenance(java.util.function.Supplier<Decisions> decisions) {
        return Txn.calculateRead(dsg, () -> Maintenance.read(dsg, decisions));
    }

    /**
     * Writes {@code added} (each replacing the article of its id) and removes the articles {@code removed}
     * in one write transaction, with what they change of the rest of the store. All or nothing.
     */
    public Maintenance.Change change(Maintenance m, List<ArticleQuads> added, java.util.Collection<String> removed) {
        List<Maintenance.Incoming> in = new java.util.ArrayList<>();
        for (ArticleQuads a : added) in.add(new Maintenance.Incoming(a.id(), a.quads(), a.inputs()));
        return write(d -> m.change(d, in, removed));
    }

    /**
     * Runs {@code body} in one write transaction. With a change log ({@link #publishTo}), what it writes is
     * recorded as it goes and the log takes it before the store commits it, with its offset.
     */
    private <T> T write(java.util.function.Function<DatasetGraph, T> body) {
        ChangeLog log = this.log;
        if (log == null) return Txn.calculateWrite(dsg, () -> body.apply(dsg));
        return Txn.calculateWrite(dsg, () -> {
            org.apache.jena.rdfpatch.changes.RDFChangesCollector patch = new org.apache.jena.rdfpatch.changes.RDFChangesCollector();
            T out = body.apply(org.apache.jena.rdfpatch.RDFPatchOps.changes(dsg, patch));
            long offset = log.publish(patch.getRDFPatch());
            LogPosition.write(dsg, log.topic(), offset);
            lastOffset = offset;
            return out;
        });
    }

    private volatile ChangeLog log;
    private volatile long lastOffset = -1;

    /**
     * From now on every change goes to {@code log} before it counts ({@link ChangeLog}); the store must
     * already hold every change of the log before (a writer catches up first).
     */
    public void publishTo(ChangeLog log) {
        this.log = log;
    }

    /** The log offset of the last change this process published, -1 if none. */
    public long lastOffset() {
        return lastOffset;
    }

    /** The topic of the change log this store follows, or null: a store that follows a log takes changes only from it. */
    public String followedTopic() {
        return Txn.calculateRead(dsg, () -> LogPosition.topic(dsg));
    }

    /**
     * Removes articles, named by id or by URL, with what they alone attested: a person or event no other
     * article names goes with its rows and counts. The names that match no article are returned; nothing
     * is written if none matches.
     */
    public Removal remove(java.util.Collection<String> idsOrUrls, java.util.function.Supplier<Maintenance> maintenance) {
        Removal r = resolveIds(idsOrUrls);
        if (!r.ids().isEmpty()) r = r.with(change(maintenance.get(), List.of(), r.ids()), log == null ? -1 : lastOffset);
        return r;
    }

    /** What a removal found and did: the article ids removed, the names that matched nothing, the change. */
    public record Removal(List<String> ids, List<String> unknown, Maintenance.Change change, long offset) {
        Removal with(Maintenance.Change c, long offset) {
            return new Removal(ids, unknown, c, offset);
        }
    }

    /** The ids of the articles named by id or by URL (as given in their header), and the names that match none. */
    private Removal resolveIds(java.util.Collection<String> idsOrUrls) {
        return Txn.calculateRead(dsg, () -> {
            List<String> ids = new java.util.ArrayList<>(), unknown = new java.util.ArrayList<>();
            for (String name : idsOrUrls) {
                String id = null;
                if (dsg.containsGraph(org.itkg.graph.Iris.article(name))) id = name;
                else if (name.startsWith("http://") || name.startsWith("https://")) {
                    var it = dsg.find(Node.ANY, Node.ANY, Vocab.SCHEMA_URL, org.apache.jena.graph.NodeFactory.createURI(name.strip()));
                    while (id == null && it.hasNext()) {
                        Node g = it.next().getGraph();
                        var ident = dsg.find(g, g, Vocab.SCHEMA_IDENTIFIER, Node.ANY);
                        if (ident.hasNext()) id = ident.next().getObject().getLiteralLexicalForm();
                    }
                }
                if (id == null) unknown.add(name);
                else if (!ids.contains(id)) ids.add(id);
            }
            return new Removal(ids, unknown, null, -1);
        });
    }

    /** Whether any article graph is in the store. */
    public boolean hasArticles() {
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.listGraphNodes();
            while (it.hasNext()) {
                Node g = it.next();
                if (g.isURI() && g.getURI().startsWith(Vocab.BASE + "article/")) return true;
            }
            return false;
        });
    }

    /**
     * A bulk load into this store: quads go through Jena's parallel loader, straight into the TDB2
     * indexes, and their text into the full-text index. Other transactions wait until it finishes.
     */
    Bulk bulk() {
        return new Bulk();
    }

    private static final int BULK_TEXT_BUFFER_MB = 256;

    final class Bulk {
        private final org.apache.jena.tdb2.loader.DataLoader loader =
                org.apache.jena.tdb2.loader.LoaderFactory.parallelLoader(base(dsg), (fmt, args) -> {});
        private final org.apache.jena.riot.system.StreamRDF stream;
        private final org.apache.jena.query.text.TextIndex index =
                dsg instanceof ReadAbortGuard guard ? guard.text().getTextIndex() : null;
        private final org.apache.jena.query.text.EntityDefinition fields = index == null ? null : index.getDocDef();

        private Bulk() {
            loader.startBulk();
            stream = loader.stream();
            // Lucene flushes a segment per 16 MB of buffered documents and then merges them; a bulk load
            // indexes hundreds of MB of text, so a larger buffer means fewer segments and less merging
            if (index instanceof org.apache.jena.query.text.TextIndexLucene lucene)
                lucene.getIndexWriter().getConfig().setRAMBufferSizeMB(BULK_TEXT_BUFFER_MB);
        }

        void add(ArticleQuads a) {
            for (Quad q : a.quads()) add(q);
        }

        void add(Quad q) {
            stream.quad(q);
            if (index == null) return;
            org.apache.jena.query.text.Entity e = org.apache.jena.query.text.TextQueryFuncs.entityFromQuad(fields, q);
            if (e != null) index.addEntity(e);
        }

        /**
         * Ends the load: the text index writes its last segment while the loader's threads finish the
         * indexes they are behind on (the two share nothing), so the writing of text does not wait for the
         * indexes nor they for it; the text is committed only once the quads are.
         */
        void finish() {
            java.util.concurrent.FutureTask<Void> text = null;
            if (index != null) {
                text = new java.util.concurrent.FutureTask<>(index::prepareCommit, null);
                Thread t = new Thread(text, "itkg-text-commit");
                t.setDaemon(true);
                t.start();
            }
            try {
                loader.finishBulk();
                if (text != null) {
                    await(text);
                    index.commit();
                }
            } catch (RuntimeException e) {
                if (text != null) {
                    try {
                        await(text);
                    } catch (RuntimeException ignored) {
                        // the load has failed already; what the index failed at adds nothing
                    }
                    index.rollback();
                }
                throw e;
            } finally {
                restoreTextBuffer();
            }
        }

        private static void await(java.util.concurrent.FutureTask<Void> task) {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while committing the text index", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }

        private void restoreTextBuffer() {
            if (index instanceof org.apache.jena.query.text.TextIndexLucene lucene && lucene.getIndexWriter() != null)
                lucene.getIndexWriter().getConfig().setRAMBufferSizeMB(org.apache.lucene.index.IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB);
        }

        void abandon(Exception cause) {
            loader.finishException(cause);
            if (index != null) index.rollback();
            restoreTextBuffer();
        }
    }

    /** Whether the ontology graph has been loaded. */
    public boolean hasOntology() {
        return Txn.calculateRead(dsg, () -> dsg.find(Vocab.ONTOLOGY_GRAPH, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    /** Loads the ontology and the topic scheme into their own graph, replacing what was there. */
    public void loadOntology() {
        write(dsg -> {
            dsg.deleteAny(Vocab.ONTOLOGY_GRAPH, Node.ANY, Node.ANY, Node.ANY);
            for (String f : ONTOLOGY_FILES) {
                try (InputStream in = Store.class.getClassLoader().getResourceAsStream(f)) {
                    if (in == null) throw new IllegalStateException("missing from the classpath: " + f);
                    org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                    RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                    g.find().forEach(t -> dsg.add(Vocab.ONTOLOGY_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return null;
        });
    }

    /**
     * Copies the live data into a fresh generation and deletes the old one: TDB2 never reuses space, so
     * every write transaction grows the files. Writers wait while it runs; readers go on.
     */
    public void compact() {
        org.apache.jena.tdb2.DatabaseMgr.compact(base(dsg), true);
    }

    /** The bytes the store's files take on disk. */
    public long sizeOnDisk() {
        try (var files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (dsg instanceof ReadAbortGuard guard) guard.text().getTextIndex().close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(base(dsg));
    }

    private static DatasetGraph base(DatasetGraph g) {
        DatasetGraph b = g;
        // down to TDB2's own switchable dataset, which expel() releases from its cache of open stores
        while (!(b instanceof org.apache.jena.tdb2.store.DatasetGraphSwitchable)
                && b instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w) b = w.getWrapped();
        return b;
    }
}
