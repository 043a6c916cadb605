package org.itkg.extract;

/** Where a person is named: the surface form, its number of words, and the known office holder it matches, if any. */
record NameMention(int start, int end, String surface, Lexicons.KnownPerson known, int tokens) {
    NameMention(int start, int end, String surface, Lexicons.KnownPerson known) {
        this(start, end, surface, known, Names.tokens(surface).size());
    }
}
