package org.itkg.extract;

import java.util.List;
import java.util.Locale;

/**
 * Whether a stretch of text announces a contact rather than reports one: a word of planning («قرار است»,
 * "will", «planlan*»), a verb in a future tense a language marks by an ending (Turkish -ecek/-acak), or a
 * Persian light verb in the present or subjunctive right after an event noun. What counts, per language,
 * is data (events.json: planned, future-endings, present-announces).
 */
final class Status extends Reader {

    Status(Doc doc) {
        super(doc);
    }

    /**
     * A verb in the future tense of a language that marks it by an ending (Turkish «görüşecek»,
     * «imzalayacaklar», «düzenlenecektir»): the word carries a future ending after a stem of three
     * letters or more.
     */
    private boolean futureVerb(int a, int b) {
        List<String> endings = lx.futureEndings.get(doc.lang);
        if (endings == null) return false; // a language that marks its future otherwise
        int p = a;
        while (p < b) {
            while (p < b && !Letters.isLetter(s.charAt(p))) p++;
            int start = p;
            while (p < b && Letters.isLetter(s.charAt(p))) p++;
            if (p - start < 6 || s.charAt(start) >= '\u0250') continue; // Latin words of a stem and an ending
            String w = s.substring(start, p).toLowerCase(Locale.ROOT);
            for (String e : endings) if (w.indexOf(e, 3) >= 0) return true;
        }
        return false;
    }

    /** Whether {@code [a, b)} announces a contact: a word of planning, a verb in the future, an announcing present. */
    boolean plannedIn(int a, int b) {
        return !lx.planned.find(scan, a, b).isEmpty() || futureVerb(a, b) || presentAnnounces(a, b);
    }

    /**
     * «به آنکارا سفر میکند», «نشست ... برگزار می شود»: in a language whose news tells a coming contact in the
     * present tense, a light verb in the imperfective present right after an event noun announces the
     * contact, as does the subjunctive («قرار است سفر کند», «برگزار شود») (events.json, present-announces).
     */
    private boolean presentAnnounces(int a, int b) {
        String prefix = lx.presentPrefix.get(doc.lang);
        if (prefix == null || s.indexOf(prefix, a) < 0 || s.indexOf(prefix, a) >= b) return false;
        for (Gazetteer.Hit<Boolean> h : lx.presentAfter.find(scan, a, b)) {
            int k = h.end();
            if (k < b && Letters.isLetter(s.charAt(k))) continue; // the noun goes on: another word
            while (k < b && s.charAt(k) == ' ') k++;
            Gazetteer.Hit<Lexicons.Place> destination = lx.places.longestAt(s, k, b); // «عازم آنکارا می شود»
            if (destination != null) k = destination.end();
            while (k < b && s.charAt(k) == ' ') k++;
            if (s.startsWith(prefix, k)) {
                k += prefix.length();
                if (k < b && s.charAt(k) == ' ') k++;
            }
            int e = k;
            while (e < b && Letters.isLetter(s.charAt(e))) e++;
            if (lx.presentStems.contains(s.substring(k, e))) return true;
        }
        return false;
    }
}
