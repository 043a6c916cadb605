package org.itkg.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.itkg.resolve.LinkTable;

/**
 * Scores one item as the Wikidata item of one entity, from evidence that must go beyond the name.
 *
 * <p>A person's name is 0.5, one more script it matches in 0.05; the state agrees (citizenship, P27) 0.2,
 * or 0.15 when only the article's wording gives it; an office it holds (P39) names the person's post 0.2,
 * and 0.1 more when that office was held on the date of an article naming the person; where the store knows
 * no office of the person's, any office held on such a date 0.2 (0.05 where it knows another). Without an
 * office or such a period the score stops at 0.7: a name and a citizenship are what every namesake of that
 * nationality has. A state that disagrees is no penalty but a conflict, which no threshold accepts, unless
 * it was only inferred (the extraction's state without an office, the article's wording) and another
 * source agrees with Wikidata. An item of another class (P31) scores 0; one
 * that died before, or was a child at, the articles' dates is no official named in them and stops at 0.3.
 * A place's name is 0.5, its class (city, capital...) 0.3, its state (P17) 0.2.
 */
final class Scorer {
    static final double NAME = 0.5, SECOND_SCRIPT = 0.05, STATE = 0.2, STATE_FROM_ARTICLE = 0.15, OFFICE = 0.2,
            OFFICE_HELD_THEN = 0.1, PERIOD = 0.2, PERIOD_BESIDE_OFFICE = 0.05, PLACE_CLASS = 0.3, NAME_ONLY_CAP = 0.7, NOT_THEN_CAP = 0.3;

    private static final Map<String, Set<String>> TYPES = types();
    private static final Map<String, String> STATES = states();
    /** Where a state was read, strongest first, and how the reason names it. */
    private static final List<String> RANK = List.of(Subject.OFFICE, Subject.STORE, Subject.ARTICLE);
    private static final Map<String, String> SOURCE = Map.of(Subject.OFFICE, "an office in the store", Subject.STORE,
            "the store", Subject.ARTICLE, "the article's wording");

    private Scorer() {}

    /** The candidate, or null when none of the item's labels and aliases is one of the entity's names. */
    static Linker.LinkCandidate score(Subject e, Item it) {
        Set<String> matched = new TreeSet<>();
        Set<Boolean> scripts = new TreeSet<>();
        Map<String, String> itemKeys = new HashMap<>();
        for (String l : it.labels.keySet()) itemKeys.putIfAbsent(Labels.key(l), l);
        for (String l : e.labels().keySet()) {
            String k = Labels.key(l);
            if (!k.isEmpty() && itemKeys.containsKey(k)) {
                matched.add(itemKeys.get(k));
                scripts.add(Labels.isArabicScript(l));
            }
        }
        if (matched.isEmpty()) return null;
        List<String> why = new ArrayList<>();
        why.add("name «" + String.join("», «", matched) + "»");
        double s = NAME + (scripts.size() > 1 ? SECOND_SCRIPT : 0);
        Set<String> expected = TYPES.getOrDefault(e.kind(), Set.of());
        boolean typed = it.types.stream().anyMatch(expected::contains);
        if (!typed && !it.types.isEmpty())
            return new Linker.LinkCandidate(e.iri(), it.iri, 0, String.join(", ", why) + ", not a " + e.kind(), false);
        boolean conflict = false, thin = false;
        double cap = 1;
        if (!typed) {
            cap = NAME_ONLY_CAP;
            why.add("class unknown");
        } else if (!e.isPerson()) {
            s += PLACE_CLASS;
            why.add("a place");
        }

        // the state: one source agreeing is agreement, and the strongest scores; a state the extraction only
        // inferred, or the article's wording, may be set aside by another; an office of another state may not
        Set<String> itsStates = e.isPerson() ? it.citizenship : it.countries;
        String agreeing = null, agreeingSource = null;
        List<String> disagreeing = new ArrayList<>();
        boolean officeDisagrees = false;
        for (var st : e.states().entrySet()) {
            String q = STATES.get(st.getKey());
            if (q == null || itsStates.isEmpty()) continue;
            if (!itsStates.contains(q)) {
                if (st.getValue().equals(Subject.ARTICLE) && e.states().size() > 1) continue; // a state of the sentence, not the person's
                disagreeing.add(st.getKey() + " (" + SOURCE.get(st.getValue()) + ")");
                officeDisagrees |= st.getValue().equals(Subject.OFFICE);
            } else if (agreeing == null || RANK.indexOf(st.getValue()) < RANK.indexOf(agreeingSource)) {
                agreeing = st.getKey();
                agreeingSource = st.getValue();
            }
        }
        if (agreeing != null && !officeDisagrees) {
            boolean fromArticle = agreeingSource.equals(Subject.ARTICLE);
            s += fromArticle ? STATE_FROM_ARTICLE : STATE;
            thin |= fromArticle;
            why.add((e.isPerson() ? "citizen of " : "in ") + agreeing + (fromArticle ? " (from the article's wording)" : "")
                    + (disagreeing.isEmpty() ? "" : ", not " + String.join(", ", disagreeing)));
        } else if (!disagreeing.isEmpty()) {
            conflict = true;
            why.add("conflict: " + String.join(", ", disagreeing) + " against Wikidata's " + (e.isPerson() ? "citizenship " : "state ")
                    + String.join("/", itsStates));
        }

        if (e.isPerson()) {
            // the office, and whether it was held when the articles name the person
            Item.Office office = null;
            String post = null, postSource = null;
            List<Map.Entry<String, String>> posts = new ArrayList<>(e.offices().entrySet());
            posts.sort(Map.Entry.comparingByValue(java.util.Comparator.comparing(v -> !v.equals(Subject.STORE)))); // the store's first
            for (var o : posts)
                for (Item.Office io : it.offices)
                    if (io.label() != null && Offices.get().names(io.label(), o.getKey())
                            && (office == null || heldOnAny(io, e) && !heldOnAny(office, e))) {
                        office = io;
                        post = o.getKey();
                        postSource = o.getValue();
                    }
            boolean beyondName = false;
            if (office != null) {
                s += OFFICE;
                beyondName = true;
                boolean fromArticle = postSource.equals(Subject.ARTICLE);
                thin |= fromArticle;
                why.add("office " + post + " = «" + office.label() + "»" + (fromArticle ? " (from the article's wording)" : ""));
                LocalDate then = dateHeld(office, e);
                if (then != null) {
                    s += OFFICE_HELD_THEN;
                    why.add("held on " + then);
                }
            } else {
                // an office held then, where the store knows none of the person's; where it knows another,
                // too little to pass a threshold of 0.8 on name, state and period alone
                boolean storeOffice = e.offices().containsValue(Subject.STORE);
                for (Item.Office io : it.offices) {
                    LocalDate then = dateHeld(io, e);
                    if (then == null) continue;
                    s += storeOffice ? PERIOD_BESIDE_OFFICE : PERIOD;
                    beyondName = true;
                    why.add("held «" + (io.label() != null ? io.label() : Wikidata.tail(io.item())) + "» on " + then);
                    break;
                }
            }
            if (!beyondName) {
                cap = Math.min(cap, NAME_ONLY_CAP);
                why.add("nothing beyond name" + (agreeing != null ? " and state" : "") + ": no office of the person's, no office held then");
            }
            LocalDate first = e.dates().isEmpty() ? null : Collections.min(e.dates());
            LocalDate last = e.dates().isEmpty() ? null : Collections.max(e.dates());
            if (last != null && it.died != null && it.died.isBefore(last.minusYears(1))) {
                cap = Math.min(cap, NOT_THEN_CAP);
                why.add("died " + it.died + ", before the articles");
            } else if (first != null && it.born != null && it.born.isAfter(first.minusYears(18))) {
                cap = Math.min(cap, NOT_THEN_CAP);
                why.add("born " + it.born + ", a child at the articles' dates");
            }
        }
        if (thin) why.add("thin evidence: what the store lacks was read from the article's wording" + (e.said().isEmpty() ? "" : " (" + String.join(", ", e.said()) + ")"));
        double score = Math.max(0, Math.min(cap, Math.round(s * 100) / 100.0));
        return new Linker.LinkCandidate(e.iri(), it.iri, score, String.join(", ", why), conflict);
    }

    private static boolean heldOnAny(Item.Office o, Subject e) {
        return dateHeld(o, e) != null;
    }

    private static LocalDate dateHeld(Item.Office o, Subject e) {
        for (LocalDate d : e.dates()) if (o.heldOn(d)) return d;
        return null;
    }

    private static Map<String, Set<String>> types() {
        try (InputStream in = Scorer.class.getResourceAsStream("types.json")) {
            JsonNode n = new ObjectMapper().readTree(in);
            Map<String, Set<String>> m = new TreeMap<>();
            for (String kind : List.of("person", "place")) {
                Set<String> s = new TreeSet<>();
                n.get(kind).forEach(t -> s.add(t.asText()));
                m.put(kind, s);
            }
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checked link table's states (country/IR → Q794), and those it lacks from {@code states.tsv}. */
    private static Map<String, String> states() {
        Map<String, String> m = new TreeMap<>();
        LinkTable.links().forEach((path, q) -> {
            if (path.startsWith("country/")) m.put(path.substring("country/".length()), q);
        });
        try (InputStream in = Scorer.class.getResourceAsStream("states.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                m.putIfAbsent(f[0], f[1]);
            }
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
