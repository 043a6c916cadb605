package org.itkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Coreference of what is not a name: a title used alone («وزیر کشور») links to the person of that state
 * who holds the office, else stands for the state; "his Turkish counterpart", «همتای ترکیه‌ای خود» links
 * to the other side's holder of the subject's office; a pronoun («وی», "he", «kendisi») links to the last
 * speaker, else the person named last. Participants and speakers are read through these links.
 */
final class Coreference extends Stage {

    Coreference(Doc doc) {
        super(doc);
    }

    @Override
    void annotate() {
        titlesAlone();
        bodies();
        counterparts();
        pronouns();
        for (List<Ref> r : doc.refs) r.sort(Comparator.comparingInt(Ref::start));
        doc.persons.removeIf(p -> p.mentions.isEmpty());
        doc.persons.sort(Comparator.comparingInt(p -> p.firstMention));
    }

    /**
     * A title used alone links to the person of its state who holds it (or the one holder of the position,
     * or the one person of that state with no office yet), else stands for its state.
     */
    private void titlesAlone() {
        for (TitleMention th : doc.titlesAlone) {
            if (th.title().plural()) continue; // «وزرای کشور عضو اکو» names no one of them
            String country = th.explicitCountry() != null ? th.explicitCountry() : doc.defaultCountryIn(th.sentence());
            PersonDraft holder = null;
            for (PersonDraft p : doc.persons) if (p.hasRole(th.title(), country)) holder = holder == null ? p : holder;
            if (holder == null && country != null) holder = onlyHolderOf(th.title().position(), country);
            if (holder == null && country != null) {
                // a title used alone names the one person of that state the article gives no office
                List<PersonDraft> untitled = new ArrayList<>();
                for (PersonDraft p : doc.persons) if (p.roles.isEmpty() && country.equals(p.country())) untitled.add(p);
                if (untitled.size() == 1) {
                    holder = untitled.get(0);
                    holder.addRole(new Role(th.title().position(), th.title().portfolio(), country, doc.sentenceEvidence(th.sentence())));
                }
            }
            if (holder != null || country != null)
                doc.refs.get(th.sentence()).add(new Ref(th.start(), th.end(), holder, country, Ref.Kind.TITLE));
        }
    }

    /**
     * «وزارت امور خارجه ترکیه», "Turkey's foreign ministry", «İran tarafı», "the Turkish side": a state's
     * institution or side, with the state named right beside it, stands for the state (bodies.json). Inside
     * a title («سخنگوی وزارت امور خارجه ترکیه») it is part of the title; beside a word of the press
     * («تلویزیون دولتی ترکیه») it is an outlet.
     */
    private void bodies() {
        for (Sentence st : doc.sentences) {
            List<Ref> refs = doc.refs.get(st.index());
            if (lx.countries.find(scan, st.start(), st.end()).isEmpty()) continue; // no state named: no body stands for one
            for (Gazetteer.Hit<Boolean> h : lx.bodies.find(scan, st.start(), st.end())) {
                if (insideTitle(h, doc.titles.get(st.index())) || refs.stream().anyMatch(r -> r.start() < h.end() && h.start() < r.end())) continue;
                Gazetteer.Hit<String> state = stateBeside(h, st);
                if (state == null || !Sides.isSide(state.value())) continue;
                int from = Math.min(h.start(), state.start()), to = Math.max(h.end(), state.end());
                if (!lx.media.find(scan, Math.max(st.start(), from - 25), Math.min(st.end(), to + 15)).isEmpty()) continue; // the press
                refs.add(new Ref(Math.min(h.start(), state.start()), Math.max(h.end(), state.end()), null, state.value(), Ref.Kind.BODY));
            }
        }
    }

    /**
     * The state named within a few words after the body where a language puts it there («وزارت کشور ترکیه»),
     * right after "of" ("the embassy of Iran"), or right before it ("Turkish", «Türkiye Dışişleri Bakanlığı»).
     */
    private Gazetteer.Hit<String> stateBeside(Gazetteer.Hit<Boolean> body, Sentence st) {
        boolean after = lx.stateAfterNoun.contains(doc.lang);
        for (Gazetteer.Hit<String> c : lx.countries.find(scan, body.end(), Math.min(st.end(), body.end() + 40))) {
            boolean of = s.substring(body.end(), c.start()).matches(" of (the )?");
            if ((of || (after && doc.wordsBetween(body.end(), c.start()) <= 3)) && !doc.clauseBetween(body.end(), c.start())
                    && lx.titles.find(scan, body.end(), c.start()).isEmpty()) return c;
        }
        Gazetteer.Hit<String> before = null;
        for (Gazetteer.Hit<String> c : lx.countries.find(scan, Math.max(st.start(), body.start() - 30), body.start()))
            if (doc.wordsBetween(c.end(), body.start()) <= 1 && !doc.clauseBetween(c.end(), body.start())) before = c;
        return before;
    }

    private static boolean insideTitle(Gazetteer.Hit<Boolean> h, List<TitleMention> titles) {
        for (TitleMention th : titles) if (h.start() < th.end() && th.start() < h.end()) return true;
        return false;
    }

    /**
     * «رییس کمیسیون مشترک» after «رییس طرف ایرانی کمیسیون مشترک اقتصادی»: a title read with another portfolio
     * still names the one person of that state who holds the position.
     */
    private PersonDraft onlyHolderOf(String position, String country) {
        PersonDraft only = null;
        for (PersonDraft p : doc.persons)
            for (Role r : p.roles)
                if (r.position().equals(position) && country.equals(r.country()) && p != only) {
                    if (only != null) return null;
                    only = p;
                }
        return only;
    }

    /** «هاکان فیدان همتای ترکیه‌ای خود»: the counterpart holds the subject's office for the other state. */
    private void counterparts() {
        for (Sentence st : doc.sentences) {
            for (Gazetteer.Hit<Boolean> h : lx.counterpart.find(scan, st.start(), st.end())) {
                int j = doc.skipSpace(h.end(), st.end());
                Gazetteer.Hit<String> c = j < st.end() ? lx.countries.longestAt(s, j, st.end()) : null;
                int end = c != null ? c.end() : h.end();
                PersonDraft cp = null, subject = null;
                for (Ref r : doc.refs.get(st.index())) {
                    if (r.person() == null) continue;
                    if ((r.end() <= h.start() && doc.gapOk(r.end(), h.start())) || (r.start() >= end && r.start() - end <= 8))
                        cp = r.person();
                }
                for (Ref r : doc.refs.get(st.index())) if (r.person() != null && r.person() != cp && !r.person().roles.isEmpty()) {
                    subject = r.person();
                    break;
                }
                // «وزیر خارجه کشورمان ... با «X» همتای ترک خود»: the first title of the sentence is the subject's
                TitleMention subjectTitle = null;
                for (TitleMention th : doc.titles.get(st.index())) if (th.end() <= h.start() && (subjectTitle == null || th.start() < subjectTitle.start())) subjectTitle = th;
                if (cp == null) {
                    // "met his Iranian counterpart", «با همتای ترکیه‌ای خود»: no name, so the one of the other
                    // state who holds the subject's office, else that state
                    if (subject == null || !Sides.isSide(subject.country())) continue;
                    String other = c != null ? c.value() : Sides.other(subject.country());
                    doc.refs.get(st.index()).add(new Ref(h.start(), end, holderLike(subject, other), other, Ref.Kind.TITLE));
                    doc.refs.get(st.index()).sort(Comparator.comparingInt(Ref::start));
                    continue;
                }
                String country = c != null ? c.value() : subject != null ? Sides.other(subject.country()) : null;
                if (country != null && cp.knownCountry == null) cp.inferredCountry = country;
                if (cp.roles.isEmpty() && subjectTitle != null && (cp == null || !adjacentTo(subjectTitle, cp, st)))
                    cp.addRole(new Role(subjectTitle.title().position(), subjectTitle.title().portfolio(), country, doc.sentenceEvidence(st.index())));
                else if (subject != null && cp.roles.isEmpty())
                    for (Role r : subject.roles)
                        cp.addRole(new Role(r.position(), r.portfolio(), country, doc.sentenceEvidence(st.index())));
            }
        }
    }

    /** The one person of {@code country} who holds a position of {@code subject} (the portfolio too, where both give one). */
    private PersonDraft holderLike(PersonDraft subject, String country) {
        PersonDraft only = null;
        for (PersonDraft p : doc.persons) {
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

    private boolean adjacentTo(TitleMention th, PersonDraft p, Sentence st) {
        for (Ref r : doc.refs.get(st.index()))
            if (r.person() == p && (doc.gapOk(r.end(), th.start()) || doc.gapOk(th.end(), r.start()))) return true;
        return false;
    }

    /**
     * «وی» refers to the speaker of the sentence before, when it reported speech (the same person usually
     * goes on talking), else to the person mentioned last.
     */
    private void pronouns() {
        PersonDraft antecedent = null;
        for (Sentence st : doc.sentences) {
            List<Ref> rs = doc.refs.get(st.index());
            List<Ref> add = new ArrayList<>();
            // the words that may be a pronoun, as the text's scan knows them
            int[] starts = scan.candidates(lx.pronouns);
            int k = Arrays.binarySearch(starts, st.start());
            for (k = k < 0 ? -k - 1 : k; antecedent != null && k < starts.length && starts[k] < st.end(); k++) {
                int i = starts[k], e = doc.wordEnd(i, st.end());
                if (e > i && isPronoun(i, e)) add.add(new Ref(i, e, antecedent, null, Ref.Kind.PRONOUN));
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
}
