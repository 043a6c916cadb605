package org.itkg.link;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Finds Wikidata items for the persons and places of the store that have no link yet: asks the endpoint
 * for items carrying one of the entity's names in any of its spellings ({@link Labels}), learns what each
 * item is ({@link Wikidata}), and scores it against what the store and its articles say of the entity
 * ({@link Scorer}). {@link #decide} then picks, per entity, the candidate that may be loaded, and says why
 * any other is held back for review.
 */
public final class Linker {
    /**
     * One candidate item for one entity, with its score in [0, 1], how it was reached, and whether the store
     * and Wikidata disagree on the entity's state.
     */
    public record LinkCandidate(String entity, String item, double score, String reason, boolean conflict) {}

    /**
     * What becomes of one entity's candidates: {@code link} is the one to load as owl:sameAs, or null;
     * {@code review} why the best is held back (a tie, a lead below the margin, a conflict, a score at or
     * below the threshold), or null.
     */
    public record Decision(String entity, LinkCandidate best, LinkCandidate link, String review) {}

    /** The least lead the best candidate needs over the second: closer than this, an analyst decides. */
    public static final double MARGIN = 0.1;
    static final int ENTITIES = 20;

    private final Wikidata wikidata;

    public Linker(SparqlClient client) {
        this.wikidata = new Wikidata(client);
    }

    /** The candidates for every unlinked entity of the store, best first per entity. */
    public List<LinkCandidate> candidates(DatasetGraph store) throws IOException {
        List<Subject> subjects = Subjects.unlinked(store);
        List<LinkCandidate> out = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i += ENTITIES) out.addAll(batch(subjects.subList(i, Math.min(subjects.size(), i + ENTITIES))));
        return out;
    }

    private List<LinkCandidate> batch(List<Subject> subjects) throws IOException {
        Set<String> literals = new LinkedHashSet<>();
        for (Subject e : subjects) {
            // one name written several ways in the store is asked once; one that may be Turkish in its Turkish spellings too
            boolean turkish = e.states().containsKey("TR") || !e.states().containsValue(Subject.OFFICE); // an inferred state may be wrong
            Set<String> keys = new java.util.HashSet<>();
            for (var l : e.labels().entrySet()) {
                if (!keys.add(Labels.key(l.getKey()) + Labels.isArabicScript(l.getKey()))) continue;
                boolean persian = Labels.isArabicScript(l.getKey());
                for (String spelling : Labels.spellings(l.getKey(), turkish))
                    for (String lang : persian ? Wikidata.PERSIAN_LANGS : Wikidata.LATIN_LANGS) literals.add(literal(spelling, lang));
            }
        }
        List<String> items = wikidata.itemsLabelled(literals);
        Map<String, Item> facts = wikidata.facts(items);
        List<LinkCandidate> out = new ArrayList<>();
        for (Subject e : subjects)
            for (Item it : facts.values()) {
                LinkCandidate c = Scorer.score(e, it);
                if (c != null) out.add(c);
            }
        out.sort(Comparator.comparing(LinkCandidate::entity).thenComparing(Comparator.comparingDouble(LinkCandidate::score).reversed()));
        return out;
    }

    /**
     * Per entity: its best candidate is linked when it scores above {@code threshold}, disagrees with the store
     * on no state, and leads the second by at least {@link #MARGIN}; otherwise it goes to review, saying why.
     */
    public static Map<String, Decision> decide(List<LinkCandidate> candidates, double threshold) {
        Map<String, List<LinkCandidate>> byEntity = new TreeMap<>();
        for (LinkCandidate c : candidates) byEntity.computeIfAbsent(c.entity(), k -> new ArrayList<>()).add(c);
        Map<String, Decision> out = new TreeMap<>();
        byEntity.forEach((e, cs) -> {
            cs.sort(Comparator.comparingDouble(LinkCandidate::score).reversed().thenComparing(LinkCandidate::item));
            LinkCandidate best = cs.get(0);
            LinkCandidate second = cs.size() > 1 ? cs.get(1) : null;
            String review = null;
            if (best.score() <= threshold) review = String.format(Locale.ROOT, "score %.2f not above %.2f", best.score(), threshold);
            else if (best.conflict()) review = "the store and Wikidata disagree on the state";
            else if (second != null && best.score() - second.score() < MARGIN - 1e-9)
                review = String.format(Locale.ROOT, "%s %s (%.2f) by less than %.2f", best.score() == second.score() ? "ties" : "leads",
                        Wikidata.tail(second.item()), second.score(), MARGIN);
            out.put(e, new Decision(e, best, review == null ? best : null, review));
        });
        return out;
    }

    private static String literal(String text, String lang) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"@" + lang;
    }
}
