package org.itkg.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A person as one article knows them: what the resolution across articles weighs.
 *
 * @param article   the article's id
 * @param key       the key the article's graph names the person by (a known person's id, else the name's slug)
 * @param known     whether the key comes from the list of known persons
 * @param names     the name and the aliases the article uses
 * @param country   the state the person speaks for, or null
 * @param offices   the offices the article gives, as {@code country/position/portfolio}
 * @param published the article's date, or null
 */
public record PersonMention(String article, String key, boolean known, List<String> names, String country,
                            Set<String> offices, LocalDate published) {}
