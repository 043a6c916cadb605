package org.itkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One article as the stages see it: its normalised text and sentences, and the annotations each stage
 * adds, in the order they run (see {@link Extractor}). Also the few ways of walking the text that every
 * stage shares: words, gaps, clauses. Not thread-safe: an article is read on one thread.
 */
final class Doc {
    private static final Pattern GAP = Pattern.compile("[\\s،,:«»\"“”\\-–]{0,4}(\\([^()]{1,40}\\))?[\\s،,:«»\\-–]{0,4}");

    final Text t;
    final String s;
    final Scan scan;
    final List<Sentence> sentences;
    final String lang;
    /** The state of an office the text does not qualify, in an article of this language. */
    final String defaultCountry;
    final LocalDate published;
    final Lexicons lx;
    final Dates dates;

    /** Per sentence, its titles ({@link TitleMentions}). */
    final List<List<TitleMention>> titles = new ArrayList<>();
    final List<PluralTitle> plurals = new ArrayList<>();
    /** Where persons are named ({@link NameMentions}). */
    final List<NameMention> names = new ArrayList<>();
    /** The persons, in order of first mention once {@link Coreference} has run. */
    final List<PersonDraft> persons = new ArrayList<>();
    /** Per sentence, its mentions of persons and sides in text order ({@link Persons}, {@link Coreference}). */
    final List<List<Ref>> refs = new ArrayList<>();
    /** Titles with no name beside them, for {@link Coreference} to link. */
    final List<TitleMention> titlesAlone = new ArrayList<>();
    /** Per sentence, the topics it names ({@link Topics}). */
    final List<Set<String>> topics = new ArrayList<>();
    final List<EventDraft> contacts = new ArrayList<>();
    final List<EventDraft> statements = new ArrayList<>();
    private final Evidence[] sentenceEvidence;

    Doc(Text t, List<Sentence> sentences, String lang, LocalDate published, Lexicons lx, Dates dates) {
        this.t = t;
        this.s = t.norm;
        this.scan = t.scan();
        this.sentences = sentences;
        this.lang = lang;
        this.defaultCountry = lx.homeStates.get(lang);
        this.published = published;
        this.lx = lx;
        this.dates = dates;
        for (int i = 0; i < sentences.size(); i++) refs.add(new ArrayList<>());
        this.sentenceEvidence = new Evidence[sentences.size()];
    }

    /**
     * The state of an office the text does not qualify: the article's own state, except among those who
     * accompany a visitor («... اردوغان را همراهی میکنند»), who are of the visitor's state: the state of
     * the known person named nearest the cue in the sentence, else last before it.
     */
    String defaultCountryIn(int sentence) {
        Sentence st = sentences.get(sentence);
        List<Gazetteer.Hit<Boolean>> cues = lx.accompany.find(scan, st.start(), st.end());
        if (cues.isEmpty()) return defaultCountry;
        int cue = cues.get(0).start();
        String visitor = null;
        int distance = Integer.MAX_VALUE;
        for (Ref r : refs.get(sentence)) {
            if (r.person() == null || r.person().knownCountry == null) continue;
            int d = Math.abs(r.start() - cue);
            if (d < distance) {
                distance = d;
                visitor = r.person().knownCountry;
            }
        }
        for (int i = sentence - 1; i >= 0 && visitor == null; i--)
            for (Ref r : refs.get(i)) if (r.person() != null && r.person().knownCountry != null) visitor = r.person().knownCountry;
        return visitor != null ? visitor : defaultCountry;
    }

    /** A sentence as evidence, made once: offices, events and quotes all cite their sentence. */
    Evidence sentenceEvidence(int i) {
        Evidence e = sentenceEvidence[i];
        if (e == null) {
            Sentence st = sentences.get(i);
            e = sentenceEvidence[i] = t.evidence(st.start(), st.end());
        }
        return e;
    }

    int skipSpace(int i, int end) {
        while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '«' || s.charAt(i) == '»')) i++;
        return i;
    }

    /**
     * The end of a name's word. An apostrophe before lower-case letters starts a Turkish case ending or an
     * English possessive («Zarif'in», "Fidan's"), which is no part of the name; "O'Brien" keeps its own.
     */
    int wordEnd(int i, int end) {
        while (i < end && (Letters.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '\'' || s.charAt(i) == '’'
                || s.charAt(i) == '-')) {
            boolean apostrophe = s.charAt(i) == '\'' || s.charAt(i) == '’';
            if (apostrophe && i + 1 < end && Character.isLowerCase(s.charAt(i + 1))) return i;
            i++;
        }
        return i;
    }

    /** Whether only spaces, light punctuation and a short parenthesis stand between {@code from} and {@code to}. */
    boolean gapOk(int from, int to) {
        return from <= to && GAP.matcher(s.substring(from, to)).matches();
    }

    /** The end of the clause that begins at {@code from}: a comma, colon or «سپس», at the latest {@code limit}. */
    int clauseEnd(int from, int limit) {
        for (Gazetteer.Hit<Boolean> h : lx.sequence.find(scan, from, limit)) limit = Math.min(limit, h.start());
        for (int k = from; k < limit; k++) if (s.charAt(k) == '،' || s.charAt(k) == ',' || s.charAt(k) == ';' || s.charAt(k) == ':') return k;
        return limit;
    }

    /** The start of the clause {@code at} is in: just after the last comma, semicolon or colon before it, at the earliest {@code limit}. */
    int clauseStart(int at, int limit) {
        for (int k = at - 1; k >= limit; k--) if (s.charAt(k) == '،' || s.charAt(k) == ',' || s.charAt(k) == ';' || s.charAt(k) == ':') return k + 1;
        return limit;
    }

    boolean clauseBetween(int x, int y) {
        return clauseEnd(x, y) < y;
    }

    int wordsBetween(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (Letters.isLetter(s.charAt(i)) && (i == from || !Letters.isLetter(s.charAt(i - 1)))) n++;
        return n;
    }
}
