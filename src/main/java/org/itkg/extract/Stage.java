package org.itkg.extract;

/**
 * One step of extraction: reads what the stages before it have added to a {@link Doc} and adds its own
 * annotations. A stage is made for one article and used once.
 */
abstract class Stage extends Reader {
    Stage(Doc doc) {
        super(doc);
    }

    abstract void annotate();
}
