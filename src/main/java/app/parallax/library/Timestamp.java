package app.parallax.library;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that only says when an article was published or updated, such as
 * "Updated January 29th, 2022 at 16:40 IST", "Published: 09 Sep 2013 11:25 GMT+02:00" or "Posted at 7:06".
 * Such lines are recognised strictly (every word must be a date, a time or a timestamp word) so that a
 * sentence mentioning a date is never taken for one.
 */
record Timestamp(List<LocalDate> dates) {

    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>\\d{4})";
    private static final List<Pattern> DATES = List.of(
            Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE),
            // An ISO date may run straight into a time: "2022-01-28T16:40:00Z".
            Pattern.compile("(?<!\\d)(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?!\\d)"));
    private static final Pattern TIME = Pattern.compile(
            "\\b\\d{1,2}(?::\\d{2}){1,2}\\s*(?:[ap]\\.?m\\.?)?|\\b\\d{1,2}\\s*[ap]\\.?m\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,|@/()+·•:–—-]+");
    private static final Pattern TIME_ZONE = Pattern.compile("[A-Z]{1,5}");
    private static final Set<String> WORDS = Set.of(
            "updated", "update", "published", "posted", "modified", "last", "first", "at", "on", "date", "time",
            "am", "pm", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
    /** A timestamp is a short line; a long one is a sentence that happens to contain a date. */
    private static final int MAX_LENGTH = 80;

    Timestamp {
        dates = List.copyOf(dates);
    }

    /** The line as a timestamp, if it is one: at least a date or a time, and nothing but timestamp words. */
    static Optional<Timestamp> of(String line) {
        String rest = line.strip();
        if (rest.isEmpty() || rest.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        List<LocalDate> dates = new ArrayList<>();
        for (Pattern pattern : DATES) {
            Matcher m = pattern.matcher(rest);
            while (m.find()) {
                toDate(m).ifPresent(dates::add);
            }
            rest = m.replaceAll(" ");
        }
        String withoutTimes = TIME.matcher(rest).replaceAll(" ");
        boolean hasTime = !withoutTimes.equals(rest);
        if ((dates.isEmpty() && !hasTime) || !onlyTimestampWords(withoutTimes)) {
            return Optional.empty();
        }
        return Optional.of(new Timestamp(dates));
    }

    /** A date value as people write it ("2022-01-28", "January 28, 2022", "28 Jan 2022"), as in front matter. */
    static Optional<LocalDate> parseDate(String value) {
        for (Pattern pattern : DATES) {
            Matcher m = pattern.matcher(value.strip());
            if (m.lookingAt()) {
                return toDate(m);
            }
        }
        return Optional.empty();
    }

    private static boolean onlyTimestampWords(String rest) {
        for (String token : SEPARATORS.split(rest.strip())) {
            String word = token.replace(".", "");
            boolean ok = word.isEmpty()
                    || WORDS.contains(word.toLowerCase(Locale.ROOT))
                    || TIME_ZONE.matcher(word).matches()
                    || word.chars().allMatch(Character::isDigit) && word.length() <= 4;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Optional<LocalDate> toDate(Matcher m) {
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group("year")), month(m.group("month")), Integer.parseInt(m.group("day"))));
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 30th": not a date after all
        }
    }

    private static int month(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return Integer.parseInt(text);
        }
        String prefix = text.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(prefix) + 1;
    }
}
