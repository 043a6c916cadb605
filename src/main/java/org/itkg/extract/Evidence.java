package org.itkg.extract;

/** Where a fact was read: the text and its character offsets {@code [start, end)} in the article body. */
public record Evidence(String text, int start, int end) {}
