package org.itkg.extract;

import java.util.Objects;

/**
 * An office a person holds according to the article: a position (minister, ambassador, ...), a portfolio
 * for ministers, deputies, spokespersons and heads (interior, foreign-affairs, ...; else null), and the
 * state of the office as an ISO 3166-1 alpha-2 code.
 */
public record Role(String position, String portfolio, String country, Evidence evidence) {
    boolean sameOffice(Role o) {
        return position.equals(o.position) && Objects.equals(portfolio, o.portfolio)
                && Objects.equals(country, o.country);
    }
}
