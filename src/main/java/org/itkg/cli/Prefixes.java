package org.itkg.cli;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.itkg.graph.Vocab;

/** Prefixes for RDF written to people: output they read should say itkg:Meeting, not a full IRI. */
final class Prefixes {
    static final PrefixMap MAP = PrefixMapFactory.create();

    static {
        MAP.add("itkg", Vocab.NS);
        MAP.add("article", Vocab.BASE + "article/");
        MAP.add("person", Vocab.BASE + "person/");
        MAP.add("event", Vocab.BASE + "event/");
        MAP.add("topic", Vocab.BASE + "topic/");
        MAP.add("country", Vocab.BASE + "country/");
        MAP.add("org", Vocab.ORG);
        MAP.add("prov", Vocab.PROV);
        MAP.add("sem", Vocab.SEM);
        MAP.add("schema", Vocab.SCHEMA);
        MAP.add("oa", Vocab.OA);
        MAP.add("skos", Vocab.SKOS);
        MAP.add("dct", Vocab.DCT);
        MAP.add("rdfs", Vocab.RDFS);
        MAP.add("xsd", Vocab.XSD);
    }

    private Prefixes() {}
}
