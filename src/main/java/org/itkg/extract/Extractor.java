package org.itkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.itkg.article.Article;

/**
 * Turns an article into an {@link Extraction}. The stages: normalise the text, split it into sentences,
 * find persons and their offices, find contacts and statements, collect topics and the source chain.
 * An extractor is immutable and thread-safe; the lexicons are read once per JVM.
 */
public final class Extractor {
    private final Lexicons lx = Lexicons.get();
    private final Dates dates = new Dates(lx);

    public Extraction extract(Article article) {
        Text text = Normalizer.normalize(article.body());
        List<Sentence> sentences = Sentences.split(text.norm, lx.periodOrdinals.contains(article.lang()));
        Persons persons = new Persons(text, sentences, article.lang(), lx);
        Events events = new Events(text, sentences, persons, lx, dates, article.date());

        Map<PersonDraft, Person> frozen = new LinkedHashMap<>();
        for (PersonDraft p : persons.persons) frozen.put(p, p.freeze());
        List<Event> out = new ArrayList<>();
        for (EventDraft e : events.all()) {
            e.persons.retainAll(frozen.keySet());
            if (e.persons.isEmpty() && e.countries.isEmpty()) continue;
            Event ev = e.freeze(frozen);
            if (!e.type.equals("statement") && !involvesASide(ev)) continue;
            out.add(ev);
        }
        List<Topic> topics = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (String code : events.sentenceTopics.get(i))
                if (seen.add(code)) topics.add(new Topic(code, persons.sentenceEvidence(i)));
        }
        return new Extraction(article, List.copyOf(frozen.values()), out, topics, Sources.chain(article.outlet(), text.norm));
    }

    private static boolean involvesASide(Event e) {
        for (Participant p : e.participants()) {
            String c = p.person() != null ? p.person().country() : p.country();
            if (c == null || Sides.isSide(c)) return true;
        }
        return false;
    }
}
