package org.itkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A person being assembled while an article is read; frozen into a {@link Person} at the end. */
final class PersonDraft {
    String name;
    final Set<String> forms = new LinkedHashSet<>();
    String knownId;
    String english;
    String knownCountry;
    String inferredCountry;
    final List<Role> roles = new ArrayList<>();
    final List<Evidence> mentions = new ArrayList<>();
    int firstMention = Integer.MAX_VALUE;
    /** Named with a past office only ("former ambassador"): no official, so no statement of a side. */
    boolean former;

    PersonDraft(String name) {
        this.name = name;
        forms.add(name);
    }

    String country() {
        if (!roles.isEmpty() && roles.get(0).country() != null) return roles.get(0).country();
        return knownCountry != null ? knownCountry : inferredCountry;
    }

    void addRole(Role r) {
        for (Role have : roles) if (have.sameOffice(r)) return;
        roles.add(r);
    }

    boolean hasRole(Lexicons.Title t, String country) {
        for (Role r : roles)
            if (r.position().equals(t.position()) && Objects.equals(r.portfolio(), t.portfolio())
                    && Objects.equals(r.country(), country)) return true;
        return false;
    }

    Person freeze() {
        List<String> aliases = new ArrayList<>();
        String nameKey = Names.key(name);
        Set<String> seen = new HashSet<>();
        seen.add(nameKey);
        for (String f : forms) if (seen.add(Names.key(f))) aliases.add(f);
        // an office the text gave no state for is of its holder's state, where that is known otherwise
        String state = country();
        List<Role> offices = new ArrayList<>();
        for (Role r : roles) offices.add(r.country() == null && state != null ? new Role(r.position(), r.portfolio(), state, r.evidence()) : r);
        return new Person(name, List.copyOf(aliases), state, List.copyOf(offices), List.copyOf(mentions), knownId, english);
    }
}
