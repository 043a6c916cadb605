package org.itkg.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Coreference of names: the name mentions that are one person («سید عباس عراقچی», «عراقچی», a known
 * holder's other spelling) become one {@link PersonDraft}; then every mention of each person in the text,
 * the surname alone included where no other person shares it, becomes a {@link Ref}.
 */
final class Persons extends Stage {
    private final Map<String, String> keyMemo = new HashMap<>(), surnameMemo = new HashMap<>();

    Persons(Doc doc) {
        super(doc);
    }

    @Override
    void annotate() {
        group(doc.names);
        scanMentions();
    }

    private void group(List<NameMention> cands) {
        cands.sort(Comparator.comparingInt((NameMention c) -> c.known() != null ? 0 : 1).thenComparing(c -> -c.tokens()));
        for (NameMention c : cands) {
            PersonDraft p = find(c);
            if (p == null) {
                p = new PersonDraft(c.surface());
                doc.persons.add(p);
            } else if (c.tokens() > Names.tokens(p.name).size() && c.known() == null) {
                p.name = c.surface();
            }
            p.forms.add(c.surface());
            if (c.known() != null) {
                p.knownId = c.known().id();
                p.english = c.known().english();
                p.knownCountry = c.known().country();
            }
        }
        // the fullest form among known-person matches («سید عباس عراقچی» over «عراقچی»), without honorifics
        for (PersonDraft p : doc.persons) {
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

    private PersonDraft find(NameMention c) {
        String key = key(c.surface());
        for (PersonDraft p : doc.persons) {
            if (c.known() != null && c.known().id().equals(p.knownId)) return p;
            for (String f : p.forms) {
                String fk = key(f);
                if (fk.equals(key)) return p;
                if (fk.length() >= 4 && key.length() >= 4 && (fk.endsWith(key) || key.endsWith(fk))
                        && lastToken(f).equals(lastToken(c.surface()))) return p;
            }
        }
        return null;
    }

    private String lastToken(String s) {
        List<String> t = Names.tokens(s);
        return key(t.get(t.size() - 1));
    }

    /** Every mention: the name's forms, and the surname alone where no other person shares it. */
    private void scanMentions() {
        Gazetteer<PersonDraft> g = Gazetteer.forOneText();
        Map<String, PersonDraft> surnames = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        for (PersonDraft p : doc.persons) {
            for (String f : List.copyOf(p.forms)) {
                g.add(f, p);
                String sur = surname(f);
                if (sur == null) continue;
                String k = key(sur);
                PersonDraft other = surnames.putIfAbsent(k, p);
                if (other != null && other != p) ambiguous.put(k, true);
            }
        }
        surnames.forEach((k, p) -> {
            if (!ambiguous.containsKey(k) && !lx.stopWords.contains(k)) {
                for (String f : p.forms) {
                    String sur = surname(f);
                    if (sur != null && key(sur).equals(k)) g.add(sur, p);
                }
            }
        });
        for (Sentence st : doc.sentences) {
            for (Gazetteer.Hit<PersonDraft> h : g.find(scan, st.start(), st.end())) {
                PersonDraft p = h.value();
                String surface = s.substring(h.start(), h.end());
                if (!Letters.isLetter(surface.charAt(surface.length() - 1))) continue;
                p.forms.add(doc.t.evidence(h.start(), h.end()).text());
                p.mentions.add(doc.t.evidence(h.start(), h.end()));
                p.firstMention = Math.min(p.firstMention, h.start());
                doc.refs.get(st.index()).add(new Ref(h.start(), h.end(), p, null, Ref.Kind.NAME));
            }
        }
    }

    /** The surname part of a full name: the words after the given names, or the last word. */
    /** {@link Names#key}, remembered: the same forms are compared again and again. */
    private String key(String name) {
        return keyMemo.computeIfAbsent(name, Names::key);
    }

    private String surname(String full) {
        if (!surnameMemo.containsKey(full)) surnameMemo.put(full, surnameOf(full)); // null too: no surname
        return surnameMemo.get(full);
    }

    private String surnameOf(String full) {
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
        // a given name the lexicon does not know: the last word is the surname, with the word before it
        // where the last is a particle («کارال اوغلو»)
        if (i == 0 && toks.size() <= 3) {
            i = toks.size() - 1;
            String last = toks.get(i);
            if (lx.particles.longestAt(last, 0, last.length()) != null) i--;
            if (i == 0) return null;
        }
        String sur = String.join(" ", toks.subList(i, toks.size()));
        return key(sur).length() >= 3 ? sur : null;
    }
}
