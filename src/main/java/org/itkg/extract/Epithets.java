package org.itkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the sentence around a person's name says of them, read with the extraction's lexicons: the
 * states and titles written against the name ("Russian President Vladimir Putin", «عمر بولات وزیر
 * تجارت ترکیه», "Bolat, Turkey's trade minister"), the state of a counterpart the name is ("his Russian
 * counterpart, Vladimir Putin"), and the side a person speaks for when the sentence gives them a
 * counterpart of the other side ("Bolat ... with his Iranian counterpart"). Linking reads this for a
 * person the extraction left without a state or an office; it is a looser reading than extraction's,
 * so what it finds is reported as the article's wording, not as the store's fact.
 */
public final class Epithets {
    /**
     * @param states  ISO alpha-2 codes of the states said of the person
     * @param offices "position" or "position/portfolio" codes of the titles said of the person
     * @param how     for each finding, the words that said it
     */
    public record Said(Set<String> states, Set<String> offices, List<String> how) {
        public boolean isEmpty() {
            return states.isEmpty() && offices.isEmpty();
        }
    }

    private final Text t;

    private Epithets(String body) {
        this.t = Normalizer.normalize(body);
    }

    /** A reader of one article body, normalised once for all the names asked about. */
    public static Epithets of(String body) {
        return new Epithets(body);
    }

    /** What the sentence holding {@code body[start, end)} (a person's name) says of that person. */
    public Said around(int start, int end) {
        int ns = normalised(t, start), ne = normalised(t, end);
        String s = t.norm;
        int from = ns, to = ne;
        while (from > 0 && !isSentenceEnd(s, from - 1)) from--;
        while (to < s.length() && !isSentenceEnd(s, to)) to++;
        Lexicons lx = Lexicons.get();
        List<Gazetteer.Hit<?>> words = words(from, to);
        Set<String> states = new LinkedHashSet<>();
        Set<String> offices = new LinkedHashSet<>();
        List<String> how = new ArrayList<>();
        List<Gazetteer.Hit<?>> attached = attached(words, ns, ne);
        int left = ns;
        for (Gazetteer.Hit<?> h : attached) left = Math.min(left, h.start());
        boolean counterpart = false;
        for (Gazetteer.Hit<?> h : attached) {
            if (h.value() instanceof Lexicons.Title title) {
                offices.add(office(title));
                how.add("«" + s.substring(h.start(), h.end()) + "»");
            } else if (h.value() instanceof String code) {
                states.add(code);
                how.add("«" + s.substring(h.start(), h.end()) + "»");
            } else {
                counterpart = true;
            }
        }
        if (counterpart) {
            // the person is that counterpart: it holds the office of the sentence's first title before the word
            for (Gazetteer.Hit<?> h : words)
                if (h.start() < left && h.value() instanceof Lexicons.Title title) {
                    offices.add(office(title));
                    how.add("counterpart of «" + s.substring(h.start(), h.end()) + "»");
                    break;
                }
        } else if (states.isEmpty()) {
            // a counterpart of one side named after the person, apart from them: the person speaks for the other
            for (int k = 0; k < words.size(); k++) {
                Gazetteer.Hit<?> h = words.get(k);
                if (h.start() < ne || h.value() != Boolean.TRUE) continue;
                String side = stateNextTo(words, k, s, lx);
                if (Sides.isSide(side)) {
                    states.add(Sides.other(side));
                    how.add("counterpart «" + s.substring(h.start(), h.end()) + "» of " + side);
                }
                break;
            }
        }
        return new Said(states, offices, how);
    }

    /** An office the article names with its state but with no person's name against it ("Turkey's trade minister arrived."). */
    public record Apart(String office, String state, String words) {}

    /**
     * The titles of the article that stand with their state and apart from every name in {@code names}
     * (body offsets of every person's mentions): offices whose holder the article leaves to the reader.
     */
    public List<Apart> titlesApart(List<int[]> names) {
        String s = t.norm;
        List<Gazetteer.Hit<?>> words = words(0, s.length());
        Set<Gazetteer.Hit<?>> taken = new java.util.HashSet<>();
        for (int[] n : names) taken.addAll(attached(words, normalised(t, n[0]), normalised(t, n[1])));
        List<Apart> out = new ArrayList<>();
        for (Gazetteer.Hit<?> h : words) {
            if (!(h.value() instanceof Lexicons.Title title) || title.plural() || taken.contains(h)) continue;
            List<Gazetteer.Hit<?>> chain = attached(words, h.start(), h.end());
            if (chain.stream().anyMatch(taken::contains)) continue;
            String state = null;
            boolean counterpart = false;
            int a = h.start(), b = h.end();
            for (Gazetteer.Hit<?> c : chain) {
                if (c.value() instanceof String code && state == null) state = code;
                counterpart |= c.value() == Boolean.TRUE;
                a = Math.min(a, c.start());
                b = Math.max(b, c.end());
            }
            if (state != null && !counterpart) out.add(new Apart(office(title), state, "«" + s.substring(a, b) + "»"));
        }
        return out;
    }

    private List<Gazetteer.Hit<?>> words(int from, int to) {
        Lexicons lx = Lexicons.get();
        Scan scan = t.scan();
        List<Gazetteer.Hit<?>> words = new ArrayList<>();
        for (Gazetteer.Hit<Lexicons.Title> h : lx.titles.find(scan, from, to)) words.add(withPortfolio(h, t.norm, to, lx));
        words.addAll(lx.countries.find(scan, from, to));
        words.addAll(lx.counterpart.find(scan, from, to));
        words.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return words;
    }

    /** The words written against {@code [ns, ne)}, on either side, up to the first word that is no title or state. */
    private List<Gazetteer.Hit<?>> attached(List<Gazetteer.Hit<?>> words, int ns, int ne) {
        Lexicons lx = Lexicons.get();
        String s = t.norm;
        List<Gazetteer.Hit<?>> attached = new ArrayList<>();
        int left = ns;
        for (int k = words.size() - 1; k >= 0; k--) {
            Gazetteer.Hit<?> h = words.get(k);
            if (h.end() > left) continue;
            if (!glue(s, h.end(), left, lx)) break;
            attached.add(h);
            left = h.start();
        }
        int right = ne;
        for (Gazetteer.Hit<?> h : words) {
            if (h.start() < right) continue;
            if (!glue(s, right, h.start(), lx)) break;
            attached.add(h);
            right = h.end();
        }
        return attached;
    }

    private static String office(Lexicons.Title title) {
        return title.portfolio() == null ? title.position() : title.position() + "/" + title.portfolio();
    }

    /** "Minister of Development": a title that wants a portfolio takes the one named in the few words after it. */
    private static Gazetteer.Hit<Lexicons.Title> withPortfolio(Gazetteer.Hit<Lexicons.Title> h, String s, int to, Lexicons lx) {
        Lexicons.Title t = h.value();
        if (t.portfolio() != null || !PORTFOLIO_POSITIONS.contains(t.position())) return h;
        int limit = h.end();
        for (int words = 0; words < 4 && limit < to; words++) {
            while (limit < to && s.charAt(limit) == ' ') limit++;
            while (limit < to && Letters.isLetterOrDigit(s.charAt(limit))) limit++;
            if (limit < to && s.charAt(limit) != ' ') break;
        }
        List<Gazetteer.Hit<String>> cues = lx.portfolioCues.find(s, h.end(), limit);
        if (cues.isEmpty()) return h;
        String gap = s.substring(h.end(), cues.get(0).start()).strip().toLowerCase(java.util.Locale.ROOT);
        if (!gap.isEmpty() && !lx.epithetGlue.contains(gap) && !gap.equals("of the") && !gap.equals("for")) return h;
        return new Gazetteer.Hit<>(h.start(), cues.get(0).end(), new Lexicons.Title(t.position(), cues.get(0).value(), t.plural()));
    }

    private static final Set<String> PORTFOLIO_POSITIONS = Set.of("head", "spokesperson", "minister", "deputy-minister");

    /** The state named right before or right after the counterpart word at {@code k}. */
    private static String stateNextTo(List<Gazetteer.Hit<?>> words, int k, String s, Lexicons lx) {
        Gazetteer.Hit<?> h = words.get(k);
        if (k > 0 && words.get(k - 1).value() instanceof String code && glue(s, words.get(k - 1).end(), h.start(), lx)) return code;
        if (k + 1 < words.size() && words.get(k + 1).value() instanceof String code && glue(s, h.end(), words.get(k + 1).start(), lx)) return code;
        return null;
    }

    /** Whether {@code s[a, b)} only joins a name to its titles: spaces, a comma, an apostrophe, "of", "the". */
    private static boolean glue(String s, int a, int b, Lexicons lx) {
        if (a > b) return false;
        String gap = s.substring(a, b).strip();
        if (gap.isEmpty()) return true;
        if (gap.length() > 12) return false;
        for (String w : gap.split("[\\s,،:]+")) {
            if (w.isEmpty()) continue;
            if (!lx.epithetGlue.contains(w.toLowerCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }

    /**
     * Whether the character at {@code i} ends a sentence: not the point of "Aug. 9", "Gen. Ali Hajizadeh" or
     * "U.S.", which a short word before it, or a digit or a small letter after it, mark as an abbreviation.
     */
    private static boolean isSentenceEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '!' || c == '?' || c == '؟' || c == '\n') return true;
        if (c != '.') return false;
        int j = i + 1;
        while (j < s.length() && s.charAt(j) == ' ') j++;
        if (j < s.length() && (Character.isDigit(s.charAt(j)) || Character.isLowerCase(s.charAt(j)))) return false;
        int k = i;
        while (k > 0 && Character.isLetter(s.charAt(k - 1))) k--;
        return i - k > 3 || i == k || !Character.isUpperCase(s.charAt(k));
    }

    private static int normalised(Text t, int bodyOffset) {
        int lo = 0, hi = t.norm.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.bodyOffset(mid) < bodyOffset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
