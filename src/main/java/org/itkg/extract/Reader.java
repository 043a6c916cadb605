package org.itkg.extract;

/**
 * Something that reads one article's {@link Doc}: it keeps the article's normalised text, its scan and the
 * lexicons at hand, as every stage and every helper of a stage reads them.
 */
abstract class Reader {
    final Doc doc;
    final String s;
    final Scan scan;
    final Lexicons lx;

    Reader(Doc doc) {
        this.doc = doc;
        this.s = doc.s;
        this.scan = doc.scan;
        this.lx = doc.lx;
    }
}
