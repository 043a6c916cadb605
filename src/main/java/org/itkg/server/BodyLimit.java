package org.itkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses request bodies over a size with a 413: at once when the declared length is too large, and for a
 * body sent without a length (chunked) once it passes the limit. Such a body is read here, up to the limit,
 * before the request goes on: refused in the middle of Fuseki's reading, it would come back as a 500.
 */
final class BodyLimit implements Filter {
    private final long max;

    BodyLimit(long max) {
        this.max = max;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest r = (HttpServletRequest) req;
        if (r.getContentLengthLong() > max) {
            refuse(r, (HttpServletResponse) resp, Math.min(r.getContentLengthLong(), 2 * max));
            return;
        }
        if (r.getContentLengthLong() >= 0 || r.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(r, resp);
            return;
        }
        byte[] body = readAtMost(r.getInputStream(), max + 1);
        if (body.length > max) {
            refuse(r, (HttpServletResponse) resp, max);
            return;
        }
        chain.doFilter(new Buffered(r, body), resp);
    }

    /**
     * A 413, after reading (and dropping) up to {@code drain} more bytes of the body: a client sends its body
     * before it reads the answer, and a connection closed on a body left unread is reset, which loses the
     * answer on the way. A body larger still is cut off by the close.
     */
    private void refuse(HttpServletRequest r, HttpServletResponse resp, long drain) throws IOException {
        InputStream in = r.getInputStream();
        byte[] buf = new byte[65536];
        long left = drain;
        int k;
        while (left > 0 && (k = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) left -= k;
        resp.setHeader("Connection", "close");
        QueryApi.error(resp, 413, "request body over " + max + " bytes");
    }

    private static byte[] readAtMost(InputStream in, long n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int k;
        while (out.size() < n && (k = in.read(buf, 0, (int) Math.min(buf.length, n - out.size()))) > 0) out.write(buf, 0, k);
        return out.toByteArray();
    }

    /** A request whose body has been read: it is served from memory, and a form's fields are parsed from it. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;
        private final Map<String, String[]> params;

        Buffered(HttpServletRequest r, byte[] body) {
            super(r);
            this.body = body;
            String type = r.getContentType();
            if (type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
                Map<String, String[]> p = new LinkedHashMap<>(r.getParameterMap());
                for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                    if (pair.isEmpty()) continue;
                    int eq = pair.indexOf('=');
                    String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    String[] old = p.get(k);
                    String[] now = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
                    now[now.length - 1] = v;
                    p.put(k, now);
                }
                params = Collections.unmodifiableMap(p);
            } else {
                params = null;
            }
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getParameter(String name) {
            if (params == null) return super.getParameter(name);
            String[] v = params.get(name);
            return v == null ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return params == null ? super.getParameterMap() : params;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return params == null ? super.getParameterNames() : Collections.enumeration(params.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return params == null ? super.getParameterValues(name) : params.get(name);
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener l) {
                    throw new IllegalStateException("the body is already read");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
