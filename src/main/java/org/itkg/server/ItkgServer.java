package org.itkg.server;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.itkg.query.SavedQueries;

/**
 * The SPARQL endpoint: an embedded Fuseki serving dataset {@code /itkg}. Queries are open to all
 * ({@code /itkg/sparql}, {@code /itkg/query}, {@code /itkg?query=}, Graph Store reads on {@code /itkg/get});
 * SPARQL Update ({@code /itkg/update}) and Graph Store writes ({@code /itkg/data}) exist only when a password
 * file is given, and then only for its users. Writes are on named endpoints because an auth policy on the
 * dataset itself would close queries too. The Fuseki UI is served at {@code /}, the saved queries at
 * {@code /api/queries} (with {@code /api/openapi.json}) and the timeline page at {@code /timeline}.
 */
public final class ItkgServer {
    public static final String DATASET = "/itkg";

    /**
     * Settings of a server; a password file holds lines {@code user: password}; {@code queries} is a folder
     * of saved queries added to the built-in ones (may be null); {@code maxRows} caps a saved query's answer.
     */
    public record Settings(String host, int port, Path passwordFile, long queryTimeoutMillis, Path queries, long maxRows,
                           long maxBodyBytes) {
        public Settings(String host, int port, Path passwordFile, long queryTimeoutMillis) {
            this(host, port, passwordFile, queryTimeoutMillis, null, 10_000, MAX_BODY);
        }
    }

    /** The largest request body by default: a query, an update or one article's graph fits many times over. */
    public static final long MAX_BODY = 10L * 1024 * 1024;

    /** Bindings a sort, group or DISTINCT keeps in memory before it spills to disk. */
    static final long SPILL_BINDINGS = 10_000;
    /** Rows the SPARQL endpoint reads at most for one query (the saved-query API has its own, smaller cap). */
    public static final long MAX_SPARQL_ROWS = 200_000;

    private final FusekiServer server;

    private final org.eclipse.jetty.security.PropertyUserStore users;

    private ItkgServer(FusekiServer server, org.eclipse.jetty.security.PropertyUserStore users) {
        this.server = server;
        this.users = users;
    }

    public static ItkgServer start(DatasetGraph dsg, Settings s) {
        return start(dsg, s, null);
    }

    /** A server that also takes articles at {@code /api/articles} into {@code ingest}'s store (with a password file). */
    public static ItkgServer start(DatasetGraph dsg, Settings s, org.itkg.store.Ingest ingest) {
        return start(dsg, s, ingest, Replication.STANDALONE);
    }

    /**
     * A server whose store writes to or follows a change log as {@code replication} tells: its status at
     * {@code /api/status}, and {@code ?after=OFFSET} on every request.
     */
    public static ItkgServer start(DatasetGraph dsg, Settings s, org.itkg.store.Ingest ingest, Replication replication) {
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(s.queryTimeoutMillis()));
        // a sort, a grouping or a DISTINCT over more bindings than this goes to temporary files, not the heap
        dsg.getContext().set(ARQ.spillToDiskThreshold, SPILL_BINDINGS);
        DataService.Builder svc = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        org.eclipse.jetty.security.PropertyUserStore users = null;
        FusekiServer.Builder b = FusekiServer.create()
                .port(s.port())
                .loopback(isLoopback(s.host()))
                .enablePing(true)
                .enableStats(true)
                .registerOperation(Operation.Query, new GuardedQuery(s.queryTimeoutMillis(), MAX_SPARQL_ROWS))
                .addFilter("/*", new BodyLimit(s.maxBodyBytes()))
                .addFilter("/*", new AfterFilter(replication, s.queryTimeoutMillis()))
                .addFilter("/*", (req, resp, chain) -> {
                    // no answer is read by a browser as anything but the type it is sent as
                    ((jakarta.servlet.http.HttpServletResponse) resp).setHeader("X-Content-Type-Options", "nosniff");
                    chain.doFilter(req, resp);
                })
                .addServlet("/$/server", new org.apache.jena.fuseki.mod.admin.ActionServerStatus());
        if (s.passwordFile() != null) {
            if (!Files.isReadable(s.passwordFile()))
                throw new IllegalArgumentException("password file not readable: " + s.passwordFile());
            AuthPolicy writers = Auth.ANY_USER;
            // a store that writes to a change log takes changes through /api/articles only, which publishes them
            if (replication.topic() == null)
                svc.addEndpoint(Operation.Update, "update", writers)
                   .addEndpoint(Operation.GSP_RW, "data", writers);
            // the user store is ours, so that stopping the server stops its watch on the password file
            // (Fuseki's own is never stopped and polls a deleted file for ever)
            users = new org.eclipse.jetty.security.PropertyUserStore();
            users.setConfig(org.eclipse.jetty.util.resource.ResourceFactory.root().newResource(s.passwordFile().toAbsolutePath()));
            users.setHotReload(true);
            try {
                users.start();
            } catch (Exception e) {
                throw new IllegalArgumentException("password file not usable: " + s.passwordFile() + ": " + e.getMessage(), e);
            }
            b.securityHandler(org.apache.jena.fuseki.main.JettySecurityLib.makeSecurityHandler("itkg", users, AuthScheme.BASIC));
        }
        SavedQueries queries = SavedQueries.load(s.queries());
        b.addServlet("/api/*", new QueryApi(dsg, queries, s.maxRows()));
        ArticlesApi articles = new ArticlesApi(users == null ? null : ingest, users);
        b.addServlet("/api/articles", articles);
        b.addServlet("/api/articles/*", articles);
        b.addServlet("/api/status", new StatusApi(dsg, replication));
        b.addServlet("/timeline", new TimelinePage(dsg, queries));
        URL ui = ItkgServer.class.getClassLoader().getResource("webapp");
        if (ui != null) b.staticFileBase(ui.toExternalForm());
        b.add(DATASET, svc);
        FusekiServer server = b.build();
        server.start();
        return new ItkgServer(server, users);
    }

    private static boolean isLoopback(String host) {
        return host == null || host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    public int port() {
        return server.getHttpPort();
    }

    public void join() {
        server.join();
    }

    public void stop() {
        server.stop();
        if (users != null) {
            try {
                users.stop();
            } catch (Exception e) {
                // the server has stopped; a watch that fails to stop has nothing left to guard
            }
        }
    }
}
