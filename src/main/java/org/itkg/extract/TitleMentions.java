package org.itkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mentions, first stage: the titles of each sentence («وزیر امور خارجه ترکیه», "Turkish Foreign Minister",
 * «Van Valisi») with the state and portfolio the phrase gives, if any. A plural title («وزرای خارجه ایران و
 * ترکیه») is kept apart: it names two holders at once.
 */
final class TitleMentions extends Stage {
    /** Capitalised Latin-script words joined by commas and "and" («Yollar, Limanlar ve Şehircilik»): a portfolio written out. */
    private static final Pattern PORTFOLIO_WORDS = Pattern.compile("(('s|’s)?\\s+)?(\\p{Lu}[\\p{L}-]*(,?\\s+(and|ve|&)?\\s*)?){1,5}\\s*");
    private static final Set<String> LOCAL_POSITIONS = Set.of("governor", "deputy-governor", "mayor");
    private static final Set<String> PORTFOLIO_POSITIONS = Set.of("head", "spokesperson", "minister", "deputy-minister");
    private static final Set<String> TITLE_BREAKS = Set.of("با", "به", "از", "که", "را", "برای", "تا",
            "طی", "ضمن", "نیز", "هم", "آن", "روز", "امروز", "دیروز", "همتای", "خود", "وی", "او", "است", "بود", "شد",
            "کرد", "the", "of", "said", "and", "with", "ile", "ve");

    TitleMentions(Doc doc) {
        super(doc);
    }

    @Override
    void annotate() {
        for (Sentence st : doc.sentences) doc.titles.add(titles(st));
    }

    private List<TitleMention> titles(Sentence st) {
        List<TitleMention> out = new ArrayList<>();
        for (Gazetteer.Hit<Lexicons.Title> h : lx.titles.find(scan, st.start(), st.end())) {
            Lexicons.Title title = h.value();
            int start = h.start(), end = h.end();
            // "Deputy Oil Minister", «Enerji Bakanı Yardımcısı»: the deputy of any office the lexicon lists
            String deputy = lx.deputyOf.get(title.position());
            if (deputy != null) {
                int before = deputyBefore(start, st.start());
                Gazetteer.Hit<Boolean> after = lx.deputyAfter.longestAt(s, doc.skipSpace(end, st.end()), st.end());
                if (before >= 0) start = before;
                else if (after != null) end = after.end();
                if (before >= 0 || after != null) title = new Lexicons.Title(deputy, title.portfolio(), title.plural());
            }
            int titleEnd = end;
            String country = null;
            boolean needsPortfolio = title.portfolio() == null && PORTFOLIO_POSITIONS.contains(title.position());
            // the title phrase runs on to its state: «وزیر انرژی و منابع طبیعی ترکیه», «سخنگوی وزارت راه ایران»
            int j = doc.skipSpace(end, st.end());
            for (int words = 0; j < st.end() && words < 6; words++) {
                Gazetteer.Hit<String> c = lx.countries.longestAt(s, j, st.end());
                Gazetteer.Hit<Lexicons.Place> region = c == null ? null : lx.places.longestAt(s, j, st.end());
                // «استاندار آذربایجان غربی», «مدیرکل گمرک آذربایجان غربی»: a province named after a state is the
                // province, of its own state
                if (region != null && region.end() > c.end()) {
                    if (!LOCAL_POSITIONS.contains(title.position())) {
                        country = region.value().country();
                        end = region.end();
                        break;
                    }
                    c = null;
                }
                if (c != null) {
                    country = c.value();
                    end = c.end();
                    break;
                }
                Gazetteer.Hit<Boolean> back = lx.countryAnaphoraAfter.longestAt(s, j, st.end());
                if (back != null) { // «وزیر بازرگانی این کشور»: of the state named last
                    country = stateNamedBefore(start);
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
                    j = doc.skipSpace(j + (s.startsWith("of the ", j) ? 7 : 3), st.end()); // "Governor of Van"
                    continue;
                }
                if (!Letters.isLetter(s.charAt(j)) || !titleWord(j, st.end())) break;
                Gazetteer.Hit<String> cue = needsPortfolio ? lx.portfolioCues.longestAt(s, j, st.end()) : null;
                if (cue != null) {
                    title = new Lexicons.Title(title.position(), cue.value(), title.plural());
                    needsPortfolio = false;
                    end = cue.end();
                    j = doc.skipSpace(cue.end(), st.end());
                    continue;
                }
                j = doc.skipSpace(doc.wordEnd(j, st.end()), st.end());
            }
            if (country == null && LOCAL_POSITIONS.contains(title.position())) country = placeBefore(start, st.start());
            if (country == null) country = countryBefore(start, st.start());
            if (country == null && anaphoraBefore(start, st.start())) country = stateNamedBefore(start);
            if (title.plural()) {
                pluralTitle(start, titleEnd, title, st);
                continue;
            }
            if ("head".equals(title.position()) && title.portfolio() == null)
                title = new Lexicons.Title("head", "other"); // the head of a body no portfolio names: a research centre, a bank
            boolean former = !lx.formerAfter.find(scan, titleEnd, Math.min(st.end(), end + 8)).isEmpty();
            for (Gazetteer.Hit<Boolean> f : lx.formerBefore.find(scan, Math.max(st.start(), start - 25), start)) {
                int k = doc.skipSpace(f.end(), start);
                Gazetteer.Hit<String> state = lx.countries.longestAt(s, k, start); // "former Iranian ambassador"
                former |= s.substring(state != null ? state.end() : f.end(), start).isBlank();
            }
            out.add(new TitleMention(start, end, title, country, st.index(), former));
        }
        return out;
    }

    /** The start of a deputy's word right before {@code titleStart} ("Deputy", «معاون»), or -1. */
    private int deputyBefore(int titleStart, int from) {
        for (Gazetteer.Hit<Boolean> d : lx.deputyBefore.find(scan, Math.max(from, titleStart - 20), titleStart))
            if (s.substring(d.end(), titleStart).isBlank()) return d.start();
        return -1;
    }

    /**
     * «عراقچی و فیدان وزرای امور خارجه ایران و ترکیه»: a plural title after two names joined by «و» gives each
     * the office, of the states listed after it in the same order (assigned once persons are known).
     */
    private void pluralTitle(int start, int end, Lexicons.Title title, Sentence st) {
        List<String> states = new ArrayList<>();
        int j = doc.skipSpace(end, st.end());
        Gazetteer.Hit<String> c1 = null;
        for (int words = 0; j < st.end() && words < 4 && Letters.isLetter(s.charAt(j)); words++) {
            c1 = lx.countries.longestAt(s, j, st.end());
            if (c1 != null || !titleWord(j, st.end())) break;
            j = doc.skipSpace(doc.wordEnd(j, st.end()), st.end());
        }
        if (c1 != null) {
            states.add(c1.value());
            int k = doc.skipSpace(c1.end(), st.end());
            Gazetteer.Hit<String> c2 = s.startsWith("و", k) ? lx.countries.longestAt(s, doc.skipSpace(k + 1, st.end()), st.end()) : null;
            if (c2 != null) states.add(c2.value());
        }
        doc.plurals.add(new PluralTitle(start, states, new Lexicons.Title(title.position(), title.portfolio()), st.index()));
    }

    /** A word that may continue a title phrase: no punctuation, verb, trigger, name or preposition. */
    private boolean titleWord(int j, int end) {
        String w = Lexicons.wordKey(s, j, doc.wordEnd(j, end));
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
        for (Gazetteer.Hit<String> c : lx.countries.find(scan, Math.max(from, titleStart - 60), titleStart)) {
            String gap = s.substring(c.end(), titleStart);
            if (gap.matches("\\s*('s|’s)?\\s*")) return c.value();
            // the portfolio written out between: "Iranian Roads and Urban Development Minister", «İran Yollar, Limanlar ve Şehircilik Bakanı»
            if (PORTFOLIO_WORDS.matcher(gap).matches() && !gap.strip().endsWith(",") && lx.titles.find(scan, c.end(), titleStart).isEmpty()
                    && lx.givenNames.find(scan, c.end(), titleStart).isEmpty()) return c.value();
            // "the Iranian President's chief adviser": an office held under another is of that other's state
            List<Gazetteer.Hit<Lexicons.Title>> between = lx.titles.find(scan, c.end(), titleStart);
            if (between.size() == 1 && s.substring(c.end(), between.get(0).start()).isBlank() && possessive(between.get(0), titleStart))
                return c.value();
        }
        return null;
    }

    private boolean possessive(Gazetteer.Hit<Lexicons.Title> h, int titleStart) {
        String t = s.substring(h.start(), titleStart).strip();
        return t.endsWith("'s") || t.endsWith("’s");
    }
}
