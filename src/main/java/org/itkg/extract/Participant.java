package org.itkg.extract;

/** One side of an event: a named person, or a state (ISO alpha-2) when no one of that side is named. */
public record Participant(Person person, String country) {
    static Participant of(Person p) {
        return new Participant(p, null);
    }

    static Participant of(String country) {
        return new Participant(null, country);
    }

    /** The participant as the gold format writes it: the person's name or the country code. */
    public String label() {
        return person != null ? person.name() : country;
    }
}
