package org.itkg.resolve;

/** Two keys that may name one thing, kept apart because the evidence does not decide; for an analyst to review. */
public record Candidate(String left, String right, String reason) {}
