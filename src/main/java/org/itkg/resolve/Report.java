package org.itkg.resolve;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One article's report of a contact: what the resolution of events across reports weighs.
 *
 * @param article   the article's id
 * @param key       the report's key ({@code article/n})
 * @param persons   the person participants, by the key of their article, with the state each speaks for (or null)
 * @param countries the states that take part without a named person
 * @param published the article's date, or null
 */
public record Report(String article, String key, String type, String status, LocalDate date,
                     LocalDate published, Map<String, String> persons, Set<String> countries, String place) {}
