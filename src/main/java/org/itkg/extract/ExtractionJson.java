package org.itkg.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An extraction as the JSON object of the extraction contract (the gold annotation shape), plus fields
 * that scoring ignores: the article's url and outlet, the source chain, and evidence offsets.
 */
public final class ExtractionJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionJson() {}

    public static ObjectNode toJson(Extraction x) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", x.article().id());
        o.put("lang", x.article().lang());
        o.put("date", x.article().date() == null ? null : x.article().date().toString());
        if (x.article().url() != null) o.put("url", x.article().url());
        if (x.article().outlet() != null) o.put("outlet", x.article().outlet());
        ArrayNode persons = o.putArray("persons");
        for (Person p : x.persons()) {
            ObjectNode po = persons.addObject();
            po.put("name", p.name());
            ArrayNode al = po.putArray("aliases");
            p.aliases().forEach(al::add);
            po.put("country", p.country());
            ArrayNode roles = po.putArray("roles");
            for (Role r : p.roles()) {
                ObjectNode ro = roles.addObject();
                ro.put("position", r.position());
                ro.put("portfolio", r.portfolio());
                ro.put("country", r.country());
            }
        }
        ArrayNode events = o.putArray("events");
        for (Event e : x.events()) {
            ObjectNode eo = events.addObject();
            eo.put("type", e.type());
            eo.put("status", e.status());
            eo.put("date", e.date() == null ? null : e.date().toString());
            eo.put("place", e.place());
            ArrayNode ps = eo.putArray("participants");
            e.participants().forEach(p -> ps.add(p.label()));
            ArrayNode ts = eo.putArray("topics");
            e.topics().forEach(ts::add);
            eo.set("evidence", evidence(e.evidence()));
        }
        ArrayNode topics = o.putArray("topics");
        x.topics().forEach(t -> topics.add(t.code()));
        ArrayNode chain = o.putArray("source_chain");
        x.sourceChain().forEach(chain::add);
        return o;
    }

    private static ObjectNode evidence(Evidence ev) {
        ObjectNode o = JSON.createObjectNode();
        o.put("start", ev.start());
        o.put("end", ev.end());
        o.put("text", ev.text());
        return o;
    }
}
