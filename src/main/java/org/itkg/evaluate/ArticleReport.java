package org.itkg.evaluate;

import java.util.ArrayList;
import java.util.List;

/** What one article's extraction missed and added, for reading errors one article at a time. */
public final class ArticleReport {
    final String id;
    int[] persons, contacts, statements, topics; // matched, gold, predicted
    int contactsMatched;
    final List<String> missedPersons = new ArrayList<>(), extraPersons = new ArrayList<>();
    final List<String> wrongCountry = new ArrayList<>(), wrongRoles = new ArrayList<>();
    final List<String> missedContacts = new ArrayList<>(), extraContacts = new ArrayList<>();
    final List<String> wrongDates = new ArrayList<>(), wrongPlaces = new ArrayList<>();
    final List<String> missedSpeakers = new ArrayList<>(), extraSpeakers = new ArrayList<>();
    final List<String> missedTopics = new ArrayList<>(), extraTopics = new ArrayList<>();
    /** Why each gold contact was not matched (missed, type, status, participants), and "spurious" per extra prediction. */
    final List<String> contactCauses = new ArrayList<>();

    ArticleReport(String id) {
        this.id = id;
    }

    /** A summary line, then one indented line per kind of error. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(id).append(": persons ").append(count(persons)).append(", contacts ").append(count(contacts))
                .append(", statements ").append(count(statements)).append(", topics ").append(count(topics)).append('\n');
        line(b, "missed persons", missedPersons);
        line(b, "extra persons", extraPersons);
        line(b, "wrong country", wrongCountry);
        line(b, "wrong roles", wrongRoles);
        line(b, "missed contacts", missedContacts);
        line(b, "extra contacts", extraContacts);
        line(b, "wrong dates", wrongDates);
        line(b, "wrong places", wrongPlaces);
        line(b, "missed speakers", missedSpeakers);
        line(b, "extra speakers", extraSpeakers);
        line(b, "missed topics", missedTopics);
        line(b, "extra topics", extraTopics);
        return b.toString();
    }

    private static String count(int[] c) {
        return c[0] + "/" + c[1] + " (extracted " + c[2] + ")";
    }

    private static void line(StringBuilder b, String what, List<String> items) {
        if (!items.isEmpty()) b.append("  ").append(what).append(": ").append(String.join("; ", items)).append('\n');
    }
}
