package org.itkg.extract;

import java.util.List;

/**
 * The contacts of an article, sentence by sentence: the {@link EventMentions} of each sentence merge into
 * the events already reported ({@link EventCoreference#mergeInto}). The last new event is the one the
 * following sentences are about: those that place persons at it («X نیز در این نشست حضور داشت») add them,
 * and the topics they name are its topics. Once every sentence is read, {@link EventCoreference} settles
 * what the whole article says of each event.
 */
final class Events extends Stage {
    Events(Doc doc) {
        super(doc);
    }

    @Override
    void annotate() {
        EventMentions mentions = new EventMentions(doc);
        EventDraft current = null;
        for (Sentence st : doc.sentences) {
            List<EventDraft> found = mentions.contactsIn(st);
            if (found.isEmpty()) mentions.accompanying(st);
            if (found.isEmpty() && current != null) mentions.attending(st, current);
            for (EventDraft e : found) {
                EventDraft same = EventCoreference.mergeInto(doc.contacts, e);
                // the last trigger is the sentence's main verb: what follows is about that event
                if (current == null || e == found.get(found.size() - 1) || found.size() == 1) current = same != null ? same : e;
            }
            if (current != null) current.topics.addAll(doc.topics.get(st.index()));
        }
        new EventCoreference(doc).annotate();
    }
}
