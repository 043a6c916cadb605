package org.itkg.extract;

/**
 * A normalised form of an article body that remembers, for every character, where it came from, so
 * evidence found in the normalised text is reported with offsets into the original body.
 */
final class Text {
    final String body;
    final String norm;
    private final int[] toBody;
    private Scan scan;

    Text(String body, String norm, int[] toBody) {
        this.body = body;
        this.norm = norm;
        this.toBody = toBody;
    }

    /** Where the words of the normalised text begin, worked out once for every lexicon that reads it. */
    Scan scan() {
        if (scan == null) scan = Scan.of(norm);
        return scan;
    }

    /** Offset in the body of the normalised character at {@code i}; {@code i == norm.length()} maps to the end. */
    int bodyOffset(int i) {
        return toBody[i];
    }

    /** Evidence for the normalised span {@code [start, end)}: the body's own characters and offsets. */
    Evidence evidence(int start, int end) {
        int s = bodyOffset(start), e = bodyOffset(end);
        return new Evidence(body.substring(s, e).strip(), s + leading(body, s, e), e - trailing(body, s, e));
    }

    private static int leading(String s, int from, int to) {
        int n = 0;
        while (from + n < to && Character.isWhitespace(s.charAt(from + n))) n++;
        return n;
    }

    private static int trailing(String s, int from, int to) {
        int n = 0;
        while (to - n > from && Character.isWhitespace(s.charAt(to - n - 1))) n++;
        return n;
    }
}
