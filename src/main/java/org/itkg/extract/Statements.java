package org.itkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statements: a sentence with a verb of saying, a quotation after a name or «به گفته X» is said by its
 * speaker (a {@link Ref}: a name, a title, a pronoun); all a speaker says in an article is one statement,
 * with each sentence a quote, placed at the contact the speaker took part in.
 */
final class Statements extends Stage {
    private final Map<PersonDraft, EventDraft> statements = new LinkedHashMap<>();
    private final Map<String, EventDraft> anonymousStatements = new LinkedHashMap<>();

    Statements(Doc doc) {
        super(doc);
    }

    @Override
    void annotate() {
        for (Sentence st : doc.sentences) statementIn(st, doc.topics.get(st.index()));
        for (EventDraft st : statements.values()) placeStatement(st);
        doc.statements.addAll(statements.values());
        doc.statements.addAll(anonymousStatements.values());
    }

    private void statementIn(Sentence st, Set<String> topics) {
        if (doc.refs.get(st.index()).isEmpty()) return; // every speaker is a mention of the sentence
        int a = st.start(), b = st.end();
        List<Gazetteer.Hit<Boolean>> verbs = lx.speechVerbs.find(scan, a, b);
        int colon = s.indexOf(':', a);
        boolean headlineQuote = colon > a && colon < b && colon - a < 60;
        // a quotation with no verb of saying in its sentence («X، «...»») is said by the one named before it
        Ref quoting = verbs.isEmpty() && !headlineQuote ? quotedBy(st) : null;
        if (verbs.isEmpty() && !headlineQuote && quoting == null) quoting = attributedTo(st);
        Ref agent = agentOf(st, verbs, doc.refs.get(st.index()));
        if (verbs.isEmpty() && !headlineQuote && quoting == null && agent == null) return;
        // the subject of the first verb of saying that has one: «رویترز نوشت، X وزیر کشور ترکیه اعلام کرد». A
        // body of a state speaks where no person or office is named before its verb («دولت ترکیه اعلام کرد»);
        // where a person speaks further on («وزارت خارجه ایران اعلام کرد، ... X ضمن تاکید»), both do
        Ref speaker = null, reporter = null;
        int from = a;
        List<Integer> limits = new ArrayList<>();
        for (Gazetteer.Hit<Boolean> v : verbs) limits.add(v.start());
        if (limits.isEmpty()) limits.add(colon);
        List<Ref> refs = doc.refs.get(st.index());
        for (int limit : limits) {
            speaker = relativeSubject(refs, from, limit);
            if (speaker != null) break;
            for (Ref r : refs) {
                if (r.start() < from || r.start() >= limit) continue;
                if (r.kind() != Ref.Kind.BODY) {
                    speaker = r;
                    break;
                }
                if (reporter == null) reporter = r;
            }
            if (speaker != null) break;
            from = limit;
        }
        if (speaker == null) {
            speaker = reporter;
            reporter = null;
        }
        if (quoting != null && (speaker == null || quoting.start() < speaker.start())) speaker = quoting;
        if (speaker == null) speaker = agent;
        if (speaker == null) return;
        said(speaker, st, topics);
        Ref second = joinedTo(speaker, refs, limits, st.index());
        if (second != null) said(second, st, topics);
        if (agent != null && agent != speaker && (second == null || agent.person() != second.person())) said(agent, st, topics);
        if (reporter != null) said(reporter, st, topics);
    }

    /** "X, chairman of ..., who said": the person named last before a relative pronoun right before the verb at {@code limit}. */
    private Ref relativeSubject(List<Ref> refs, int from, int limit) {
        if (limit <= from) return null;
        for (Gazetteer.Hit<Boolean> w : lx.relativeSubject.find(scan, Math.max(from, limit - 20), limit)) {
            if (doc.wordsBetween(w.end(), limit) > 1) continue;
            Ref last = null;
            for (Ref r : refs) if (r.kind() != Ref.Kind.BODY && r.person() != null && r.end() <= w.start() && w.start() - r.end() <= 80) last = r;
            if (last != null) return last;
        }
        return null;
    }

    /**
     * The agent of a passive verb of saying: «از سوی X مطرح شد», "announced by X", «X tarafından açıklandı»
     * (speech.json, agent). The verb stands right before the word or within the clause after the name.
     */
    private Ref agentOf(Sentence st, List<Gazetteer.Hit<Boolean>> active, List<Ref> refs) {
        if (refs.isEmpty()) return null;
        List<Gazetteer.Hit<Boolean>> before = lx.agentBefore.find(scan, st.start(), st.end());
        List<Gazetteer.Hit<Boolean>> after = lx.agentAfter.find(scan, st.start(), st.end());
        if (before.isEmpty() && after.isEmpty()) return null; // most sentences: no agent, no passive to look for
        List<Gazetteer.Hit<Boolean>> verbs = new ArrayList<>(active);
        verbs.addAll(lx.passiveSpeech.find(scan, st.start(), st.end()));
        if (verbs.isEmpty()) return null;
        for (Gazetteer.Hit<Boolean> h : before) {
            Ref r = null;
            // a title may stand between: "by Iranian Oil Minister X"
            for (Ref x : refs) if (x.person() != null && x.start() >= h.end() && x.start() - h.end() <= 45 && !doc.clauseBetween(h.end(), x.start())) {
                r = x;
                break;
            }
            if (r == null) continue;
            for (Gazetteer.Hit<Boolean> v : verbs)
                if ((v.end() <= h.start() && s.substring(v.end(), h.start()).isBlank())
                        || (v.start() >= r.end() && v.start() - r.end() <= 60 && !doc.clauseBetween(r.end(), v.start()))) return r;
        }
        for (Gazetteer.Hit<Boolean> h : after)
            for (Ref r : refs)
                if (r.person() != null && r.end() <= h.start() && h.start() - r.end() <= 5)
                    for (Gazetteer.Hit<Boolean> v : verbs) if (v.start() >= h.end() && v.start() - h.end() <= 30) return r;
        return null;
    }

    /** «X و Y تاکید کردند», "X and Y stressed": a second speaker joined to the first by a conjunction before the verb. */
    private Ref joinedTo(Ref speaker, List<Ref> refs, List<Integer> limits, int st) {
        if (speaker.person() == null) return null;
        int verb = Integer.MAX_VALUE;
        for (int limit : limits) if (limit > speaker.end()) verb = Math.min(verb, limit);
        for (Ref r : refs) {
            if (r.start() < speaker.end() || r.start() >= verb || r.person() == null || r.person() == speaker.person()) continue;
            // the first one's title may stand between: «X وزیر راه ایران و Y»
            int k = speaker.end();
            for (TitleMention th : doc.titles.get(st)) if (th.start() >= k && doc.gapOk(k, th.start()) && th.end() <= r.start()) k = th.end();
            Gazetteer.Hit<Boolean> and = lx.conjunctions.longestAt(s, doc.skipSpace(k, r.start()), r.start());
            return and != null && s.substring(and.end(), r.start()).isBlank() ? r : null;
        }
        return null;
    }

    /** Adds sentence {@code st} to the statement of {@code speaker}, if the speaker is an official of a side. */
    private void said(Ref speaker, Sentence st, Set<String> topics) {
        int a = st.start(), b = st.end();
        String country = speaker.person() != null ? speaker.person().country() : speaker.country();
        if (speaker.person() == null && !speaker.viaTitle()) return;
        if (speaker.person() != null && speaker.person().former && speaker.person().roles.isEmpty()) return; // a former official speaks for no side
        if (country != null && !Sides.isSide(country)) return;
        // a named speaker of no stated state or office counts when the words are about the relations:
        // the sentence names a state and a topic
        if (speaker.person() != null && country == null && speaker.person().roles.isEmpty()
                && (topics.isEmpty() || lx.countries.find(scan, a, b).isEmpty())) return;
        EventDraft d = speaker.person() != null ? statements.get(speaker.person()) : anonymousStatements.get(country);
        if (d == null) {
            d = new EventDraft("statement", "occurred", speaker.start(), doc.sentenceEvidence(st.index()));
            if (speaker.person() != null) {
                d.persons.add(speaker.person());
                statements.put(speaker.person(), d);
            } else {
                d.countries.add(country);
                anonymousStatements.put(country, d);
            }
            List<Dates.Hit> days = doc.dates.find(scan, a, b, doc.published, false);
            if (!days.isEmpty()) d.date = days.get(0).date();
        }
        d.quotes.add(doc.sentenceEvidence(st.index()));
        d.topics.addAll(topics);
    }

    /**
     * «X، «...»», 'X, "..."', 'X: "...': a person named right before an opening quote mark says what follows,
     * whatever language and whether the verb comes after the quotation, sentences later, or never.
     */
    private Ref quotedBy(Sentence st) {
        int a = st.start(), b = st.end();
        for (int q = a + 1; q < b; q++) {
            if ("«\"“".indexOf(s.charAt(q)) < 0) continue;
            int k = q - 1;
            while (k > a && s.charAt(k) == ' ') k--;
            if (",،:".indexOf(s.charAt(k)) < 0) return null; // the first quote of the sentence decides
            // the speaker ends within a few words of the punctuation: a title may stand between («X وزیر خارجه، «...»»)
            Ref speaker = null;
            for (Ref r : doc.refs.get(st.index()))
                if (r.person() != null && r.end() <= k && k - r.end() <= 40) speaker = r;
            return speaker;
        }
        return null;
    }

    /** «به گفته X»، "according to X", «X'e göre»: the person a sentence's words are attributed to, or null. */
    private Ref attributedTo(Sentence st) {
        for (Gazetteer.Hit<Boolean> h : lx.accordingToAfter.find(scan, st.start(), st.end()))
            for (Ref r : doc.refs.get(st.index()))
                // a title may stand between: "according to Turkish Foreign Minister Hakan Fidan"
                if (r.person() != null && r.start() >= h.end() && r.start() - h.end() <= 40
                        && s.substring(h.end(), r.start()).chars().noneMatch(c -> ",،.:".indexOf(c) >= 0)) return r;
        for (Gazetteer.Hit<Boolean> h : lx.accordingToBefore.find(scan, st.start(), st.end()))
            for (Ref r : doc.refs.get(st.index()))
                if (r.person() != null && r.end() <= h.start() && h.start() - r.end() <= 5) return r; // «Fidan'a göre»
        return null;
    }

    /** Words said in a meeting or call take that event's day and place. */
    private void placeStatement(EventDraft st) {
        List<EventDraft> bilateralFirst = new ArrayList<>(doc.contacts);
        bilateralFirst.sort(Comparator.comparing(c -> c.type.equals("multilateral-meeting")));
        for (EventDraft c : bilateralFirst) {
            if (!c.status.equals("occurred")) continue;
            boolean speakerTookPart = false;
            for (PersonDraft p : st.persons) speakerTookPart |= c.persons.contains(p);
            if (speakerTookPart) {
                if (st.date == null) st.date = c.date;
                if (st.place == null) st.place = c.place;
                return;
            }
        }
    }
}
