package org.itkg.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Labels of event types, states and statuses in a language ({@code labels.json}); a code without one stays a code. */
final class Labels {
    private static final JsonNode LABELS = load();

    private Labels() {}

    static String type(String code, String lang) {
        return label("types", code, lang);
    }

    /** A participant: a person's name stays, a state's code becomes the state's name. */
    static String participant(String nameOrCode, String lang) {
        return label("states", nameOrCode, lang);
    }

    static String status(String code, String lang) {
        return label("status", code, lang);
    }

    static String undated(String lang) {
        return LABELS.path("undated").path(lang).asText("undated");
    }

    static JsonNode all() {
        return LABELS;
    }

    private static String label(String kind, String code, String lang) {
        if (code == null) return null;
        JsonNode l = LABELS.path(kind).path(code).path(lang);
        return l.isTextual() ? l.asText() : code;
    }

    private static JsonNode load() {
        try (InputStream in = Labels.class.getResourceAsStream("labels.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
