package org.itkg.extract;

import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the days a sentence names and resolves them against the publication date: explicit dates in the
 * Solar Hijri or Gregorian calendar (month names or numbers), relative days («امروز», «روز گذشته»,
 * "yesterday") and weekdays. A weekday named with "today" is checked against the publication date; when
 * they disagree the weekday wins, since it is what the reporter wrote about the event.
 */
final class Dates {
    record Hit(int start, int end, LocalDate date) {}

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private final Lexicons lx;
    private final Map<String, int[]> months = new HashMap<>(); // word -> {calendar (0 persian, 1 gregorian), month 1-12}
    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{4})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?!\\d)");

    Dates(Lexicons lx) {
        this.lx = lx;
        StringBuilder alt = new StringBuilder();
        for (int cal = 0; cal < 2; cal++) {
            String[] names = cal == 0 ? lx.persianMonths : lx.gregorianMonths;
            for (int m = 0; m < 12; m++) {
                for (String w : names[m].split("\\|")) {
                    months.put(w.toLowerCase(Locale.ROOT), new int[] {cal, m + 1});
                }
            }
        }
        months.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .forEach(w -> alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(w)));
        String m = "(" + alt + ")";
        dayMonthYear = Pattern.compile("(?<!\\d)(\\d{1,2})(?:\\s*(?:ام|th|st|nd|rd|'?inci|\\.))?\\s*" + m
                + "(?![\\p{L}])(?:\\s*ماه)?(?:\\s*(?:سال|of)?\\s*(\\d{4})(?!\\d))?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        monthDayYear = Pattern.compile("(?<![\\p{L}])" + m + "\\s+(\\d{1,2})(?!\\d)(?:\\s*,?\\s*(\\d{4})(?!\\d))?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Dates named in {@code s[from, to)}; {@code future} resolves a bare weekday forward (planned events). */
    List<Hit> find(Scan scan, int from, int to, LocalDate published, boolean future) {
        String s = scan.text();
        List<Hit> out = new ArrayList<>();
        if (!hasDigit(s, from, to)) { // every explicit form has a day or a year in digits; the patterns are costly
            if (published != null) relative(scan, from, to, published, future, out);
            out.sort((x, y) -> Integer.compare(x.start, y.start));
            return out;
        }
        String region = s.substring(from, to);
        Matcher a = dayMonthYear.matcher(region);
        while (a.find()) {
            LocalDate d = explicit(a.group(2), a.group(1), a.group(3), published);
            if (d != null) out.add(new Hit(from + a.start(), from + a.end(), d));
        }
        Matcher b = monthDayYear.matcher(region);
        while (b.find()) {
            if (overlaps(out, from + b.start(), from + b.end())) continue;
            LocalDate d = explicit(b.group(1), b.group(2), b.group(3), published);
            if (d != null && months.get(b.group(1).toLowerCase(Locale.ROOT))[0] == 1)
                out.add(new Hit(from + b.start(), from + b.end(), d));
        }
        Matcher n = NUMERIC.matcher(region);
        while (n.find()) {
            LocalDate d = numeric(Integer.parseInt(n.group(1)), Integer.parseInt(n.group(2)), Integer.parseInt(n.group(3)));
            if (d != null && !overlaps(out, from + n.start(), from + n.end())) out.add(new Hit(from + n.start(), from + n.end(), d));
        }
        if (published != null) relative(scan, from, to, published, future, out);
        out.sort((x, y) -> Integer.compare(x.start, y.start));
        return out;
    }

    private void relative(Scan scan, int from, int to, LocalDate published, boolean future, List<Hit> out) {
        List<Gazetteer.Hit<DayOfWeek>> days = lx.weekdays.find(scan, from, to);
        for (Gazetteer.Hit<Integer> r : lx.relativeDays.find(scan, from, to)) {
            if (overlaps(out, r.start(), r.end())) continue;
            LocalDate d = published.plusDays(r.value());
            int end = r.end();
            for (Gazetteer.Hit<DayOfWeek> w : days) {
                if (w.start() >= r.end() && w.start() - r.end() <= 2) { // «امروز چهارشنبه», "yesterday (Monday)"
                    end = w.end();
                    if (d.getDayOfWeek() != w.value()) d = nearest(published, w.value(), future);
                }
            }
            out.add(new Hit(r.start(), end, d));
        }
        for (Gazetteer.Hit<DayOfWeek> w : days) {
            if (overlaps(out, w.start(), w.end()) || followedByDate(out, w.end())) continue;
            out.add(new Hit(w.start(), w.end(), nearest(published, w.value(), future)));
        }
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    private static LocalDate nearest(LocalDate published, DayOfWeek day, boolean future) {
        return published.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
    }

    private static boolean followedByDate(List<Hit> hits, int end) {
        for (Hit h : hits) if (h.start >= end && h.start - end <= 3) return true;
        return false;
    }

    private static boolean overlaps(List<Hit> hits, int start, int end) {
        for (Hit h : hits) if (start < h.end && h.start < end) return true;
        return false;
    }

    private LocalDate explicit(String monthWord, String dayText, String yearText, LocalDate published) {
        int[] cm = months.get(monthWord.toLowerCase(Locale.ROOT));
        if (cm == null) return null;
        int day = Integer.parseInt(dayText);
        if (day < 1 || day > 31) return null;
        boolean persian = cm[0] == 0;
        if (yearText != null) {
            int year = Integer.parseInt(yearText);
            return persian ? fromPersian(year, cm[1], day) : gregorian(year, cm[1], day);
        }
        if (published == null) return null;
        // No year: the occurrence nearest the publication date, not more than a few months ahead of it.
        int year = persian ? persianYear(published) : published.getYear();
        LocalDate best = null;
        for (int y = year - 1; y <= year + 1; y++) {
            LocalDate d = persian ? fromPersian(y, cm[1], day) : gregorian(y, cm[1], day);
            if (d == null) continue;
            if (best == null || Math.abs(d.toEpochDay() - published.toEpochDay()) < Math.abs(best.toEpochDay() - published.toEpochDay()))
                best = d;
        }
        return best;
    }

    private static LocalDate numeric(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) return null;
        if (year >= 1300 && year < 1500) return fromPersian(year, month, day);
        if (year >= 1900 && year < 2100) return gregorian(year, month, day);
        return null;
    }

    private static LocalDate gregorian(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static LocalDate fromPersian(int year, int month, int day) {
        if (day > (month <= 6 ? 31 : 30)) return null;
        PersianCalendar c = new PersianCalendar(UTC);
        c.clear();
        c.set(year, month - 1, day);
        return Instant.ofEpochMilli(c.getTimeInMillis()).atZone(ZoneOffset.UTC).toLocalDate();
    }

    static int persianYear(LocalDate d) {
        PersianCalendar c = new PersianCalendar(UTC);
        c.setTimeInMillis(d.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
        return c.get(PersianCalendar.YEAR);
    }
}
