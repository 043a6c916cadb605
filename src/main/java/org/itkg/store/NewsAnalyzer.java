package org.itkg.store;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of the full-text index, for Persian, English and Turkish in one field: articles mix the
 * scripts (a Latin name in a Persian sentence), and one analyzer lets a query find a word in any of them
 * without naming a language. Persian: ZWNJ as a break, Arabic letter and digit forms folded, and, unlike
 * Lucene's PersianAnalyzer, stemmed, so a plural («اعتراضات») finds the singular («اعتراض»). Latin:
 * Turkish and other diacritics folded before lower-casing (İran, Iran and iran are one word), and English
 * plurals stemmed. Stop words of Persian and English are dropped. Fuseki's configuration names this class
 * with {@code text:GenericAnalyzer}, so the index and the queries use the same analysis.
 */
public final class NewsAnalyzer extends Analyzer {
    private static final CharArraySet STOP = stopWords();

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream t = new LatinFoldingFilter(source);
        t = new LowerCaseFilter(t);
        t = new DecimalDigitFilter(t);
        t = new ArabicNormalizationFilter(t);
        t = new PersianNormalizationFilter(t);
        t = new StopFilter(t, STOP);
        t = new PersianStemFilter(t);
        t = new EnglishMinimalStemFilter(t);
        return new TokenStreamComponents(source, t);
    }

    @Override
    protected Reader initReader(String field, Reader reader) {
        return new PersianCharFilter(reader);
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
        TokenStream t = new LatinFoldingFilter(in);
        t = new LowerCaseFilter(t);
        t = new DecimalDigitFilter(t);
        t = new ArabicNormalizationFilter(t);
        return new PersianNormalizationFilter(t);
    }

    private static CharArraySet stopWords() {
        CharArraySet s = new CharArraySet(PersianAnalyzer.getDefaultStopSet(), true);
        s.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return CharArraySet.unmodifiableSet(s);
    }
}
