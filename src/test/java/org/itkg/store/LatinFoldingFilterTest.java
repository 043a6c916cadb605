package org.itkg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class LatinFoldingFilterTest {
    @Test
    void luceneFoldsNoCharacterThatTheFilterPassesThrough() {
        char[] out = new char[4];
        int passed = 0;
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (LatinFoldingFilter.foldable(new char[] {c}, 1)) continue;
            passed++;
            int n = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, out, 0, 1);
            assertEquals(1, n, Integer.toHexString(c));
            assertEquals(c, out[0], "U+" + Integer.toHexString(c) + " would be folded");
        }
        assertTrue(passed > 1000, "the Arabic-script blocks pass through: " + passed);
    }

    @Test
    void termsAreThoseOfLucenesFilter() throws IOException {
        String text = "İçişleri Bakanı Süleyman Soylu و وزیر کشور ایران درباره گذرگاه‌های مرزی Erdoğan «Tahran» café ١٤٠٤ naïve";
        assertEquals(terms(text, false), terms(text, true));
        assertTrue(terms(text, true).contains("Icisleri"), terms(text, true).toString());
        assertTrue(terms(text, true).contains("ایران"));
    }

    private static List<String> terms(String text, boolean ours) throws IOException {
        Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new WhitespaceTokenizer();
                TokenStream f = ours ? new LatinFoldingFilter(t) : new ASCIIFoldingFilter(t);
                return new TokenStreamComponents(t, f);
            }
        };
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }
}
