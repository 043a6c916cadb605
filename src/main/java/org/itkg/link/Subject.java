package org.itkg.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An entity of the store to link, with what the store and its articles say of it.
 *
 * @param iri     the entity
 * @param kind    "person" or "place"
 * @param labels  full names (a person's surname alone would fetch every namesake), each with its language
 * @param states  ISO alpha-2 codes of the states it is of, each with where that was read: {@link #OFFICE}
 *                (the state of an office the store says it holds), {@link #STORE} (the extraction's state
 *                for the person, without an office) or {@link #ARTICLE} (the article's wording around the
 *                name, where it says more than the store)
 * @param offices posts as "position" or "position/portfolio", each with where it was read
 * @param dates   the dates of the articles that name it
 * @param said    the words the articles said it with, for the linkset's reason
 */
record Subject(String iri, String kind, Map<String, String> labels, Map<String, String> states,
               Map<String, String> offices, Set<LocalDate> dates, List<String> said) {
    static final String OFFICE = "office", STORE = "store", ARTICLE = "article";

    boolean isPerson() {
        return kind.equals("person");
    }
}
