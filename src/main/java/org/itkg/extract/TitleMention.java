package org.itkg.extract;

/** A title at {@code [start,end)} in sentence {@code sentence}, with the state its phrase names (or null). */
record TitleMention(int start, int end, Lexicons.Title title, String explicitCountry, int sentence) {}
