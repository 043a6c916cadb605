package org.itkg.extract;

import java.util.Optional;

/**
 * A place of the gazetteer with its WGS84 position, so an event's place can be put on a map.
 *
 * @param name    the English name events carry
 * @param country the state it lies in
 */
public record Location(String name, String country, double lat, double lon, boolean isCountry) {
    /** The gazetteer's place of that English name, if it has one. */
    public static Optional<Location> named(String name) {
        return Optional.ofNullable(Lexicons.get().locations.get(name));
    }
}
