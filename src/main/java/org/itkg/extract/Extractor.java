package org.itkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.itkg.article.Article;

/**
 * Turns an article into an {@link Extraction}: the text normalised and split into sentences, then
 * {@link #STAGES} over the article's mentions (titles and names; the persons they are, offices and
 * coreference; topics, events and statements), then the drafts frozen with the source chain.
 * An extractor is immutable and thread-safe; the lexicons are read once per JVM.
 */
public final class Extractor {
    private final Lexicons lx = Lexicons.get();
    private final Dates dates = new Dates(lx);

    /** The stages, in order; each reads what those before it added to the article's {@link Doc}. */
    static final List<Function<Doc, Stage>> STAGES = List.of(
            TitleMentions::new, NameMentions::new, // mentions
            Persons::new, Offices::new, Coreference::new, // who each mention is
            Topics::new, Events::new, Statements::new); // what happened and what was said

    public Extraction extract(Article article) {
        Text text = Normalizer.normalize(article.body());
        List<Sentence> sentences = Sentences.split(text.norm, lx.periodOrdinals.contains(article.lang()));
        Doc doc = new Doc(text, sentences, article.lang(), article.date(), lx, dates);
        for (Function<Doc, Stage> stage : STAGES) stage.apply(doc).annotate();

        Map<PersonDraft, Person> frozen = new LinkedHashMap<>();
        for (PersonDraft p : doc.persons) frozen.put(p, p.freeze());
        List<Event> out = new ArrayList<>();
        List<EventDraft> all = new ArrayList<>(doc.contacts);
        all.addAll(doc.statements);
        for (EventDraft e : all) {
            e.persons.retainAll(frozen.keySet());
            if (e.persons.isEmpty() && e.countries.isEmpty()) continue;
            Event ev = e.freeze(frozen);
            if (!e.type.equals("statement") && !betweenTheSides(ev)) continue;
            out.add(ev);
        }
        List<Topic> topics = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (String code : doc.topics.get(i))
                if (seen.add(code)) topics.add(new Topic(code, doc.sentenceEvidence(i)));
        }
        return new Extraction(article, List.copyOf(frozen.values()), out, topics, Sources.chain(article.outlet(), text.norm));
    }

    /**
     * A contact the graph records is one between Iran and Turkey: a visit is one side's (the visitor's), any
     * other contact has both sides among its participants. A participant of no known state may be the side
     * that is missing; several participants all of one side (two Iranian officials meeting) make no such
     * contact. One participant alone is kept: the text often names only one side's person.
     */
    private static boolean betweenTheSides(Event e) {
        Set<String> sides = new LinkedHashSet<>();
        int unknown = 0;
        for (Participant p : e.participants()) {
            String c = p.person() != null ? p.person().country() : p.country();
            if (c == null) unknown++;
            else if (Sides.isSide(c)) sides.add(c);
        }
        if (sides.isEmpty()) return unknown > 0;
        if (e.type().equals("visit") || e.participants().size() < 2) return true;
        return sides.size() + Math.min(unknown, 2 - sides.size()) >= 2;
    }
}
