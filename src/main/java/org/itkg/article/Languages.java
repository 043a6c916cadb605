package org.itkg.article;

/**
 * Guesses the language of a text from its script when no header says it. Persian is told from Arabic
 * by the letters Arabic lacks; Turkish from English by its own letters.
 */
final class Languages {
    private Languages() {}

    static String guess(String text) {
        int arabicScript = 0, persianLetters = 0, latin = 0, turkish = 0;
        int n = Math.min(text.length(), 20_000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                arabicScript++;
                if ("پچژگکی".indexOf(c) >= 0) persianLetters++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            } else if ("çğıöşüÇĞİÖŞÜ".indexOf(c) >= 0) {
                latin++;
                turkish++;
            }
        }
        if (arabicScript > latin) return persianLetters > 0 ? "fa" : "ar";
        if (latin == 0) return "und";
        return turkish * 200 > latin ? "tr" : "en";
    }
}
