package org.itkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The topics each sentence names, from the topic gazetteer. */
final class Topics extends Stage {
    Topics(Doc doc) {
        super(doc);
    }

    @Override
    void annotate() {
        topicsOfSentences();
    }

    /**
     * The topics each sentence names. A strong word names its topic at once; a topic only weak words name
     * («امنیت», "security") counts where it is named in two sentences or more: a word in passing is no topic.
     */
    private void topicsOfSentences() {
        List<Set<String>> weak = new ArrayList<>();
        Map<String, Integer> weakSentences = new HashMap<>();
        Set<String> strong = new LinkedHashSet<>();
        for (Sentence st : doc.sentences) {
            Set<String> topics = new LinkedHashSet<>(), passing = new LinkedHashSet<>();
            for (Gazetteer.Hit<String> h : lx.topics.find(scan, st.start(), st.end())) {
                if (h.value().startsWith(Lexicons.WEAK)) passing.add(h.value().substring(Lexicons.WEAK.length()));
                else topics.add(h.value());
            }
            strong.addAll(topics);
            for (String c : passing) weakSentences.merge(c, 1, Integer::sum);
            doc.topics.add(topics);
            weak.add(passing);
        }
        for (int i = 0; i < doc.sentences.size(); i++)
            for (String c : weak.get(i))
                if (strong.contains(c) || weakSentences.get(c) >= 2) doc.topics.get(i).add(c);
    }
}
