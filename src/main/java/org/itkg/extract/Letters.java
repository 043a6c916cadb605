package org.itkg.extract;

/**
 * {@link Character#isLetter(char)} and {@link Character#isLetterOrDigit(char)} from a table. Every scan
 * asks them of most characters it passes, and the JDK answers through a Unicode property lookup that
 * costs several loads and branches for each Persian letter.
 */
final class Letters {
    private Letters() {}

    private static final byte LETTER = 1, DIGIT = 2;
    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isLetter((char) c)) KIND[c] = LETTER;
            else if (Character.isDigit((char) c)) KIND[c] = DIGIT;
        }
    }

    static boolean isLetter(char c) {
        return KIND[c] == LETTER;
    }

    static boolean isLetterOrDigit(char c) {
        return KIND[c] != 0;
    }
}
