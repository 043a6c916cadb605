package org.itkg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the read-only pages and the API share about a request: one value per parameter, and only GET. */
final class Requests {
    private Requests() {}

    /** Thrown with the status and message the caller is to answer. */
    static final class Refused extends Exception {
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /**
     * The request's parameters, one value each. A repeated parameter is refused rather than read as its
     * first value, and a query string that is not UTF-8 is refused rather than read as Jetty's error page.
     */
    static Map<String, String> parameters(HttpServletRequest req) throws Refused {
        Map<String, String[]> raw;
        try {
            raw = req.getParameterMap();
        } catch (RuntimeException e) {
            throw new Refused(400, "the query string is not valid UTF-8 percent-encoding");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : raw.entrySet()) {
            if (e.getValue().length > 1) throw new Refused(400, "parameter " + e.getKey() + " is given " + e.getValue().length + " times; give it once");
            out.put(e.getKey(), e.getValue()[0]);
        }
        return out;
    }

    /** Answers a method other than GET or HEAD with a JSON 405; true when it did. */
    static boolean refuseWrites(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String m = req.getMethod();
        if (m.equals("GET") || m.equals("HEAD")) return false;
        resp.setHeader("Allow", "GET, HEAD");
        drain(req);
        QueryApi.error(resp, 405, m + " is not allowed here: this resource only reads");
        return true;
    }

    /** Reads what was sent (BodyLimit has bounded it) before a refusal, so the connection stays usable for the client's next request. */
    static void drain(HttpServletRequest req) {
        try {
            req.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // a body that cannot be read changes nothing about the answer
        }
    }
}
