package org.itkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Extraction speed of two builds of itkg, paired in one JVM: each build in its own class loader extracts the
 * same generated articles on one thread, in rounds that alternate, and the CPU time of each round is
 * compared with its neighbour's. The machine's speed varies by a third from hour to hour; a ratio of
 * neighbouring rounds does not. Usage: {@code PairedExtraction OLD.jar NEW.jar [ARTICLES]}, each jar with
 * its {@code lib/} folder beside it (see scripts/extraction-speed.sh).
 */
public final class PairedExtraction {
    private record Build(Object extractor, Method extract, List<Object> articles) {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        Build old = load(Path.of(args[0]), n), now = load(Path.of(args[1]), n);
        for (int i = 0; i < 3; i++) {
            round(old);
            round(now);
        }
        List<Double> ratios = new ArrayList<>();
        long oldNs = 0, newNs = 0;
        int rounds = 16;
        for (int i = 0; i < rounds; i++) {
            long o, m;
            if (i % 2 == 0) {
                o = round(old);
                m = round(now);
            } else {
                m = round(now);
                o = round(old);
            }
            ratios.add((double) o / m);
            oldNs += o;
            newNs += m;
        }
        Collections.sort(ratios);
        System.out.printf(Locale.ROOT, "old %.0f articles/CPU-s, new %.0f; new's speed over old's, median of %d paired rounds: %.3f (quartiles %.3f..%.3f)%n",
                rounds * (double) n / (oldNs / 1e9), rounds * (double) n / (newNs / 1e9), rounds,
                ratios.get(rounds / 2), ratios.get(rounds / 4), ratios.get(3 * rounds / 4));
    }

    private static Build load(Path jar, int n) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(jar.toUri().toURL());
        try (Stream<Path> libs = Files.list(jar.toAbsolutePath().getParent().resolve("lib"))) {
            for (Path p : (Iterable<Path>) libs::iterator) urls.add(p.toUri().toURL());
        }
        ClassLoader cl = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> gen = cl.loadClass("org.itkg.bench.ArticleGenerator");
        Object g = gen.getConstructor(long.class).newInstance(1L);
        Method article = gen.getMethod("article", long.class);
        List<Object> articles = new ArrayList<>();
        for (long i = 0; i < n; i++) articles.add(article.invoke(g, i));
        Class<?> ex = cl.loadClass("org.itkg.extract.Extractor");
        return new Build(ex.getConstructor().newInstance(), ex.getMethod("extract", cl.loadClass("org.itkg.article.Article")), articles);
    }

    private static long round(Build b) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        for (Object a : b.articles()) b.extract().invoke(b.extractor(), a);
        return cpu.getCurrentThreadCpuTime() - t0;
    }
}
