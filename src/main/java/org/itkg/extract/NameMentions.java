package org.itkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions, second stage: the places in each sentence where a person is named. Four signals, none of which
 * needs the person to be known in advance: a given name followed by a surname, a name in «guillemets»
 * beside a title or after «به ریاست», a capitalised name after a title in Latin script or in apposition
 * to one, and the list of known office holders.
 */
final class NameMentions extends Stage {
    private static final Pattern GUILLEMETS = Pattern.compile("[«\"“]([^«»\"“”\\n]{2,60})[»\"”]");
    /** What may stand before a name that opens a clause: a sentence start, punctuation, or a linking word. */
    private static final Pattern CLAUSE_END = Pattern.compile("(^|[\\p{Punct}،؛؟«»“”]|(^|\\s)(و|با|از|که|امضای|توسط|گفته|and|with|by))$");

    NameMentions(Doc doc) {
        super(doc);
    }

    @Override
    void annotate() {
        for (Sentence st : doc.sentences) doc.names.addAll(candidates(st, doc.titles.get(st.index())));
    }

    private List<NameMention> candidates(Sentence st, List<TitleMention> titles) {
        List<NameMention> out = new ArrayList<>();
        for (Gazetteer.Hit<Lexicons.KnownPerson> h : lx.persons.find(scan, st.start(), st.end()))
            out.add(new NameMention(h.start(), h.end(), s.substring(h.start(), h.end()), h.value()));
        Matcher g = GUILLEMETS.matcher(s).region(quoteAt(st.start(), st.end()), st.end());
        while (g.find()) {
            if (plausibleName(g.group(1)) && (startsWithGivenName(g.start(1)) || titleBeside(g.start(), g.end(), titles)
                    || ledByBefore(g.start(), st.start()) || counterpartAfter(g.end(), st.end())))
                out.add(new NameMention(g.start(1), g.end(1), g.group(1).strip(), null));
        }
        // the words that may begin a given name, as the text's scan knows them
        int[] starts = scan.candidates(lx.givenNames);
        int k = Arrays.binarySearch(starts, st.start());
        int next = st.start();
        for (k = k < 0 ? -k - 1 : k; k < starts.length && starts[k] < st.end(); k++) {
            if (starts[k] < next) continue;
            NameMention c = givenNameAt(starts[k], st.end());
            if (c != null) {
                out.add(c);
                next = c.end() + 1;
            }
        }
        // «آقای رستمی», "Mr. Kazemi", «Sayın Kalkavan»: a title of respect is followed by a name
        for (Gazetteer.Hit<Boolean> h : lx.honorifics.find(scan, st.start(), st.end())) {
            NameMention c = afterHonorific(h.end(), st.end());
            if (c != null) out.add(c);
        }
        // "led by Colonel Kemal Aydın", «Albay Kemal Aydın başkanlığındaki heyet»: the leader of a delegation
        for (Gazetteer.Hit<Boolean> h : lx.ledBy.find(scan, st.start(), st.end())) {
            NameMention c = capitalisedAfter(withoutHonorific(doc.skipSpace(h.end(), st.end()), st.end()), st.end());
            if (c != null) out.add(c);
        }
        for (Gazetteer.Hit<Boolean> h : lx.ledByAfter.find(scan, st.start(), st.end())) {
            NameMention c = capitalisedBefore(h.start(), st.start());
            if (c != null) out.add(c);
        }
        for (TitleMention th : titles) {
            NameMention c = capitalisedAfter(th.end(), st.end());
            if (c != null) out.add(c);
            c = appositionBefore(th, st);
            if (c != null) out.add(c);
            c = appositionAfter(th, st);
            if (c != null) out.add(c);
        }
        out.removeIf(c -> c.known() == null && insideTitle(c, titles));
        return out;
    }

    /** The first opening quote in {@code s[from, to)}, or {@code to}: most doc.sentences have none, and the regex tries every offset. */
    private int quoteAt(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '«' || c == '"' || c == '“') return i;
        }
        return to;
    }

    private boolean plausibleName(String inner) {
        List<String> toks = Names.tokens(inner);
        if (toks.isEmpty() || toks.size() > 4) return false;
        for (String tok : toks) {
            for (int i = 0; i < tok.length(); i++) if (!Letters.isLetter(tok.charAt(i))) return false;
            if (lx.stopWords.contains(Lexicons.key(tok))) return false;
        }
        String key = inner.strip();
        return lx.titles.longestAt(key, 0, key.length()) == null && lx.countries.longestAt(key, 0, key.length()) == null;
    }

    private boolean startsWithGivenName(int i) {
        return lx.givenNames.longestAt(s, i, s.length()) != null;
    }

    private boolean titleBeside(int start, int end, List<TitleMention> titles) {
        for (TitleMention th : titles) {
            if (th.start() >= end && doc.gapOk(end, th.start())) return true;
            if (th.end() <= start && doc.gapOk(th.end(), start)) return true;
        }
        return false;
    }

    /** «با «X» همتای ترک خود»: a quoted name the text calls someone's counterpart. */
    private boolean counterpartAfter(int end, int to) {
        int j = doc.skipSpace(end, to);
        return j < to && lx.counterpart.longestAt(s, j, to) != null;
    }

    private boolean ledByBefore(int start, int from) {
        for (Gazetteer.Hit<Boolean> h : lx.ledBy.find(scan, Math.max(from, start - 20), start))
            if (doc.gapOk(h.end(), start)) return true;
        return false;
    }

    /** Given name(s), then a surname word and any particles («منیر کارال اوغلو», "Recep Tayyip Erdoğan"). */
    private NameMention givenNameAt(int i, int end) {
        Gazetteer.Hit<Boolean> first = lx.givenNames.longestAt(s, i, end);
        if (first == null) return null;
        boolean latin = Names.isLatin(s.substring(i, first.end()));
        if (latin && !Character.isUpperCase(s.charAt(i))) return null;
        int j = first.end();
        while (true) { // further given names: «محمد جواد ظریف»
            int k = doc.skipSpace(j, end);
            Gazetteer.Hit<Boolean> more = k < end ? lx.givenNames.longestAt(s, k, end) : null;
            if (more == null || (latin && !Character.isUpperCase(s.charAt(k)))) break;
            int after = doc.skipSpace(more.end(), end);
            if (after >= end || !isNameWord(after, end, latin)) break; // the next given name is the surname
            j = more.end();
        }
        int k = doc.skipSpace(j, end);
        if (k >= end || !isNameWord(k, end, latin)) return null;
        int stop = doc.wordEnd(k, end);
        while (true) {
            int p = doc.skipSpace(stop, end);
            Gazetteer.Hit<Boolean> part = p < end ? lx.particles.longestAt(s, p, end) : null;
            if (part == null) break;
            stop = part.end();
        }
        return new NameMention(i, stop, s.substring(i, stop), null);
    }

    private boolean isNameWord(int k, int end, boolean latin) {
        if (!Letters.isLetter(s.charAt(k))) return false;
        if (latin && !Character.isUpperCase(s.charAt(k))) return false;
        if (lx.stopWords.contains(Lexicons.wordKey(s, k, doc.wordEnd(k, end))) || lx.titles.longestAt(s, k, end) != null) return false;
        if (lx.speechVerbs.longestAt(s, k, end) != null || lx.triggers.longestAt(s, k, end) != null) return false;
        Gazetteer.Hit<String> c = lx.countries.longestAt(s, k, end);
        return c == null;
    }

    /** "Foreign Minister Hakan Fidan": capitalised words right after a title, in Latin script. */
    private NameMention capitalisedAfter(int from, int end) {
        int k = doc.skipSpace(from, end);
        if (k < end && (s.charAt(k) == ',')) k = doc.skipSpace(k + 1, end);
        int start = k, stop = k, n = 0;
        while (k < end && n < 4 && Character.isUpperCase(s.charAt(k)) && Names.isLatin(s.substring(k, Math.min(end, k + 1)))) {
            if (lx.stopWords.contains(Lexicons.wordKey(s, k, doc.wordEnd(k, end))) || lx.countries.longestAt(s, k, end) != null
                    || lx.titles.longestAt(s, k, end) != null) break;
            stop = doc.wordEnd(k, end);
            n++;
            k = doc.skipSpace(stop, end);
        }
        return n >= 2 ? new NameMention(start, stop, s.substring(start, stop), null) : null;
    }

    /**
     * The name after a title of respect: known given names and one more word, or one word alone (the
     * surname: «آقای لاریجانی»); in Latin script capitalised words. Null where a title, a state or a word
     * that is no name follows («آقای وزیر»).
     */
    private NameMention afterHonorific(int from, int end) {
        int k = doc.skipSpace(from, end);
        if (k >= end || !isNameWord(k, end, false) || lx.honorifics.longestAt(s, k, end) != null) return null;
        boolean latin = s.charAt(k) < '\u0250';
        if (latin && !Character.isUpperCase(s.charAt(k))) return null;
        int start = k, stop = doc.wordEnd(k, end);
        for (int words = 1; words < 3; words++) {
            Gazetteer.Hit<Boolean> given = lx.givenNames.longestAt(s, start, stop);
            int next = doc.skipSpace(stop, end);
            boolean more = latin ? next < end && Character.isUpperCase(s.charAt(next)) && Names.isLatin(s.substring(next, next + 1))
                    : given != null && given.end() >= stop; // «آقای محمد رستمی»: the given names, then the surname
            if (!more || next >= end || !isNameWord(next, end, latin) || lx.places.longestAt(s, next, end) != null) break;
            stop = doc.wordEnd(next, end);
        }
        while (true) { // a surname written apart: «رستمی پور»
            int p = doc.skipSpace(stop, end);
            Gazetteer.Hit<Boolean> part = p < end ? lx.particles.longestAt(s, p, end) : null;
            if (part == null) break;
            stop = part.end();
        }
        return stop > start && Letters.isLetter(s.charAt(stop - 1)) ? new NameMention(start, stop, s.substring(start, stop), null) : null;
    }

    /** Past a title of respect or rank at {@code k} ("Colonel", «Albay»), if there is one. */
    private int withoutHonorific(int k, int end) {
        Gazetteer.Hit<Boolean> h = k < end ? lx.honorifics.longestAt(s, k, end) : null;
        return h == null ? k : doc.skipSpace(h.end(), end);
    }

    /**
     * Two capitalised Latin-script words right before {@code to} (three when the first is a known given
     * name), none a title, state, place or title of respect: «Sadık Rüstemzade başkanlığındaki».
     */
    private NameMention capitalisedBefore(int to, int from) {
        List<Integer> starts = new ArrayList<>();
        int j = to;
        while (starts.size() < 3) {
            while (j > from && s.charAt(j - 1) == ' ') j--;
            int k = j;
            while (k > from && Letters.isLetter(s.charAt(k - 1))) k--;
            if (k == j || !Character.isUpperCase(s.charAt(k)) || !Names.isLatin(s.substring(k, k + 1))) break;
            if (lx.stopWords.contains(Lexicons.wordKey(s, k, j)) || lx.countries.longestAt(s, k, j) != null
                    || lx.titles.longestAt(s, k, j) != null || lx.places.longestAt(s, k, j) != null
                    || lx.honorifics.longestAt(s, k, j) != null) break;
            if (starts.size() == 2 && lx.givenNames.longestAt(s, k, j) == null) break;
            starts.add(k);
            j = k;
        }
        if (starts.size() < 2) return null;
        int start = starts.get(starts.size() - 1), stop = doc.wordEnd(starts.get(0), to);
        return new NameMention(start, stop, s.substring(start, stop), null);
    }

    /**
     * «آلپ بایراکتار وزیر انرژی ترکیه»: two or three name words that open a clause and stand right before a
     * title are the name of its holder, whether or not the given name is in the lexicon.
     */
    private NameMention appositionBefore(TitleMention th, Sentence st) {
        int j = th.start();
        while (j > st.start() && (s.charAt(j - 1) == ' ' || s.charAt(j - 1) == '،' || s.charAt(j - 1) == ',')) j--;
        int stop = j;
        List<Integer> starts = new ArrayList<>();
        while (starts.size() < 4) {
            int k = j;
            while (k > st.start() && Letters.isLetter(s.charAt(k - 1))) k--;
            if (k == j || !isNameWord(k, j, false) || lx.honorifics.longestAt(s, k, j) != null) break;
            // a Latin-script name is capitalised, and a case ending after an apostrophe is no word («İran'ın»)
            if (s.charAt(k) < '\u0250' && !Character.isUpperCase(s.charAt(k))) break;
            if (k > st.start() && (s.charAt(k - 1) == '\'' || s.charAt(k - 1) == '’')) break;
            starts.add(k);
            j = k;
            while (j > st.start() && s.charAt(j - 1) == ' ') j--;
        }
        if (starts.size() < 2 || starts.size() > 3) return null;
        int start = starts.get(starts.size() - 1);
        String before = s.substring(Math.max(st.start(), start - 30), start).stripTrailing();
        boolean honorific = lx.honorifics.longestAt(s, wordStartBefore(start, st.start()), start) != null;
        if (!(honorific || CLAUSE_END.matcher(before).find())) return null;
        if (starts.size() == 3 && lx.particles.longestAt(s, starts.get(0), stop) == null
                && lx.givenNames.longestAt(s, start, stop) == null) return null;
        return new NameMention(start, stop, s.substring(start, stop), null);
    }

    /** «وزیر تجارت ترکیه، رخسار پکجان در ...»: after a title and a comma, two name words then a function word. */
    private NameMention appositionAfter(TitleMention th, Sentence st) {
        int k = th.end();
        while (k < st.end() && s.charAt(k) == ' ') k++;
        if (k >= st.end() || (s.charAt(k) != '،' && s.charAt(k) != ',')) return null;
        k = doc.skipSpace(k + 1, st.end());
        int start = k;
        for (int n = 0; n < 2; n++) {
            if (k >= st.end() || !isNameWord(k, st.end(), false) || lx.honorifics.longestAt(s, k, st.end()) != null) return null;
            // a Latin-script name is capitalised: "the Interior Minister, we discussed ..." names nobody
            if (s.charAt(k) < '\u0250' && !Character.isUpperCase(s.charAt(k))) return null;
            k = doc.wordEnd(k, st.end());
            if (n == 0) k = doc.skipSpace(k, st.end());
        }
        int stop = k;
        int next = doc.skipSpace(stop, st.end());
        if (next < st.end() && Letters.isLetter(s.charAt(next))) {
            if (!lx.stopWords.contains(Lexicons.wordKey(s, next, doc.wordEnd(next, st.end()))) && lx.speechVerbs.longestAt(s, next, st.end()) == null) return null;
        }
        return new NameMention(start, stop, s.substring(start, stop), null);
    }

    private int wordStartBefore(int i, int from) {
        int j = i;
        while (j > from && s.charAt(j - 1) == ' ') j--;
        while (j > from && Letters.isLetter(s.charAt(j - 1))) j--;
        return j;
    }

    /** A title word inside a candidate («منیر وزیر») means the candidate is not a name. */
    private static boolean insideTitle(NameMention c, List<TitleMention> titles) {
        for (TitleMention th : titles) if (c.start() < th.end() && th.start() < c.end()) return true;
        return false;
    }
}
