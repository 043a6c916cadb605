package org.itkg.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.itkg.resolve.Decisions;
import org.itkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove articles (a withdrawn or corrected story) by id or URL. An event other articles report stays with their reports; "
                + "a person or event no other article attests goes, with its timeline rows and counts.")
final class RemoveCommand implements Callable<Integer> {
    @Mixin
    ExistingStore db;

    @Option(names = "--endpoint", paramLabel = "URL", description = "a running server's dataset (http://host:3030/itkg) instead of --db")
    URI endpoint;

    @Option(names = "--user", description = "a user of the server's password file")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "the user's password: the first line, or the line 'USER: password'")
    Path passwordFile;

    @Parameters(arity = "1..*", paramLabel = "ID|URL", description = "article ids or the URLs their headers give")
    List<String> names;

    @Override
    public Integer call() throws Exception {
        if (endpoint != null) return remote();
        try (Store store = db.openToWrite("remove through it with itkg remove --endpoint URL --user U --password-file F")) {
            if (store == null) return 2;
            Store.Removal r = store.remove(names, () -> store.maintenance(() -> Decisions.read(store.decisionsFile())));
            for (String u : r.unknown()) System.err.println(u + ": no such article in " + store.dir());
            if (r.change() != null)
                System.err.printf(Locale.ROOT, "removed %,d articles in %.2f s (%,d other graphs renamed, %,d rebuilt; %,d derived subjects rewritten)%n",
                        r.ids().size(), r.change().seconds(), r.change().graphsRenamed(), r.change().graphsRebuilt(), r.change().derivedSubjects());
            return r.unknown().isEmpty() ? 0 : Main.SOME_FAILED;
        }
    }

    private int remote() throws Exception {
        StringBuilder q = new StringBuilder();
        for (String n : names) q.append(q.length() == 0 ? "?" : "&").append("id=").append(URLEncoder.encode(n, StandardCharsets.UTF_8));
        HttpRequest.Builder r = HttpRequest.newBuilder(endpoint.resolve("/api/articles" + q)).DELETE();
        if (user != null) {
            if (passwordFile == null) {
                System.err.println("--user needs --password-file");
                return 2;
            }
            String pw = LoadCommand.password(passwordFile, user);
            r.header("Authorization", org.itkg.store.RemoteIngest.basic(user, pw));
        }
        HttpResponse<String> resp = HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
        var answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(resp.body());
        if (answer == null || !answer.has("removed")) {
            System.err.println(endpoint + ": " + (answer != null && answer.has("error") ? answer.get("error").asText() : "HTTP " + resp.statusCode()));
            return Main.SOME_FAILED;
        }
        answer.get("unknown").forEach(u -> System.err.println(u.asText() + ": no such article at " + endpoint));
        System.err.printf(Locale.ROOT, "removed %,d articles at %s%n", answer.get("removed").size(), endpoint);
        return answer.get("unknown").isEmpty() ? 0 : Main.SOME_FAILED;
    }
}
