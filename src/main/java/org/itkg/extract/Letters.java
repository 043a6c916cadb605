package org.itkg.extract;

/**
 * {@link Character#isLetter(char)}, {@link Character#isLetterOrDigit(char)} and
 * {@link Character#toLowerCase(char)} from tables. Every scan asks them of most characters it passes, and
 * the JDK answers through a Unicode property lookup that costs several loads and branches for each
 * Persian letter.
 */
final class Letters {
    private Letters() {}

    private static final byte LETTER = 1, DIGIT = 2;
    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LOWER[c] = Character.toLowerCase((char) c);
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

    static char lower(char c) {
        return LOWER[c];
    }
}
