package org.itkg.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the recognisers use, read once from the JSON files in {@code lexicon/} beside this class.
 * Every language's terms go into one gazetteer per concern: the scripts rarely collide, and a new language
 * is new entries in the files, not new code.
 */
final class Lexicons {
    record Title(String position, String portfolio, boolean plural) {
        Title(String position, String portfolio) {
            this(position, portfolio, false);
        }
    }

    record KnownPerson(String id, String country, String english) {}

    record Place(String name, String country, double lat, double lon, boolean isCountry) {}

    final Gazetteer<Title> titles = new Gazetteer<>();
    final Gazetteer<String> portfolioCues = new Gazetteer<>();
    /** «این کشور» after a title, "the country's" before one: the state named last (titles.json, country-anaphora). */
    final Gazetteer<Boolean> countryAnaphoraAfter = new Gazetteer<>();
    final Gazetteer<Boolean> countryAnaphoraBefore = new Gazetteer<>();
    final Gazetteer<String> countries = new Gazetteer<>();
    final Gazetteer<Place> places = new Gazetteer<>(false);
    final Map<String, Location> locations = new HashMap<>();
    final Gazetteer<KnownPerson> persons = new Gazetteer<>(false);
    final Set<String> knownIds = new HashSet<>();
    final Gazetteer<Boolean> givenNames = new Gazetteer<>(false);
    final Gazetteer<Boolean> particles = new Gazetteer<>();
    final Gazetteer<Boolean> honorifics = new Gazetteer<>();
    final Set<String> stopWords = new HashSet<>();
    final Gazetteer<String> triggers = new Gazetteer<>();
    final Map<String, Integer> precedence = new HashMap<>();
    final Gazetteer<Boolean> sessions = new Gazetteer<>();
    final Gazetteer<Boolean> jointBodies = new Gazetteer<>();
    /**
     * Words that only a few sentences have, in one gazetteer so that a sentence is searched for them once:
     * a standing body ({@link #STANDING_BODY}), a trilateral word ({@link #TRILATERAL}), a word an arrival
     * needs ({@link #ARRIVAL}), a verb of receiving whose guest is named before it ({@link #GUEST_BEFORE}) or
     * after it ({@link #GUEST_AFTER}), a word that makes a session regular ({@link #PERIODIC}), "on the sidelines of" ({@link #SIDELINES}), a word of inviting ({@link #INVITING}), a ceremony ({@link #CEREMONY}) and those present at it ({@link #PRESENCE}).
     */
    final Gazetteer<String> cues = new Gazetteer<>();
    /** events.json, destination: the words before and the case endings on a trip's destination. */
    final Gazetteer<Boolean> destinationBefore = new Gazetteer<>();
    final Map<String, List<String>> destinationEndings = new HashMap<>();
    /** Per language, the case endings a guest's name carries before a verb of receiving (events.json, reception); empty: none. */
    final Map<String, List<String>> guestEndings = new HashMap<>();
    /** «فرودگاه», "airport", «girişte»: a welcome there greets a visitor on arrival (events.json, reception). */
    final Gazetteer<Boolean> onArrival = new Gazetteer<>();
    /** Case endings on a one-word event noun that make it refer back (events.json, case-anaphora). */
    final List<String> caseAnaphora = new ArrayList<>();
    /** Words that make a meeting the purpose of a trip: right before the trigger, or right after it. */
    final Gazetteer<Boolean> purposeBefore = new Gazetteer<>(), purposeAfter = new Gazetteer<>();
    static final String STANDING_BODY = "standing-body", TRILATERAL = "trilateral", ARRIVAL = "arrival",
            GUEST_BEFORE = "guest-before", GUEST_AFTER = "guest-after", PERIODIC = "periodic", SIDELINES = "sidelines", INVITING = "inviting", CEREMONY = "ceremony", PRESENCE = "presence";
    /**
     * How a language tells of arriving at a place (events.json, arrival): every part it lists must be there,
     * a word before the place, a case ending on it, a word after it.
     */
    record Arrival(Gazetteer<Boolean> before, Gazetteer<Boolean> after, List<String> endings) {}
    final List<Arrival> arrivals = new ArrayList<>();

    /** Endings of the future tense (Turkish -ecek/-acak), lower-cased: a word carrying one announces what it says. */
    final Map<String, List<String>> futureEndings = new HashMap<>();
    /** events.json, present-announces: the imperfective prefix, the light verbs' present stems, the nouns they follow. */
    final Map<String, String> presentPrefix = new HashMap<>();
    final Set<String> presentStems = new HashSet<>();
    final Gazetteer<Boolean> presentAfter = new Gazetteer<>();
    /** Languages that write ordinals with a period («98. Toplantı»): such a period ends no sentence. */
    final Set<String> periodOrdinals = new HashSet<>();
    /** languages.json: the state of an office the text names none for, per language. */
    final Map<String, String> homeStates = new HashMap<>();
    /** languages.json: the languages whose names stand before their titles. */
    final Set<String> nameBeforeTitle = new HashSet<>();
    /** languages.json: the languages whose words of planning announce only the contacts of their own clause. */
    final Set<String> announceInClause = new HashSet<>();
    /** languages.json: the languages whose state follows the noun it qualifies («وزارت خارجه ترکیه»). */
    final Set<String> stateAfterNoun = new HashSet<>();
    /** languages.json: the languages whose news tells a bilateral meeting by a session noun («جلسه», «toplantı»). */
    final Set<String> sessionAsMeeting = new HashSet<>();
    final Gazetteer<Boolean> multilateral = new Gazetteer<>();
    final Set<String> anaphora = new HashSet<>();
    final Gazetteer<Boolean> planned = new Gazetteer<>();
    final Gazetteer<Boolean> cancelled = new Gazetteer<>();
    final Gazetteer<Boolean> counterpart = new Gazetteer<>();
    /** titles.json, epithet-glue: words that may stand between a name and its titles ({@link Epithets}). */
    final Set<String> epithetGlue = new HashSet<>();
    final Gazetteer<Boolean> delegation = new Gazetteer<>();
    final Gazetteer<Boolean> bothSides = new Gazetteer<>();
    /** bodies.json: a state's institutions and sides, which stand for the state named beside them. */
    /** titles.json, deputy: the deputy's position of an office, and the words that make an office its deputy's. */
    final Map<String, String> deputyOf = new HashMap<>();
    final Gazetteer<Boolean> deputyBefore = new Gazetteer<>(), deputyAfter = new Gazetteer<>();
    /** titles.json, former: the words that make an office a past one, before or after the title. */
    final Gazetteer<Boolean> formerBefore = new Gazetteer<>(), formerAfter = new Gazetteer<>();
    final Gazetteer<Boolean> bodies = new Gazetteer<>(), media = new Gazetteer<>();
    final Gazetteer<Boolean> ledBy = new Gazetteer<>(), ledByAfter = new Gazetteer<>();
    final Gazetteer<Boolean> signing = new Gazetteer<>();
    final Gazetteer<Boolean> declarations = new Gazetteer<>();
    final Gazetteer<Boolean> relative = new Gazetteer<>();
    final Gazetteer<Boolean> invitation = new Gazetteer<>();
    final Gazetteer<Boolean> sequence = new Gazetteer<>();
    final Gazetteer<Boolean> reference = new Gazetteer<>();
    final Gazetteer<Boolean> accompany = new Gazetteer<>();
    final Gazetteer<Boolean> farewell = new Gazetteer<>();
    final Gazetteer<Boolean> firstPerson = new Gazetteer<>(false);
    final Gazetteer<Boolean> attendance = new Gazetteer<>();
    final Gazetteer<Boolean> message = new Gazetteer<>();
    final Gazetteer<Boolean> speechVerbs = new Gazetteer<>();
    /** speech.json: the agent of a passive verb of saying after («از سوی X») or before («X tarafından») a word; relative pronouns; "and". */
    final Gazetteer<Boolean> passiveSpeech = new Gazetteer<>(), agentBefore = new Gazetteer<>(), agentAfter = new Gazetteer<>(), relativeSubject = new Gazetteer<>(),
            conjunctions = new Gazetteer<>();
    /** «به گفته X», "according to X" (speaker after), «X'e göre» (speaker before): speech.json, according-to. */
    final Gazetteer<Boolean> accordingToAfter = new Gazetteer<>(), accordingToBefore = new Gazetteer<>();
    final Gazetteer<Boolean> pronouns = new Gazetteer<>(false);
    final Gazetteer<Integer> relativeDays = new Gazetteer<>();
    final Gazetteer<DayOfWeek> weekdays = new Gazetteer<>();
    final String[] persianMonths = new String[12];
    final String[] gregorianMonths = new String[12];
    final Gazetteer<String> topics = new Gazetteer<>();
    /** A topic's code as the topics gazetteer gives it for a word that names the topic only in passing (topics.json, _doc_weak). */
    static final String WEAK = "~";

    private static volatile Lexicons instance;

    static Lexicons get() {
        Lexicons l = instance;
        if (l == null) {
            synchronized (Lexicons.class) {
                if (instance == null) instance = new Lexicons();
                l = instance;
            }
        }
        return l;
    }

    private Lexicons() {
        JsonNode titleFile = read("titles");
        for (JsonNode t : titleFile.get("titles"))
            addAll(titles, t, new Title(t.get("position").asText(), textOrNull(t, "portfolio"),
                    t.path("plural").asBoolean(false)));
        titleFile.get("portfolios").fields().forEachRemaining(e -> addAll(portfolioCues, e.getValue(), e.getKey()));
        addAll(countryAnaphoraAfter, titleFile.get("country-anaphora").get("after"), true);
        titleFile.get("deputy").get("of").fields().forEachRemaining(e -> deputyOf.put(e.getKey(), e.getValue().asText()));
        addAll(deputyBefore, titleFile.get("deputy").get("before"), true);
        addAll(deputyAfter, titleFile.get("deputy").get("after"), true);
        addAll(formerBefore, titleFile.get("former").get("before"), true);
        addAll(formerAfter, titleFile.get("former").get("after"), true);
        addAll(countryAnaphoraBefore, titleFile.get("country-anaphora").get("before"), true);
        forEachTerm(titleFile.get("epithet-glue"), w -> epithetGlue.add(Normalizer.term(w).toLowerCase(Locale.ROOT)));
        for (JsonNode c : read("countries").get("countries")) addAll(countries, c, c.get("code").asText());
        JsonNode bodyFile = read("bodies");
        addAll(bodies, bodyFile.get("bodies"), true);
        addAll(media, bodyFile.get("media"), true);
        for (JsonNode p : read("places").get("places")) {
            Place place = new Place(p.get("name").asText(), p.get("country").asText(), p.get("lat").asDouble(),
                    p.get("long").asDouble(), "country".equals(textOrNull(p, "kind")));
            addAll(places, p, place);
            locations.put(place.name(), new Location(place.name(), place.country(), place.lat(), place.lon(), place.isCountry()));
        }
        JsonNode names = read("names");
        addAll(givenNames, names.get("given"), true);
        addAll(particles, names.get("particles"), true);
        addAll(honorifics, names.get("honorifics"), true);
        forEachTerm(names.get("stop"), s -> stopWords.add(key(s)));

        for (JsonNode p : read("persons").get("persons")) {
            KnownPerson known = new KnownPerson(p.get("id").asText(), p.get("country").asText(), p.path("en").path(0).asText(null));
            addAll(persons, p, known);
            // a holder of national standing is named by the surname alone («فیدان», "Fidan") where the
            // surname is no given name or common word
            forEachTerm(p, name -> {
                String surname = knownSurname(name);
                if (surname != null) persons.add(surname, known);
            });
            knownIds.add(p.get("id").asText());
        }

        JsonNode ev = read("events");
        int rank = 0;
        for (JsonNode t : ev.get("precedence")) precedence.put(t.asText(), rank++);
        ev.get("triggers").fields().forEachRemaining(e -> addAll(triggers, e.getValue(), e.getKey()));
        addAll(sessions, ev.get("session"), true);
        addAll(jointBodies, ev.get("joint-bodies"), true);
        addAll(cues, ev.get("standing-bodies"), STANDING_BODY);
        forEachTerm(ev.get("case-anaphora"), e -> caseAnaphora.add(e.toLowerCase(Locale.ROOT)));
        addAll(purposeBefore, ev.get("purpose").get("before"), true);
        addAll(purposeAfter, ev.get("purpose").get("after"), true);
        addAll(cues, ev.get("trilateral"), TRILATERAL);
        addAll(cues, ev.get("periodic"), PERIODIC);
        addAll(cues, ev.get("sidelines"), SIDELINES);
        addAll(cues, ev.get("inviting"), INVITING);
        addAll(cues, ev.get("ceremony"), CEREMONY);
        addAll(cues, ev.get("presence"), PRESENCE);
        ev.get("destination").fields().forEachRemaining(e -> {
            for (JsonNode w : e.getValue().get("before")) destinationBefore.add(w.asText(), true);
            List<String> endings = new ArrayList<>();
            for (JsonNode w : e.getValue().get("endings")) endings.add(w.asText());
            destinationEndings.put(e.getKey(), endings);
        });
        ev.get("reception").fields().forEachRemaining(e -> {
            String side = e.getValue().get("guest").asText().equals("before") ? GUEST_BEFORE : GUEST_AFTER;
            for (JsonNode w : e.getValue().get("verbs")) cues.add(w.asText(), side);
            List<String> endings = new ArrayList<>();
            for (JsonNode w : e.getValue().path("guest-endings")) endings.add(w.asText());
            guestEndings.put(e.getKey(), endings);
            for (JsonNode w : e.getValue().path("on-arrival")) onArrival.add(w.asText(), true);
        });
        ev.get("arrival").fields().forEachRemaining(l -> {
            if (!l.getValue().isObject()) return;
            Arrival arrival = new Arrival(new Gazetteer<>(), new Gazetteer<>(), new ArrayList<>());
            for (JsonNode w : l.getValue().get("before")) arrival.before().add(w.asText(), true);
            for (JsonNode w : l.getValue().get("after")) arrival.after().add(w.asText(), true);
            // every word an arrival needs, in any language: a sentence without one tells of none
            for (JsonNode w : l.getValue().get(l.getValue().get("before").isEmpty() ? "after" : "before")) cues.add(w.asText(), ARRIVAL);
            for (JsonNode w : l.getValue().get("endings")) arrival.endings().add(Normalizer.term(w.asText()));
            // the longest ending first, so that «'ya» is tried before «a»
            arrival.endings().sort(Comparator.comparingInt(String::length).reversed());
            arrivals.add(arrival);
        });
        ev.get("future-endings").fields().forEachRemaining(l -> {
            List<String> endings = new ArrayList<>();
            for (JsonNode e : l.getValue()) endings.add(e.asText().toLowerCase(Locale.ROOT));
            futureEndings.put(l.getKey(), endings);
        });
        ev.get("present-announces").fields().forEachRemaining(e -> {
            presentPrefix.put(e.getKey(), e.getValue().get("prefix").asText());
            for (JsonNode stem : e.getValue().get("stems")) presentStems.add(stem.asText());
            for (JsonNode w : e.getValue().get("after")) presentAfter.add(w.asText(), true);
        });
        for (JsonNode l : ev.get("period-ordinals")) periodOrdinals.add(l.asText());
        read("languages").get("languages").fields().forEachRemaining(e -> {
            String home = textOrNull(e.getValue(), "home-state");
            if (home != null) homeStates.put(e.getKey(), home);
            if (e.getValue().path("name-before-title").asBoolean(false)) nameBeforeTitle.add(e.getKey());
            if ("clause".equals(textOrNull(e.getValue(), "announce-in"))) announceInClause.add(e.getKey());
            if (e.getValue().path("state-after-noun").asBoolean(false)) stateAfterNoun.add(e.getKey());
            if (e.getValue().path("session-as-meeting").asBoolean(false)) sessionAsMeeting.add(e.getKey());
        });
        addAll(multilateral, ev.get("multilateral"), true);
        forEachTerm(ev.get("anaphora"), s -> anaphora.add(key(s)));
        addAll(planned, ev.get("planned"), true);
        addAll(cancelled, ev.get("cancelled"), true);
        addAll(counterpart, ev.get("counterpart"), true);
        addAll(delegation, ev.get("delegation"), true);
        addAll(bothSides, ev.get("both-sides"), true);
        addAll(ledBy, ev.get("led-by"), true);
        addAll(ledByAfter, ev.get("led-by-after"), true);
        addAll(signing, ev.get("signing"), true);
        addAll(declarations, ev.get("declarations"), true);
        addAll(relative, ev.get("relative"), true);
        addAll(invitation, ev.get("invitation"), true);
        addAll(sequence, ev.get("sequence"), true);
        addAll(reference, ev.get("reference"), true);
        addAll(accompany, ev.get("accompany"), true);
        addAll(farewell, ev.get("farewell"), true);
        addAll(firstPerson, ev.get("first-person"), true);
        addAll(attendance, ev.get("attendance"), true);
        addAll(message, ev.get("message"), true);

        JsonNode speech = read("speech");
        addAll(speechVerbs, speech.get("verbs"), true);
        addAll(accordingToAfter, speech.get("according-to").get("after"), true);
        addAll(accordingToBefore, speech.get("according-to").get("before"), true);
        addAll(passiveSpeech, speech.get("passive"), true);
        addAll(agentBefore, speech.get("agent").get("before"), true);
        addAll(agentAfter, speech.get("agent").get("after"), true);
        addAll(relativeSubject, speech.get("relative"), true);
        addAll(conjunctions, speech.get("and"), true);
        speech.path("light-verb-compounds").fields().forEachRemaining(lang -> {
            if (!lang.getValue().isObject()) return;
            for (JsonNode noun : lang.getValue().get("nouns"))
                for (JsonNode light : lang.getValue().get("light")) speechVerbs.add(noun.asText() + " " + light.asText(), true);
        });
        addAll(pronouns, speech.get("pronouns"), true);

        JsonNode dates = read("dates");
        dates.get("relative").fields().forEachRemaining(e -> addAll(relativeDays, e.getValue(), Integer.parseInt(e.getKey())));
        dates.get("weekdays").fields().forEachRemaining(e ->
                addAll(weekdays, e.getValue(), DayOfWeek.of(Integer.parseInt(e.getKey()))));
        for (int i = 0; i < 12; i++) {
            persianMonths[i] = Normalizer.term(dates.get("months").get("persian").get(i).asText());
            gregorianMonths[i] = Normalizer.term(dates.get("months").get("gregorian").get(i).asText());
        }
        JsonNode topicLexicon = read("topics");
        topicLexicon.get("topics").fields().forEachRemaining(e -> addAll(topics, e.getValue(), e.getKey()));
        // one gazetteer for both, so that a sentence is searched once: a weak word's value is its code after WEAK
        topicLexicon.path("weak").fields().forEachRemaining(e -> addAll(topics, e.getValue(), WEAK + e.getKey()));
    }

    /** Lower-cased normalised form, for set look-ups of single words. */
    static String key(String s) {
        return Normalizer.term(s).toLowerCase(Locale.ROOT);
    }

    /**
     * {@link #key} of the word {@code text[from, to)} of normalised text: normalising it again would change
     * nothing and a word has no spaces to strip, so only the case is folded. Persons and events look up
     * nearly every word of an article this way.
     */
    static String wordKey(String text, int from, int to) {
        return text.substring(from, to).toLowerCase(Locale.ROOT);
    }

    private static JsonNode read(String name) {
        String path = "lexicon/" + name + ".json";
        try (InputStream in = Lexicons.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("lexicon missing from the classpath: " + path);
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }

    /** Adds every term of every language array in {@code node} (fields fa, en, tr, ...). */
    /** The last word of a known holder's full name, if it can stand alone: long enough, no given name, particle or common word. */
    private String knownSurname(String name) {
        List<String> words = Names.tokens(name);
        if (words.size() < 2) return null;
        String last = words.get(words.size() - 1);
        if (Names.key(last).length() < 4 || stopWords.contains(key(last))) return null;
        if (givenNames.longestAt(last, 0, last.length()) != null || particles.longestAt(last, 0, last.length()) != null) return null;
        return last;
    }

    private static <T> void addAll(Gazetteer<T> g, JsonNode node, T value) {
        forEachTerm(node, s -> g.add(s, value));
    }

    private static void forEachTerm(JsonNode node, java.util.function.Consumer<String> f) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            JsonNode v = it.next().getValue();
            if (v.isArray()) for (JsonNode s : v) f.accept(s.asText());
        }
    }

    private static String textOrNull(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
