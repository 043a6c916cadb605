package org.itkg.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * A contact between the two sides, or a statement by one official, as one article reports it.
 *
 * @param type         meeting, phone-call, video-conference, visit, agreement, joint-commission,
 *                     multilateral-meeting or statement
 * @param status       occurred or planned
 * @param date         the day, where the text and publication date fix it; else null
 * @param place        English name of the city (or country) where it took place; else null
 * @param participants who took part; a statement's first participant is its speaker
 * @param topics       topic codes
 * @param evidence     the sentence that reports it
 * @param quotes       for a statement: the sentences that carry the speaker's words
 */
public record Event(String type, String status, LocalDate date, String place, List<Participant> participants,
                    List<String> topics, Evidence evidence, List<Evidence> quotes) {
    public static final List<String> TYPES = List.of("meeting", "phone-call", "video-conference", "visit", "agreement",
            "joint-commission", "multilateral-meeting", "statement");
}
