package org.itkg.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What the endpoint says of one item: labels and aliases, classes, states, offices with their periods, life. */
final class Item {
    /** One office the item held (P39), with its period where the statement gives one. */
    record Office(String item, String label, LocalDate start, LocalDate end) {
        boolean heldOn(LocalDate d) {
            return (start != null || end != null) && (start == null || !d.isBefore(start)) && (end == null || !d.isAfter(end));
        }
    }

    final String iri;
    /** label or alias text → its language */
    final Map<String, String> labels = new LinkedHashMap<>();
    final Set<String> types = new TreeSet<>();
    final Set<String> citizenship = new TreeSet<>();
    final Set<String> countries = new TreeSet<>();
    final List<Office> offices = new ArrayList<>();
    LocalDate born, died;

    Item(String iri) {
        this.iri = iri;
    }

    /** Adds an office, or its label or period to the one already known by that item. */
    void office(String position, String label, LocalDate start, LocalDate end) {
        for (int i = 0; i < offices.size(); i++) {
            Office o = offices.get(i);
            if (!o.item().equals(position)) continue;
            boolean samePeriod = (start == null && end == null) || (o.start() == null && o.end() == null)
                    || (java.util.Objects.equals(o.start(), start) && java.util.Objects.equals(o.end(), end));
            if (!samePeriod) continue;
            offices.set(i, new Office(position, o.label() != null ? o.label() : label,
                    o.start() != null ? o.start() : start, o.end() != null ? o.end() : end));
            return;
        }
        offices.add(new Office(position, label, start, end));
    }
}
