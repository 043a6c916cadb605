package org.itkg.extract;

/**
 * One step of extraction: reads what the stages before it have added to a {@link Doc} and adds its own
 * annotations. A stage is made for one article and used once; it keeps the article's text, scan and the
 * lexicons at hand, as every stage reads them.
 */
abstract class Stage {
    final Doc doc;
    final String s;
    final Scan scan;
    final Lexicons lx;

    Stage(Doc doc) {
        this.doc = doc;
        this.s = doc.s;
        this.scan = doc.scan;
        this.lx = doc.lx;
    }

    abstract void annotate();
}
