package org.itkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the persons of an article and what the text calls them. Names come from four signals, none of
 * which needs the person to be known in advance: a given name followed by a surname, a name in «guillemets»
 * beside a title or after «به ریاست», a capitalised name after a title in Latin script, and the list of
 * known office holders. Later mentions are the surname alone, a title used alone («وزیر کشور»), or a
 * pronoun («وی»); each resolves to a person and is kept, per sentence, as a {@link Ref} in text order.
 */
final class Persons {
    /** A reference to a participant at {@code [start,end)}: a person, or only a state when unresolved. */
    record Ref(int start, int end, PersonDraft person, String country, boolean viaTitle) {}

    private record Cand(int start, int end, String surface, Lexicons.KnownPerson known) {
        int tokens() {
            return Names.tokens(surface).size();
        }
    }

    private record PluralHit(int start, List<String> states, Lexicons.Title title, int sentence) {}

    private final List<PluralHit> pluralHits = new ArrayList<>();
    private final List<List<TitleHit>> sentenceTitles = new ArrayList<>();

    private record TitleHit(int start, int end, Lexicons.Title title, String explicitCountry, int sentence) {}

    private static final Pattern GUILLEMETS = Pattern.compile("[«\"“]([^«»\"“”\\n]{2,60})[»\"”]");
    /** What may stand before a name that opens a clause: a sentence start, punctuation, or a linking word. */
    private static final Pattern CLAUSE_END = Pattern.compile("(^|[\\p{Punct}،؛؟«»“”]|(^|\\s)(و|با|از|که|امضای|توسط|and|with|by))$");
    private static final java.util.Set<String> LOCAL_POSITIONS = java.util.Set.of("governor", "deputy-governor", "mayor");
    private static final java.util.Set<String> PORTFOLIO_POSITIONS = java.util.Set.of("head", "spokesperson", "minister", "deputy-minister");
    private static final java.util.Set<String> TITLE_BREAKS = java.util.Set.of("با", "به", "از", "که", "را", "برای", "تا",
            "طی", "ضمن", "نیز", "هم", "آن", "روز", "امروز", "دیروز", "همتای", "خود", "وی", "او", "است", "بود", "شد",
            "کرد", "the", "of", "said", "and", "with", "ile", "ve");
    private static final Pattern GAP = Pattern.compile("[\\s،,:«»\"“”\\-–]{0,4}(\\([^()]{1,40}\\))?[\\s،,:«»\\-–]{0,4}");

    final List<PersonDraft> persons = new ArrayList<>();
    final List<List<Ref>> refs = new ArrayList<>();
    private final Text t;
    private final String s;
    private final Scan scan;
    private final List<Sentence> sentences;
    private final String lang;
    private final Lexicons lx;
    private final String defaultCountry;

    Persons(Text t, List<Sentence> sentences, String lang, Lexicons lx) {
        this.t = t;
        this.s = t.norm;
        this.scan = t.scan();
        this.sentences = sentences;
        this.lang = lang;
        this.lx = lx;
        this.defaultCountry = "fa".equals(lang) ? "IR" : "tr".equals(lang) ? "TR" : null;
        for (int i = 0; i < sentences.size(); i++) refs.add(new ArrayList<>());

        List<TitleHit> titles = new ArrayList<>();
        List<Cand> cands = new ArrayList<>();
        for (Sentence st : sentences) {
            List<TitleHit> ts = titles(st);
            sentenceTitles.add(ts);
            titles.addAll(ts);
            cands.addAll(candidates(st, ts));
        }
        group(cands);
        scanMentions();
        sidesFromContacts();
        assignPluralRoles();
        assignRoles(titles);
        counterparts();
        pronouns();
        for (List<Ref> r : refs) r.sort(Comparator.comparingInt(Ref::start));
        persons.removeIf(p -> p.mentions.isEmpty());
        persons.sort(Comparator.comparingInt(p -> p.firstMention));
    }

    // ---- titles

    private List<TitleHit> titles(Sentence st) {
        List<TitleHit> out = new ArrayList<>();
        for (Gazetteer.Hit<Lexicons.Title> h : lx.titles.find(scan, st.start(), st.end())) {
            Lexicons.Title title = h.value();
            int end = h.end();
            String country = null;
            boolean needsPortfolio = title.portfolio() == null && PORTFOLIO_POSITIONS.contains(title.position());
            // the title phrase runs on to its state: «وزیر انرژی و منابع طبیعی ترکیه», «سخنگوی وزارت راه ایران»
            int j = skipSpace(end, st.end());
            for (int words = 0; j < st.end() && words < 6; words++) {
                Gazetteer.Hit<String> c = lx.countries.longestAt(s, j, st.end());
                Gazetteer.Hit<Lexicons.Place> region = c == null || !LOCAL_POSITIONS.contains(title.position()) ? null : lx.places.longestAt(s, j, st.end());
                // «استاندار آذربایجان غربی», "Governor of West Azerbaijan": a province named after a state is the province
                if (region != null && region.end() > c.end()) c = null;
                if (c != null) {
                    country = c.value();
                    end = c.end();
                    break;
                }
                Gazetteer.Hit<Boolean> back = lx.countryAnaphoraAfter.longestAt(s, j, st.end());
                if (back != null) { // «وزیر بازرگانی این کشور»: of the state named last
                    country = stateNamedBefore(h.start());
                    end = back.end();
                    break;
                }
                Gazetteer.Hit<Lexicons.Place> place = LOCAL_POSITIONS.contains(title.position()) ? lx.places.longestAt(s, j, st.end()) : null;
                if (place != null) { // «استاندار استان استانبول»: a local office belongs to the state of its place
                    country = place.value().country();
                    end = place.end();
                    break;
                }
                if (LOCAL_POSITIONS.contains(title.position()) && (s.startsWith("of ", j) || s.startsWith("of the ", j))) {
                    j = skipSpace(j + (s.startsWith("of the ", j) ? 7 : 3), st.end()); // "Governor of Van"
                    continue;
                }
                if (!Letters.isLetter(s.charAt(j)) || !titleWord(j, st.end())) break;
                Gazetteer.Hit<String> cue = needsPortfolio ? lx.portfolioCues.longestAt(s, j, st.end()) : null;
                if (cue != null) {
                    title = new Lexicons.Title(title.position(), cue.value(), title.plural());
                    needsPortfolio = false;
                    end = cue.end();
                    j = skipSpace(cue.end(), st.end());
                    continue;
                }
                j = skipSpace(wordEnd(j, st.end()), st.end());
            }
            if (country == null && LOCAL_POSITIONS.contains(title.position())) country = placeBefore(h.start(), st.start());
            if (country == null) country = countryBefore(h.start(), st.start());
            if (country == null && anaphoraBefore(h.start(), st.start())) country = stateNamedBefore(h.start());
            if (title.plural()) {
                pluralTitle(h.start(), h.end(), title, st);
                continue;
            }
            if ("head".equals(title.position()) && title.portfolio() == null)
                title = new Lexicons.Title("head", "other"); // the head of a body no portfolio names: a research centre, a bank
            out.add(new TitleHit(h.start(), end, title, country, st.index()));
        }
        return out;
    }

    /**
     * «عراقچی و فیدان وزرای امور خارجه ایران و ترکیه»: a plural title after two names joined by «و» gives each
     * the office, of the states listed after it in the same order (assigned once persons are known).
     */
    private void pluralTitle(int start, int end, Lexicons.Title title, Sentence st) {
        List<String> states = new ArrayList<>();
        int j = skipSpace(end, st.end());
        Gazetteer.Hit<String> c1 = null;
        for (int words = 0; j < st.end() && words < 4 && Letters.isLetter(s.charAt(j)); words++) {
            c1 = lx.countries.longestAt(s, j, st.end());
            if (c1 != null || !titleWord(j, st.end())) break;
            j = skipSpace(wordEnd(j, st.end()), st.end());
        }
        if (c1 != null) {
            states.add(c1.value());
            int k = skipSpace(c1.end(), st.end());
            Gazetteer.Hit<String> c2 = s.startsWith("و", k) ? lx.countries.longestAt(s, skipSpace(k + 1, st.end()), st.end()) : null;
            if (c2 != null) states.add(c2.value());
        }
        pluralHits.add(new PluralHit(start, states, new Lexicons.Title(title.position(), title.portfolio()), st.index()));
    }

    /** The holders of a plural title: the name right before it and the one before «و» ahead of that. */
    private void assignPluralRoles() {
        for (PluralHit ph : pluralHits) {
            List<Ref> rs = refs.get(ph.sentence());
            Ref second = null, first = null;
            for (Ref r : rs) if (r.person() != null && r.end() <= ph.start() && gapOk(r.end(), ph.start())) second = r;
            if (second == null) continue;
            for (Ref r : rs)
                if (r.person() != null && r.person() != second.person() && r.end() <= second.start()
                        && s.substring(r.end(), second.start()).strip().equals("و")) first = r;
            List<Ref> holders = first == null ? List.of(second) : List.of(first, second);
            for (int i = 0; i < holders.size(); i++) {
                PersonDraft p = holders.get(i).person();
                String country = ph.states().size() == holders.size() ? ph.states().get(i)
                        : ph.states().size() == 1 ? ph.states().get(0)
                        : p.knownCountry != null ? p.knownCountry : defaultCountry;
                p.addRole(new Role(ph.title().position(), ph.title().portfolio(), country, sentenceEvidence(ph.sentence())));
                if (p.knownCountry == null && p.inferredCountry == null) p.inferredCountry = country;
            }
        }
    }

    /** A word that may continue a title phrase: no punctuation, verb, trigger, name or preposition. */
    private boolean titleWord(int j, int end) {
        String w = Lexicons.wordKey(s, j, wordEnd(j, end));
        if (TITLE_BREAKS.contains(w)) return false;
        return lx.triggers.longestAt(s, j, end) == null && lx.speechVerbs.longestAt(s, j, end) == null
                && lx.givenNames.longestAt(s, j, end) == null && lx.titles.longestAt(s, j, end) == null;
    }

    /** «Van Valisi», «Batı Azerbaycan Valisi»: the state of the place named right before a local office. */
    private String placeBefore(int titleStart, int from) {
        String state = null;
        int longest = 0;
        for (Gazetteer.Hit<Lexicons.Place> p : lx.places.find(scan, Math.max(from, titleStart - 30), titleStart))
            if (s.substring(p.end(), titleStart).isBlank() && p.end() - p.start() > longest) {
                longest = p.end() - p.start();
                state = p.value().country();
            }
        return state;
    }

    /** "the country's foreign minister", «ülkenin Dışişleri Bakanı»: a state referred back to right before the title. */
    private boolean anaphoraBefore(int titleStart, int from) {
        for (Gazetteer.Hit<Boolean> h : lx.countryAnaphoraBefore.find(scan, Math.max(from, titleStart - 25), titleStart))
            if (s.substring(h.end(), titleStart).isBlank()) return true;
        return false;
    }

    /** The state the text named last before {@code i} (an adjective or a noun: «ترکیه», "Turkish"), or null. */
    private String stateNamedBefore(int i) {
        String last = null;
        for (Gazetteer.Hit<String> c : lx.countries.find(scan, 0, i)) last = c.value();
        return last;
    }

    /** "Turkish Foreign Minister", "Iran's interior minister": a state named just before the title. */
    private String countryBefore(int titleStart, int from) {
        for (Gazetteer.Hit<String> c : lx.countries.find(scan, Math.max(from, titleStart - 30), titleStart)) {
            String gap = s.substring(c.end(), titleStart);
            if (gap.matches("\\s*('s|’s)?\\s*")) return c.value();
        }
        return null;
    }

    // ---- name candidates

    private List<Cand> candidates(Sentence st, List<TitleHit> titles) {
        List<Cand> out = new ArrayList<>();
        for (Gazetteer.Hit<Lexicons.KnownPerson> h : lx.persons.find(scan, st.start(), st.end()))
            out.add(new Cand(h.start(), h.end(), s.substring(h.start(), h.end()), h.value()));
        Matcher g = GUILLEMETS.matcher(s).region(quoteAt(st.start(), st.end()), st.end());
        while (g.find()) {
            if (plausibleName(g.group(1)) && (startsWithGivenName(g.start(1)) || titleBeside(g.start(), g.end(), titles)
                    || ledByBefore(g.start(), st.start()) || counterpartAfter(g.end(), st.end())))
                out.add(new Cand(g.start(1), g.end(1), g.group(1).strip(), null));
        }
        for (int i = st.start(); i < st.end(); i++) {
            if (i > 0 && Letters.isLetter(s.charAt(i - 1)) || !lx.givenNames.mayStartAt(s, i)) continue;
            Cand c = givenNameAt(i, st.end());
            if (c != null) {
                out.add(c);
                i = c.end();
            }
        }
        for (TitleHit th : titles) {
            Cand c = capitalisedAfter(th.end(), st.end());
            if (c != null) out.add(c);
            c = appositionBefore(th, st);
            if (c != null) out.add(c);
            c = appositionAfter(th, st);
            if (c != null) out.add(c);
        }
        out.removeIf(c -> c.known == null && insideTitle(c, titles));
        return out;
    }

    /** The first opening quote in {@code s[from, to)}, or {@code to}: most sentences have none, and the regex tries every offset. */
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

    private boolean titleBeside(int start, int end, List<TitleHit> titles) {
        for (TitleHit th : titles) {
            if (th.start() >= end && gapOk(end, th.start())) return true;
            if (th.end() <= start && gapOk(th.end(), start)) return true;
        }
        return false;
    }

    /** «با «X» همتای ترک خود»: a quoted name the text calls someone's counterpart. */
    private boolean counterpartAfter(int end, int to) {
        int j = skipSpace(end, to);
        return j < to && lx.counterpart.longestAt(s, j, to) != null;
    }

    private boolean ledByBefore(int start, int from) {
        for (Gazetteer.Hit<Boolean> h : lx.ledBy.find(scan, Math.max(from, start - 20), start))
            if (gapOk(h.end(), start)) return true;
        return false;
    }

    private boolean gapOk(int from, int to) {
        return from <= to && GAP.matcher(s.substring(from, to)).matches();
    }

    /** Given name(s), then a surname word and any particles («منیر کارال اوغلو», "Recep Tayyip Erdoğan"). */
    private Cand givenNameAt(int i, int end) {
        Gazetteer.Hit<Boolean> first = lx.givenNames.longestAt(s, i, end);
        if (first == null) return null;
        boolean latin = Names.isLatin(s.substring(i, first.end()));
        if (latin && !Character.isUpperCase(s.charAt(i))) return null;
        int j = first.end();
        while (true) { // further given names: «محمد جواد ظریف»
            int k = skipSpace(j, end);
            Gazetteer.Hit<Boolean> more = k < end ? lx.givenNames.longestAt(s, k, end) : null;
            if (more == null || (latin && !Character.isUpperCase(s.charAt(k)))) break;
            int after = skipSpace(more.end(), end);
            if (after >= end || !isNameWord(after, end, latin)) break; // the next given name is the surname
            j = more.end();
        }
        int k = skipSpace(j, end);
        if (k >= end || !isNameWord(k, end, latin)) return null;
        int stop = wordEnd(k, end);
        while (true) {
            int p = skipSpace(stop, end);
            Gazetteer.Hit<Boolean> part = p < end ? lx.particles.longestAt(s, p, end) : null;
            if (part == null) break;
            stop = part.end();
        }
        return new Cand(i, stop, s.substring(i, stop), null);
    }

    private boolean isNameWord(int k, int end, boolean latin) {
        if (!Letters.isLetter(s.charAt(k))) return false;
        if (latin && !Character.isUpperCase(s.charAt(k))) return false;
        if (lx.stopWords.contains(Lexicons.wordKey(s, k, wordEnd(k, end))) || lx.titles.longestAt(s, k, end) != null) return false;
        if (lx.speechVerbs.longestAt(s, k, end) != null || lx.triggers.longestAt(s, k, end) != null) return false;
        Gazetteer.Hit<String> c = lx.countries.longestAt(s, k, end);
        return c == null;
    }

    /** "Foreign Minister Hakan Fidan": capitalised words right after a title, in Latin script. */
    private Cand capitalisedAfter(int from, int end) {
        int k = skipSpace(from, end);
        if (k < end && (s.charAt(k) == ',')) k = skipSpace(k + 1, end);
        int start = k, stop = k, n = 0;
        while (k < end && n < 4 && Character.isUpperCase(s.charAt(k)) && Names.isLatin(s.substring(k, Math.min(end, k + 1)))) {
            if (lx.stopWords.contains(Lexicons.wordKey(s, k, wordEnd(k, end))) || lx.countries.longestAt(s, k, end) != null
                    || lx.titles.longestAt(s, k, end) != null) break;
            stop = wordEnd(k, end);
            n++;
            k = skipSpace(stop, end);
        }
        return n >= 2 ? new Cand(start, stop, s.substring(start, stop), null) : null;
    }

    /**
     * «آلپ بایراکتار وزیر انرژی ترکیه»: two or three name words that open a clause and stand right before a
     * title are the name of its holder, whether or not the given name is in the lexicon.
     */
    private Cand appositionBefore(TitleHit th, Sentence st) {
        int j = th.start();
        while (j > st.start() && (s.charAt(j - 1) == ' ' || s.charAt(j - 1) == '،' || s.charAt(j - 1) == ',')) j--;
        int stop = j;
        List<Integer> starts = new ArrayList<>();
        while (starts.size() < 4) {
            int k = j;
            while (k > st.start() && Letters.isLetter(s.charAt(k - 1))) k--;
            if (k == j || !isNameWord(k, j, false) || lx.honorifics.longestAt(s, k, j) != null) break;
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
        return new Cand(start, stop, s.substring(start, stop), null);
    }

    /** «وزیر تجارت ترکیه، رخسار پکجان در ...»: after a title and a comma, two name words then a function word. */
    private Cand appositionAfter(TitleHit th, Sentence st) {
        int k = th.end();
        while (k < st.end() && s.charAt(k) == ' ') k++;
        if (k >= st.end() || (s.charAt(k) != '،' && s.charAt(k) != ',')) return null;
        k = skipSpace(k + 1, st.end());
        int start = k;
        for (int n = 0; n < 2; n++) {
            if (k >= st.end() || !isNameWord(k, st.end(), false) || lx.honorifics.longestAt(s, k, st.end()) != null) return null;
            // a Latin-script name is capitalised: "the Interior Minister, we discussed ..." names nobody
            if (s.charAt(k) < '\u0250' && !Character.isUpperCase(s.charAt(k))) return null;
            k = wordEnd(k, st.end());
            if (n == 0) k = skipSpace(k, st.end());
        }
        int stop = k;
        int next = skipSpace(stop, st.end());
        if (next < st.end() && Letters.isLetter(s.charAt(next))) {
            if (!lx.stopWords.contains(Lexicons.wordKey(s, next, wordEnd(next, st.end()))) && lx.speechVerbs.longestAt(s, next, st.end()) == null) return null;
        }
        return new Cand(start, stop, s.substring(start, stop), null);
    }

    private int wordStartBefore(int i, int from) {
        int j = i;
        while (j > from && s.charAt(j - 1) == ' ') j--;
        while (j > from && Letters.isLetter(s.charAt(j - 1))) j--;
        return j;
    }

    /** A title word inside a candidate («منیر وزیر») means the candidate is not a name. */
    private static boolean insideTitle(Cand c, List<TitleHit> titles) {
        for (TitleHit th : titles) if (c.start() < th.end() && th.start() < c.end()) return true;
        return false;
    }

    // ---- persons from candidates

    private void group(List<Cand> cands) {
        cands.sort(Comparator.comparingInt((Cand c) -> c.known != null ? 0 : 1).thenComparing(c -> -c.tokens()));
        for (Cand c : cands) {
            PersonDraft p = find(c);
            if (p == null) {
                p = new PersonDraft(c.surface);
                persons.add(p);
            } else if (c.tokens() > Names.tokens(p.name).size() && c.known == null) {
                p.name = c.surface;
            }
            p.forms.add(c.surface);
            if (c.known != null) {
                p.knownId = c.known.id();
                p.english = c.known.english();
                p.knownCountry = c.known.country();
            }
        }
        // the fullest form among known-person matches («سید عباس عراقچی» over «عراقچی»), without honorifics
        for (PersonDraft p : persons) {
            for (String f : p.forms) if (Names.tokens(f).size() > Names.tokens(p.name).size()) p.name = f;
            p.name = withoutHonorifics(p.name);
        }
    }

    /** «آیت الله خامنه ای» → «خامنه ای»: a title of respect is no part of the name (unless nothing else is left). */
    private String withoutHonorifics(String name) {
        String n = name;
        while (true) {
            Gazetteer.Hit<Boolean> h = lx.honorifics.longestAt(n, 0, n.length());
            if (h == null || h.end() >= n.length() || Letters.isLetter(n.charAt(h.end()))) return n;
            if (n.substring(0, h.end()).strip().equals("سید")) return n; // written as part of the name
            n = n.substring(h.end()).strip();
        }
    }

    private PersonDraft find(Cand c) {
        String key = Names.key(c.surface);
        for (PersonDraft p : persons) {
            if (c.known != null && c.known.id().equals(p.knownId)) return p;
            for (String f : p.forms) {
                String fk = Names.key(f);
                if (fk.equals(key)) return p;
                if (fk.length() >= 4 && key.length() >= 4 && (fk.endsWith(key) || key.endsWith(fk))
                        && lastToken(f).equals(lastToken(c.surface))) return p;
            }
        }
        return null;
    }

    private static String lastToken(String s) {
        List<String> t = Names.tokens(s);
        return Names.key(t.get(t.size() - 1));
    }

    /** Every mention: the name's forms, and the surname alone where no other person shares it. */
    private void scanMentions() {
        Gazetteer<PersonDraft> g = Gazetteer.forOneText();
        Map<String, PersonDraft> surnames = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (PersonDraft p : persons) {
            for (String f : List.copyOf(p.forms)) {
                g.add(f, p);
                String sur = surname(f);
                if (sur == null) continue;
                String k = Names.key(sur);
                PersonDraft other = surnames.putIfAbsent(k, p);
                if (other != null && other != p) ambiguous.put(k, true);
            }
        }
        surnames.forEach((k, p) -> {
            if (!ambiguous.containsKey(k) && !lx.stopWords.contains(k)) {
                for (String f : p.forms) {
                    String sur = surname(f);
                    if (sur != null && Names.key(sur).equals(k)) g.add(sur, p);
                }
            }
        });
        for (Sentence st : sentences) {
            for (Gazetteer.Hit<PersonDraft> h : g.find(scan, st.start(), st.end())) {
                PersonDraft p = h.value();
                String surface = s.substring(h.start(), h.end());
                if (!Letters.isLetter(surface.charAt(surface.length() - 1))) continue;
                p.forms.add(t.evidence(h.start(), h.end()).text());
                p.mentions.add(t.evidence(h.start(), h.end()));
                p.firstMention = Math.min(p.firstMention, h.start());
                refs.get(st.index()).add(new Ref(h.start(), h.end(), p, null, false));
            }
        }
    }

    /** The surname part of a full name: the words after the given names, or the last word. */
    private String surname(String full) {
        List<String> toks = Names.tokens(full);
        if (toks.size() < 2) return null;
        int i = 0;
        while (i < toks.size() - 1) {
            String rest = String.join(" ", toks.subList(i, toks.size()));
            Gazetteer.Hit<Boolean> h = lx.givenNames.longestAt(rest, 0, rest.length());
            Gazetteer.Hit<Boolean> hon = lx.honorifics.longestAt(rest, 0, rest.length());
            if (h == null && hon == null) break;
            i++;
        }
        String sur = String.join(" ", toks.subList(i, toks.size()));
        return Names.key(sur).length() >= 3 ? sur : null;
    }

    /**
     * Two persons in a sentence that reports a contact, one of a known side: the other is of the other
     * side («حسین ذوالفقاری در تماس تلفنی با محترم اینجه قائم مقام وزارت کشور ترکیه»).
     */
    private void sidesFromContacts() {
        for (Sentence st : sentences) {
            if (lx.triggers.find(scan, st.start(), st.end()).isEmpty()) continue;
            java.util.Set<PersonDraft> ps = new java.util.LinkedHashSet<>();
            for (Ref r : refs.get(st.index())) ps.add(r.person());
            if (ps.size() != 2) continue;
            PersonDraft[] two = ps.toArray(new PersonDraft[0]);
            for (int i = 0; i < 2; i++) {
                PersonDraft known = two[i], other = two[1 - i];
                String side = known.knownCountry != null ? known.knownCountry : titleCountry(known, st);
                if (Sides.isSide(side) && other.country() == null && other.knownCountry == null) other.inferredCountry = Sides.other(side);
            }
        }
    }

    /** The state of an office given right beside the person in the sentence, if any. */
    private String titleCountry(PersonDraft p, Sentence st) {
        for (TitleHit th : sentenceTitles.get(st.index())) {
            if (th.explicitCountry() == null) continue;
            for (Ref r : refs.get(st.index()))
                if (r.person() == p && (gapOk(r.end(), th.start()) || gapOk(th.end(), r.start()))) return th.explicitCountry();
        }
        return null;
    }

    // ---- roles

    private void assignRoles(List<TitleHit> titles) {
        List<TitleHit> alone = new ArrayList<>();
        for (TitleHit th : titles) {
            Ref r = adjacent(th);
            if (r != null) {
                String country = th.explicitCountry() != null ? th.explicitCountry()
                        : r.person().knownCountry != null ? r.person().knownCountry : defaultCountryIn(th.sentence());
                r.person().addRole(new Role(th.title().position(), th.title().portfolio(), country, sentenceEvidence(th.sentence())));
            } else {
                alone.add(th);
            }
        }
        for (TitleHit th : alone) {
            if (th.title().plural()) continue; // «وزرای کشور عضو اکو» names no one of them
            String country = th.explicitCountry() != null ? th.explicitCountry() : defaultCountryIn(th.sentence());
            PersonDraft holder = null;
            for (PersonDraft p : persons) if (p.hasRole(th.title(), country)) holder = holder == null ? p : holder;
            if (holder == null && country != null) holder = onlyHolderOf(th.title().position(), country);
            if (holder == null && country != null) {
                // a title used alone names the one person of that state the article gives no office
                List<PersonDraft> untitled = new ArrayList<>();
                for (PersonDraft p : persons) if (p.roles.isEmpty() && country.equals(p.country())) untitled.add(p);
                if (untitled.size() == 1) {
                    holder = untitled.get(0);
                    holder.addRole(new Role(th.title().position(), th.title().portfolio(), country, sentenceEvidence(th.sentence())));
                }
            }
            if (holder != null || country != null)
                refs.get(th.sentence()).add(new Ref(th.start(), th.end(), holder, country, true));
        }
    }

    /**
     * «رییس کمیسیون مشترک» after «رییس طرف ایرانی کمیسیون مشترک اقتصادی»: a title read with another portfolio
     * still names the one person of that state who holds the position.
     */
    private PersonDraft onlyHolderOf(String position, String country) {
        PersonDraft only = null;
        for (PersonDraft p : persons)
            for (Role r : p.roles)
                if (r.position().equals(position) && country.equals(r.country()) && p != only) {
                    if (only != null) return null;
                    only = p;
                }
        return only;
    }

    /**
     * The state of an office the text does not qualify: the article's own state, except among those who
     * accompany a visitor («... اردوغان را همراهی میکنند»), who are of the visitor's state: the state of
     * the known person named nearest the cue in the sentence, else last before it.
     */
    private String defaultCountryIn(int sentence) {
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

    /** The person named right before the title («اسکندر مومنی وزیر کشور») or right after it. */
    private Ref adjacent(TitleHit th) {
        Ref before = null, after = null;
        for (Ref r : refs.get(th.sentence())) {
            if (r.person() == null) continue;
            if (r.end() <= th.start() && gapOk(r.end(), th.start())) before = r;
            if (r.start() >= th.end() && gapOk(th.end(), r.start()) && after == null) after = r;
        }
        boolean nameFirst = "fa".equals(lang);
        return nameFirst ? (before != null ? before : after) : (after != null ? after : before);
    }

    private boolean adjacentTo(TitleHit th, PersonDraft p, Sentence st) {
        for (Ref r : refs.get(st.index()))
            if (r.person() == p && (gapOk(r.end(), th.start()) || gapOk(th.end(), r.start()))) return true;
        return false;
    }

    /** «هاکان فیدان همتای ترکیه‌ای خود»: the counterpart holds the subject's office for the other state. */
    private void counterparts() {
        for (Sentence st : sentences) {
            for (Gazetteer.Hit<Boolean> h : lx.counterpart.find(scan, st.start(), st.end())) {
                int j = skipSpace(h.end(), st.end());
                Gazetteer.Hit<String> c = j < st.end() ? lx.countries.longestAt(s, j, st.end()) : null;
                int end = c != null ? c.end() : h.end();
                PersonDraft cp = null, subject = null;
                for (Ref r : refs.get(st.index())) {
                    if (r.person() == null) continue;
                    if ((r.end() <= h.start() && gapOk(r.end(), h.start())) || (r.start() >= end && r.start() - end <= 8))
                        cp = r.person();
                }
                for (Ref r : refs.get(st.index())) if (r.person() != null && r.person() != cp && !r.person().roles.isEmpty()) {
                    subject = r.person();
                    break;
                }
                // «وزیر خارجه کشورمان ... با «X» همتای ترک خود»: the first title of the sentence is the subject's
                TitleHit subjectTitle = null;
                for (TitleHit th : sentenceTitles.get(st.index())) if (th.end() <= h.start() && (subjectTitle == null || th.start() < subjectTitle.start())) subjectTitle = th;
                if (cp == null) {
                    // "met his Iranian counterpart", «با همتای ترکیه‌ای خود»: no name, so the one of the other
                    // state who holds the subject's office, else that state
                    if (subject == null || !Sides.isSide(subject.country())) continue;
                    String other = c != null ? c.value() : Sides.other(subject.country());
                    refs.get(st.index()).add(new Ref(h.start(), end, holderLike(subject, other), other, true));
                    refs.get(st.index()).sort(Comparator.comparingInt(Ref::start));
                    continue;
                }
                String country = c != null ? c.value() : subject != null ? Sides.other(subject.country()) : null;
                if (country != null && cp.knownCountry == null) cp.inferredCountry = country;
                if (cp.roles.isEmpty() && subjectTitle != null && (cp == null || !adjacentTo(subjectTitle, cp, st)))
                    cp.addRole(new Role(subjectTitle.title().position(), subjectTitle.title().portfolio(), country, sentenceEvidence(st.index())));
                else if (subject != null && cp.roles.isEmpty())
                    for (Role r : subject.roles)
                        cp.addRole(new Role(r.position(), r.portfolio(), country, sentenceEvidence(st.index())));
            }
        }
    }

    /** The one person of {@code country} who holds a position of {@code subject} (the portfolio too, where both give one). */
    private PersonDraft holderLike(PersonDraft subject, String country) {
        PersonDraft only = null;
        for (PersonDraft p : persons) {
            if (p == subject || !country.equals(p.country())) continue;
            boolean same = false;
            for (Role mine : subject.roles)
                for (Role theirs : p.roles)
                    same |= mine.position().equals(theirs.position())
                            && (mine.portfolio() == null || theirs.portfolio() == null || mine.portfolio().equals(theirs.portfolio()));
            if (!same) continue;
            if (only != null) return null;
            only = p;
        }
        return only;
    }

    /**
     * «وی» refers to the speaker of the sentence before, when it reported speech (the same person usually
     * goes on talking), else to the person mentioned last.
     */
    private void pronouns() {
        PersonDraft antecedent = null;
        for (Sentence st : sentences) {
            List<Ref> rs = refs.get(st.index());
            List<Ref> add = new ArrayList<>();
            for (int i = st.start(); i < st.end(); i++) {
                if (i > 0 && Letters.isLetter(s.charAt(i - 1))) continue;
                int e = wordEnd(i, st.end());
                if (e > i && antecedent != null && isPronoun(i, e))
                    add.add(new Ref(i, e, antecedent, null, false));
                if (e > i) i = e;
            }
            rs.addAll(add);
            rs.sort(Comparator.comparingInt(Ref::start));
            List<Gazetteer.Hit<Boolean>> verbs = lx.speechVerbs.find(scan, st.start(), st.end());
            PersonDraft speaker = null, lastMentioned = null;
            for (Ref r : rs) {
                if (r.person() == null) continue;
                if (speaker == null && !verbs.isEmpty() && r.start() < verbs.get(0).start()) speaker = r.person();
                lastMentioned = r.person();
            }
            if (speaker != null) antecedent = speaker;
            else if (lastMentioned != null) antecedent = lastMentioned;
        }
    }

    private boolean isPronoun(int i, int e) {
        Gazetteer.Hit<Boolean> h = lx.pronouns.mayStartAt(s, i) ? lx.pronouns.longestAt(s, i, e) : null;
        return h != null && h.end() == e;
    }

    Evidence sentenceEvidence(int i) {
        Sentence st = sentences.get(i);
        return t.evidence(st.start(), st.end());
    }

    private int skipSpace(int i, int end) {
        while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '«' || s.charAt(i) == '»')) i++;
        return i;
    }

    /**
     * The end of a name's word. An apostrophe before lower-case letters starts a Turkish case ending or an
     * English possessive («Zarif'in», "Fidan's"), which is no part of the name; "O'Brien" keeps its own.
     */
    private int wordEnd(int i, int end) {
        while (i < end && (Letters.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '\'' || s.charAt(i) == '’'
                || s.charAt(i) == '-')) {
            boolean apostrophe = s.charAt(i) == '\'' || s.charAt(i) == '’';
            if (apostrophe && i + 1 < end && Character.isLowerCase(s.charAt(i + 1))) return i;
            i++;
        }
        return i;
    }
}
