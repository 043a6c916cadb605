package org.itkg.extract;

/** A topic the article discusses (a code of the topic scheme), with the first sentence that shows it. */
public record Topic(String code, Evidence evidence) {}
