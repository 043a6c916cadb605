package org.itkg.extract;

/** The two sides whose contacts the graph records. */
final class Sides {
    private Sides() {}

    static boolean isSide(String country) {
        return "IR".equals(country) || "TR".equals(country);
    }

    static String other(String country) {
        return "IR".equals(country) ? "TR" : "TR".equals(country) ? "IR" : null;
    }
}
