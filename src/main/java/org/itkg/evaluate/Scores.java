package org.itkg.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Micro-averaged scores over a set of articles, as the extraction contract defines them. */
public record Scores(int articles, Prf persons, Double personCountryAcc, Double roleAcc, Prf contacts,
                     Double eventDateAcc, Double eventPlaceAcc, Prf statements, Prf topics) {

    public record Prf(double p, double r, double f1) {
        static Prf of(int tp, int predicted, int gold) {
            double p = predicted > 0 ? (double) tp / predicted : gold == 0 ? 1.0 : 0.0;
            double r = gold > 0 ? (double) tp / gold : predicted == 0 ? 1.0 : 0.0;
            return new Prf(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
        }
    }

    /** The mean of persons F1, role accuracy, contacts F1, statements F1 and topics F1. */
    public double overall() {
        return (persons.f1 + (roleAcc == null ? 0.0 : roleAcc) + contacts.f1 + statements.f1 + topics.f1) / 5;
    }

    public String table() {
        return "articles " + articles + "\n"
                + "persons  P " + f(persons.p) + " R " + f(persons.r) + " F1 " + f(persons.f1)
                + "  country acc " + f(personCountryAcc) + "  role acc " + f(roleAcc) + "\n"
                + "contacts P " + f(contacts.p) + " R " + f(contacts.r) + " F1 " + f(contacts.f1)
                + "  date acc " + f(eventDateAcc) + "  place acc " + f(eventPlaceAcc) + "\n"
                + "statements P " + f(statements.p) + " R " + f(statements.r) + " F1 " + f(statements.f1) + "\n"
                + "topics   P " + f(topics.p) + " R " + f(topics.r) + " F1 " + f(topics.f1) + "\n"
                + "overall " + f(overall()) + "\n";
    }

    public ObjectNode json() {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("articles", articles);
        prf(o.putObject("persons"), persons);
        o.put("person_country_acc", personCountryAcc);
        o.put("role_acc", roleAcc);
        prf(o.putObject("contacts"), contacts);
        prf(o.putObject("statements"), statements);
        o.put("event_date_acc", eventDateAcc);
        o.put("event_place_acc", eventPlaceAcc);
        prf(o.putObject("topics"), topics);
        o.put("overall", overall());
        return o;
    }

    private static void prf(ObjectNode o, Prf x) {
        o.put("p", x.p);
        o.put("r", x.r);
        o.put("f1", x.f1);
    }

    private static String f(Double x) {
        return x == null ? "—" : String.format(Locale.ROOT, "%.3f", x);
    }
}
