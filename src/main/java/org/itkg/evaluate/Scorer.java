package org.itkg.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores extracted article objects against gold ones, both in the shape of the extraction contract
 * ({@code shared/gold/README.md}), and micro-averages over articles. The rules are those of the reference
 * scorer, step for step (greedy one-to-one person matching, Jaccard ≥ 0.5 for contacts), so that both
 * print the same figures.
 */
public final class Scorer {
    private int pTp, pNp, pNg, cOk, cN, rOk, rN, eTp, eNp, eNg, dOk, plOk, tTp, tNp, tNg, sTp, sNp, sNg;
    private int articles;

    /** Adds one article; {@code pred} may be null (nothing extracted). Returns what was missed and extra. */
    public ArticleReport add(String id, JsonNode gold, JsonNode pred) {
        articles++;
        ArticleReport report = new ArticleReport(id);
        List<JsonNode> gp = objects(gold.path("persons"));
        List<JsonNode> pp = objects(pred == null ? null : pred.path("persons"));
        Map<Integer, Integer> m = matchPersons(pp, gp);
        pTp += m.size();
        pNp += pp.size();
        pNg += gp.size();
        for (Map.Entry<Integer, Integer> e : m.entrySet()) {
            JsonNode p = pp.get(e.getKey()), g = gp.get(e.getValue());
            if (isText(g.get("country"))) {
                cN++;
                boolean ok = g.get("country").asText().equals(text(p.get("country")));
                if (ok) cOk++;
                else report.wrongCountry.add(g.path("name").asText() + " " + text(p.get("country")) + "≠" + g.get("country").asText());
            }
            Set<List<String>> groles = roles(g);
            if (!groles.isEmpty()) {
                rN++;
                Set<List<String>> proles = roles(p);
                if (proles.containsAll(groles)) rOk++;
                else report.wrongRoles.add(g.path("name").asText() + " " + proles + "≠" + groles);
            }
        }
        Set<Integer> matchedGold = new HashSet<>(m.values());
        for (int j = 0; j < gp.size(); j++) if (!matchedGold.contains(j)) report.missedPersons.add(gp.get(j).path("name").asText());
        for (int i = 0; i < pp.size(); i++) if (!m.containsKey(i)) report.extraPersons.add(pp.get(i).path("name").asText());

        Map<String, String> pname = new HashMap<>();
        for (Map.Entry<Integer, Integer> e : m.entrySet()) {
            String gname = gp.get(e.getValue()).path("name").asText();
            for (String f : forms(pp.get(e.getKey()))) pname.put(NameKey.of(f), gname);
        }
        List<JsonNode> ge = contacts(gold.path("events"));
        List<JsonNode> pe = contacts(pred == null ? null : pred.path("events"));
        eNp += pe.size();
        eNg += ge.size();
        Set<Integer> used = new HashSet<>();
        for (JsonNode e : pe) {
            Set<String> ps = new HashSet<>();
            for (JsonNode x : e.path("participants")) if (x.isTextual()) ps.add(mapped(x.asText(), pname));
            String status = isText(e.get("status")) && !e.get("status").asText().isEmpty() ? e.get("status").asText() : "occurred";
            boolean matched = false;
            for (int j = 0; j < ge.size(); j++) {
                JsonNode g = ge.get(j);
                if (used.contains(j) || !Objects.equals(text(e.get("type")), g.path("type").asText())
                        || !status.equals(g.path("status").asText())) continue;
                Set<String> gs = new HashSet<>();
                for (JsonNode x : g.path("participants")) gs.add(x.asText());
                Set<String> union = new HashSet<>(ps);
                union.addAll(gs);
                Set<String> inter = new HashSet<>(ps);
                inter.retainAll(gs);
                double jac = union.isEmpty() ? 1.0 : (double) inter.size() / union.size();
                if (jac >= 0.5) {
                    used.add(j);
                    eTp++;
                    String pd = text(e.get("date")), gd = text(g.get("date"));
                    if (Objects.equals(pd, gd)) dOk++;
                    else report.wrongDates.add(describe(g) + " " + pd + "≠" + gd);
                    if (NameKey.of(Objects.requireNonNullElse(text(e.get("place")), ""))
                            .equals(NameKey.of(Objects.requireNonNullElse(text(g.get("place")), "")))) plOk++;
                    else report.wrongPlaces.add(describe(g) + " " + text(e.get("place")) + "≠" + text(g.get("place")));
                    matched = true;
                    break;
                }
            }
            if (!matched) report.extraContacts.add(describe(e));
        }
        for (int j = 0; j < ge.size(); j++) if (!used.contains(j)) report.missedContacts.add(describe(ge.get(j)));
        report.contactsMatched = used.size();
        causes(ge, pe, used, pname, report);

        Set<String> gsp = speakers(gold.path("events"), null);
        Set<String> psp = speakers(pred == null ? null : pred.path("events"), pname);
        Set<String> sInter = new HashSet<>(gsp);
        sInter.retainAll(psp);
        sTp += sInter.size();
        sNp += psp.size();
        sNg += gsp.size();
        report.missedSpeakers.addAll(minus(gsp, psp));
        report.extraSpeakers.addAll(minus(psp, gsp));

        Set<String> gt = strings(gold.path("topics")), pt = strings(pred == null ? null : pred.path("topics"));
        Set<String> tInter = new HashSet<>(gt);
        tInter.retainAll(pt);
        tTp += tInter.size();
        tNp += pt.size();
        tNg += gt.size();
        report.missedTopics.addAll(minus(gt, pt));
        report.extraTopics.addAll(minus(pt, gt));
        report.persons = new int[] {m.size(), gp.size(), pp.size()};
        report.contacts = new int[] {used.size(), ge.size(), pe.size()};
        report.statements = new int[] {sInter.size(), gsp.size(), psp.size()};
        report.topics = new int[] {tInter.size(), gt.size(), pt.size()};
        return report;
    }

    /**
     * Why each gold contact left unmatched was missed (as shared/tools/contact-errors.py tells it): the closest
     * free prediction decides: another type with the same participants, the same type in another status,
     * the same type and status with other participants, else missed. Predictions left free are spurious.
     * The matching here is the reference tool's: predictions in order, each taking the first gold contact it fits.
     */
    private static void causes(List<JsonNode> ge, List<JsonNode> pe, Set<Integer> scored, Map<String, String> pname, ArticleReport report) {
        Set<Integer> used = new HashSet<>(), pused = new HashSet<>();
        List<Set<String>> pps = new java.util.ArrayList<>();
        for (JsonNode e : pe) {
            Set<String> ps = new HashSet<>();
            for (JsonNode x : e.path("participants")) if (x.isTextual()) ps.add(mapped(x.asText(), pname));
            pps.add(ps);
        }
        for (int k = 0; k < pe.size(); k++)
            for (int j = 0; j < ge.size(); j++) {
                if (used.contains(j) || !sameTypeAndStatus(pe.get(k), ge.get(j))) continue;
                if (jaccard(pps.get(k), participants(ge.get(j))) >= 0.5) {
                    used.add(j);
                    pused.add(k);
                    break;
                }
            }
        for (int j = 0; j < ge.size(); j++) {
            if (used.contains(j)) continue;
            JsonNode g = ge.get(j);
            int best = -1;
            boolean bType = false, bStatus = false;
            double bJac = -1;
            for (int k = 0; k < pe.size(); k++) {
                if (pused.contains(k)) continue;
                boolean type = Objects.equals(text(pe.get(k).get("type")), g.path("type").asText());
                boolean status = status(pe.get(k)).equals(g.path("status").asText());
                double jac = jaccard(pps.get(k), participants(g));
                // the order the reference tool compares (type, status, jaccard) in
                boolean better = best < 0 || (type && !bType) || (type == bType && status && !bStatus)
                        || (type == bType && status == bStatus && jac > bJac);
                if (better) {
                    best = k;
                    bType = type;
                    bStatus = status;
                    bJac = jac;
                }
            }
            String cause = best < 0 ? "missed" : !bType && bJac >= 0.5 ? "type" : bType && !bStatus ? "status" : bType ? "participants" : "missed";
            report.contactCauses.add(cause);
        }
        for (int k = 0; k < pe.size(); k++) if (!pused.contains(k)) report.contactCauses.add("spurious");
    }

    private static boolean sameTypeAndStatus(JsonNode p, JsonNode g) {
        return Objects.equals(text(p.get("type")), g.path("type").asText()) && status(p).equals(g.path("status").asText());
    }

    private static String status(JsonNode e) {
        return isText(e.get("status")) && !e.get("status").asText().isEmpty() ? e.get("status").asText() : "occurred";
    }

    private static Set<String> participants(JsonNode g) {
        Set<String> gs = new HashSet<>();
        for (JsonNode x : g.path("participants")) gs.add(x.asText());
        return gs;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        return union.isEmpty() ? 1.0 : (double) inter.size() / union.size();
    }

    public Scores result() {
        Double roleAcc = rN == 0 ? null : (double) rOk / rN;
        return new Scores(articles, Scores.Prf.of(pTp, pNp, pNg), cN == 0 ? null : (double) cOk / cN, roleAcc,
                Scores.Prf.of(eTp, eNp, eNg), eTp == 0 ? null : (double) dOk / eTp, eTp == 0 ? null : (double) plOk / eTp,
                Scores.Prf.of(sTp, sNp, sNg), Scores.Prf.of(tTp, tNp, tNg));
    }

    private static Map<Integer, Integer> matchPersons(List<JsonNode> pred, List<JsonNode> gold) {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < pred.size(); i++) {
            for (int j = 0; j < gold.size(); j++) {
                if (!used.contains(j) && samePerson(pred.get(i), gold.get(j))) {
                    m.put(i, j);
                    used.add(j);
                    break;
                }
            }
        }
        return m;
    }

    static boolean samePerson(JsonNode p, JsonNode g) {
        Set<String> pf = new HashSet<>(), gf = new HashSet<>();
        for (String f : forms(p)) pf.add(NameKey.of(f));
        for (String f : forms(g)) gf.add(NameKey.of(f));
        for (String f : pf) if (gf.contains(f)) return true;
        // containment with a shared last token («فیدان» ~ «هاکان فیدان»)
        for (String a : forms(p)) {
            for (String b : forms(g)) {
                String na = NameKey.of(a), nb = NameKey.of(b);
                if (Math.min(na.codePointCount(0, na.length()), nb.codePointCount(0, nb.length())) < 4) continue;
                if (na.contains(nb) || nb.contains(na)) {
                    List<String> ta = NameKey.tokens(a), tb = NameKey.tokens(b);
                    if (!ta.isEmpty() && !tb.isEmpty() && ta.get(ta.size() - 1).equals(tb.get(tb.size() - 1))) return true;
                }
            }
        }
        return false;
    }

    private static List<String> forms(JsonNode person) {
        List<String> out = new ArrayList<>();
        String name = text(person.get("name"));
        if (name != null && !name.isEmpty()) out.add(name);
        for (JsonNode a : person.path("aliases")) if (a.isTextual() && !a.asText().isEmpty()) out.add(a.asText());
        return out;
    }

    /** A two-letter upper-case participant is a country code; a name maps to the gold name it matched. */
    private static String mapped(String x, Map<String, String> pname) {
        if (x.length() == 2 && isUpper(x)) return x;
        String k = NameKey.of(x);
        return pname.getOrDefault(k, "?" + k);
    }

    private static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) cased = true;
        }
        return cased;
    }

    private static Set<List<String>> roles(JsonNode person) {
        Set<List<String>> out = new HashSet<>();
        for (JsonNode r : person.path("roles")) {
            if (r.isObject()) out.add(java.util.Arrays.asList(text(r.get("position")), text(r.get("portfolio")), text(r.get("country"))));
        }
        return out;
    }

    private static List<JsonNode> contacts(JsonNode events) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : objects(events)) if (!"statement".equals(text(e.get("type")))) out.add(e);
        return out;
    }

    private static Set<String> speakers(JsonNode events, Map<String, String> pname) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode e : objects(events)) {
            if (!"statement".equals(text(e.get("type")))) continue;
            JsonNode first = e.path("participants").path(0);
            if (first.isTextual()) out.add(pname == null ? first.asText() : mapped(first.asText(), pname));
        }
        return out;
    }

    private static String describe(JsonNode e) {
        List<String> ps = new ArrayList<>();
        for (JsonNode x : e.path("participants")) ps.add(x.asText());
        return text(e.get("type")) + "/" + text(e.get("status")) + " " + ps;
    }

    private static List<JsonNode> objects(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null && array.isArray()) for (JsonNode x : array) if (x.isObject()) out.add(x);
        return out;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        if (array != null && array.isArray()) for (JsonNode x : array) if (x.isTextual()) out.add(x.asText());
        return out;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static boolean isText(JsonNode n) {
        return n != null && n.isTextual();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.isTextual() ? n.asText() : n.toString();
    }
}
