package org.itkg.extract;

/** A sentence as a span {@code [start, end)} of the normalised text; {@code index} counts from 0. */
record Sentence(int index, int start, int end, int paragraph) {
    String text(Text t) {
        return t.norm.substring(start, end);
    }
}
