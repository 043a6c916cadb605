package org.itkg.extract;

/** Where a person is named: the surface form, and the known office holder it matches, if any. */
record NameMention(int start, int end, String surface, Lexicons.KnownPerson known) {
    int tokens() {
        return Names.tokens(surface).size();
    }
}
