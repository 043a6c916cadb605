package org.itkg.extract;

import java.util.List;

/**
 * A named person as one article presents them.
 *
 * @param name     the fullest form of the name in the article, as written there
 * @param aliases  the other forms the article uses (surname alone, another spelling)
 * @param country  the state the person speaks for (ISO alpha-2), or null when the article does not say
 * @param roles    the offices the article gives the person
 * @param mentions where the article names the person, first mention first
 * @param knownId  the person's id in the lexicon of office holders, or null for a name found by pattern
 * @param english  the person's name in English for a person of that lexicon, else null
 */
public record Person(String name, List<String> aliases, String country, List<Role> roles, List<Evidence> mentions,
                     String knownId, String english) {
    /** Whether {@code id} is the id of a person of the lexicon of known persons. */
    public static boolean isKnownId(String id) {
        return Lexicons.get().knownIds.contains(id);
    }
}
