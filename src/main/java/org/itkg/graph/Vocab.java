package org.itkg.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of the itkg ontology ({@code ontology/itkg.ttl}) and the standard vocabularies it reuses:
 * W3C ORG for offices, PROV-O for provenance, SKOS for topics, SEM and schema.org for events and articles,
 * the Web Annotation vocabulary for evidence selectors, WGS84 and GeoSPARQL for places.
 */
public final class Vocab {
    private Vocab() {}

    public static final String BASE = "https://w3id.org/itkg/";
    public static final String NS = BASE + "ontology#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final String GEOSPARQL = "http://www.opengis.net/ont/geosparql#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    /** The named graph that holds the ontology and the topic scheme. */
    public static final Node ONTOLOGY_GRAPH = iri(BASE + "graph/ontology");
    /** The named graph the resolution of entities and events across articles writes, replaced whole each time. */
    public static final Node ENTITIES_GRAPH = iri(BASE + "graph/entities");
    /** The named graph of one row per resolved event that timelines read, rewritten after every load. */
    public static final Node TIMELINE_GRAPH = iri(BASE + "graph/timeline");
    /** The named graph of event counts per topic, year, month and type that dashboards read. */
    public static final Node STATS_GRAPH = iri(BASE + "graph/stats");
    /** The named graph of Wikidata links accepted from {@code itkg link}. */
    public static final Node LINKS_GRAPH = iri(BASE + "graph/links");
    /** Where a store that follows a change log keeps the offset of the last change it applied. */
    public static final Node LOG_GRAPH = iri(BASE + "graph/log");
    public static final Node P_APPLIED_OFFSET = iri(NS + "appliedOffset");
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String WD = "http://www.wikidata.org/entity/";

    public static final Node TYPE = iri(RDF + "type");
    public static final Node LABEL = iri(RDFS + "label");
    public static final Node ALT_LABEL = iri(SKOS + "altLabel");
    public static final Node PREF_LABEL = iri(SKOS + "prefLabel");

    // itkg classes and properties
    public static final Node ARTICLE = iri(NS + "Article");
    public static final Node EVIDENCE = iri(NS + "Evidence");
    public static final Node SOURCE_REPORT = iri(NS + "SourceReport");
    public static final Node MENTION = iri(NS + "Mention");
    public static final Node TOPIC_MENTION = iri(NS + "TopicMention");
    public static final Node COUNTRY = iri(NS + "Country");
    public static final Node PLACE = iri(NS + "Place");
    public static final Node TENURE = iri(NS + "Tenure");
    public static final Node TOPIC_COUNT = iri(NS + "TopicCount");
    public static final Node OCCURRED = iri(NS + "occurred");
    public static final Node PLANNED = iri(NS + "planned");
    public static final Node P_STATUS = iri(NS + "status");
    public static final Node P_DATE = iri(NS + "date");
    public static final Node P_YEAR = iri(NS + "year");
    public static final Node P_EVENT_TYPE = iri(NS + "eventType");
    public static final Node P_TOPIC = iri(NS + "topic");
    public static final Node P_EVIDENCE = iri(NS + "evidence");
    public static final Node P_SPEAKER = iri(NS + "speaker");
    public static final Node P_QUOTE = iri(NS + "quote");
    public static final Node P_COUNTRY = iri(NS + "country");
    public static final Node P_PORTFOLIO = iri(NS + "portfolio");
    public static final Node P_POST = iri(NS + "post");
    public static final Node P_SORT_KEY = iri(NS + "sortKey");
    public static final Node P_ROW_KEY = iri(NS + "rowKey");
    public static final Node P_IN_MONTH = iri(NS + "inMonth");
    public static final Node P_PLACE_KEY = iri(NS + "placeKey");
    public static final Node P_CONTACTS_OF = iri(NS + "contactsOf");
    public static final Node P_ISO_CODE = iri(NS + "isoCode");
    public static final Node P_ATTESTATIONS = iri(NS + "attestations");
    public static final Node P_FIRST_DATE = iri(NS + "firstDate");
    public static final Node P_LAST_DATE = iri(NS + "lastDate");
    public static final Node P_PARTICIPANT_A = iri(NS + "participantA");
    public static final Node P_PARTICIPANT_B = iri(NS + "participantB");
    public static final Node P_MENTION_OF = iri(NS + "mentionOf");
    public static final Node P_SOURCE_CHAIN = iri(NS + "sourceChain");
    public static final Node P_CHAIN_POSITION = iri(NS + "chainPosition");
    public static final Node P_REPORTED_IN = iri(NS + "reportedIn");
    public static final Node P_NAME_KEY = iri(NS + "nameKey");
    public static final Node P_REPORT_KEY = iri(NS + "reportKey");
    public static final Node P_ARTICLE_COUNT = iri(NS + "articleCount");
    public static final Node P_REPORT_COUNT = iri(NS + "reportCount");
    public static final Node P_PARTICIPANTS = iri(NS + "participants");
    public static final Node P_PARTICIPANTS_EN = iri(NS + "participantsEn");
    public static final Node P_ACTOR_NAMES = iri(NS + "actorNames");
    public static final Node P_SIDE = iri(NS + "side");
    public static final Node P_TOPICS = iri(NS + "topics");
    public static final Node P_PLACE_NAME = iri(NS + "placeName");
    public static final Node P_SENTENCE = iri(NS + "sentence");
    public static final Node P_OUTLET_NAME = iri(NS + "outletName");
    public static final Node P_MONTH = iri(NS + "month");
    public static final Node P_YEAR_MONTH = iri(NS + "yearMonth");
    public static final Node P_EVENT_COUNT = iri(NS + "eventCount");
    public static final Node CANDIDATE = iri(NS + "MergeCandidate");
    public static final Node P_LEFT = iri(NS + "left");
    public static final Node P_RIGHT = iri(NS + "right");
    public static final Node P_REASON = iri(NS + "reason");
    public static final Node P_SCORE = iri(NS + "score");
    public static final Node LINK_CANDIDATE = iri(NS + "LinkCandidate");
    public static final Node P_CANDIDATE_OF = iri(NS + "candidateOf");
    public static final Node P_CANDIDATE = iri(NS + "candidate");
    public static final Node P_VERDICT = iri(NS + "verdict");
    public static final Node P_HELD_BACK = iri(NS + "heldBack");
    public static final Node P_CONFLICT = iri(NS + "conflict");
    public static final Node OWL_SAME_AS = iri(OWL + "sameAs");
    public static final Node SCHEMA_SAME_AS = iri(SCHEMA + "sameAs");
    public static final Node GEOSPARQL_GEOMETRY_CLASS = iri(GEOSPARQL + "Geometry");
    public static final Node GEOSPARQL_WKT_LITERAL = iri(GEOSPARQL + "wktLiteral");

    // W3C ORG
    public static final Node ORG_POST = iri(ORG + "Post");
    public static final Node ORG_MEMBERSHIP = iri(ORG + "Membership");
    public static final Node ORG_ORGANIZATION = iri(ORG + "Organization");
    public static final Node ORG_HOLDS = iri(ORG + "holds");
    public static final Node ORG_POST_IN = iri(ORG + "postIn");
    public static final Node ORG_ROLE = iri(ORG + "role");
    public static final Node ORG_MEMBER = iri(ORG + "member");
    public static final Node ORG_ORG = iri(ORG + "organization");
    public static final Node ORG_ROLE_CLASS = iri(ORG + "Role");

    // PROV-O
    public static final Node PROV_DERIVED = iri(PROV + "wasDerivedFrom");
    public static final Node PROV_ATTRIBUTED = iri(PROV + "wasAttributedTo");
    public static final Node PROV_AGENT = iri(PROV + "Agent");
    public static final Node PROV_ENTITY = iri(PROV + "Entity");

    // SEM
    public static final Node SEM_ACTOR = iri(SEM + "hasActor");
    public static final Node SEM_PLACE = iri(SEM + "hasPlace");

    // schema.org
    public static final Node SCHEMA_PERSON = iri(SCHEMA + "Person");
    public static final Node SCHEMA_URL = iri(SCHEMA + "url");
    public static final Node SCHEMA_DATE_PUBLISHED = iri(SCHEMA + "datePublished");
    public static final Node SCHEMA_LANGUAGE = iri(SCHEMA + "inLanguage");
    public static final Node SCHEMA_PUBLISHER = iri(SCHEMA + "publisher");
    public static final Node SCHEMA_BODY = iri(SCHEMA + "articleBody");
    public static final Node SCHEMA_IDENTIFIER = iri(SCHEMA + "identifier");
    public static final Node SCHEMA_MENTIONS = iri(SCHEMA + "mentions");

    // Web Annotation selectors, flattened onto the evidence node
    public static final Node OA_SOURCE = iri(OA + "hasSource");
    public static final Node OA_EXACT = iri(OA + "exact");
    public static final Node OA_START = iri(OA + "start");
    public static final Node OA_END = iri(OA + "end");

    public static final Node DCT_SUBJECT = iri(DCT + "subject");
    public static final Node GEO_LAT = iri(GEO + "lat");
    public static final Node GEO_LONG = iri(GEO + "long");
    public static final Node GEOSPARQL_WKT = iri(GEOSPARQL + "asWKT");
    public static final Node GEOSPARQL_GEOMETRY = iri(GEOSPARQL + "hasGeometry");

    /** The class of an event type of the extraction contract: meeting → itkg:Meeting, phone-call → itkg:PhoneCall. */
    public static Node eventClass(String type) {
        StringBuilder b = new StringBuilder();
        for (String part : type.split("-")) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return iri(NS + b);
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }
}
