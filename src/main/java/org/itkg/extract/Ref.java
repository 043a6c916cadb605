package org.itkg.extract;

/**
 * A mention at {@code [start,end)} of the normalised text, linked to the person it stands for, or only to
 * a state when no person of the article fits («وزیر کشور ترکیه» with no name anywhere, "the Turkish
 * side", «Dışişleri Bakanlığı»).
 */
record Ref(int start, int end, PersonDraft person, String country, Kind kind) {
    enum Kind {
        /** a name, whole or the surname alone */
        NAME,
        /** «وی», "he": the person mentioned or speaking last */
        PRONOUN,
        /** a title used alone, or "counterpart" */
        TITLE,
        /** a state's institution or side: its ministry, government, embassy, delegation, "side" */
        BODY
    }

    /** Whether the mention names an office or a body rather than a person by name or pronoun. */
    boolean viaTitle() {
        return kind == Kind.TITLE || kind == Kind.BODY;
    }
}
