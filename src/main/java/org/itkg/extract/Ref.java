package org.itkg.extract;

/**
 * A mention at {@code [start,end)} of the normalised text, linked to the person it stands for, or only to
 * a state when no person of the article fits («وزیر کشور ترکیه» with no name anywhere). {@code viaTitle}:
 * the mention is a title or "counterpart", not a name or pronoun.
 */
record Ref(int start, int end, PersonDraft person, String country, boolean viaTitle) {}
