package org.itkg.extract;

/**
 * A title at {@code [start,end)} in sentence {@code sentence}, with the state its phrase names (or null);
 * {@code former}: a past office ("former ambassador", «سفیر اسبق»).
 */
record TitleMention(int start, int end, Lexicons.Title title, String explicitCountry, int sentence, boolean former) {}
