package app.parallax.text;

import app.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the figures (numbers, dates, weekdays, years) a stretch of text states. */
public final class Figures {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final String HEDGE = "(?:more than|over|some|about|around|nearly|almost|at least|up to"
            + "|fewer than|less than|roughly|approximately|an estimated|as many as|close to|under|just over)";
    private static final Pattern DATE = Pattern.compile(
            "\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})\\s+(" + MONTHS + ")\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b(?!\\s*(?:%|percent|per cent))");
    private static final Pattern NUMBER = Pattern.compile(
            "(?i:\\b(" + HEDGE + ")\\s+)?(?<![\\w.,])(\\$|£|€)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)"
                    + "(?:\\s*(million|billion|trillion|thousand|m|bn)\\b)?(\\s*(?:%|percent|per cent))?");
    private static final Pattern WORD_NUMBER = Pattern.compile(
            "(?i:\\b(" + HEDGE + ")\\s+)?\\b(?i:(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
                    + "|thirty|forty|fifty|hundred|dozens?|hundreds|thousands))\\b");

    public List<Figure> find(String text, Span within) {
        List<Figure> figures = new ArrayList<>();
        String s = within.text();
        int base = within.start();
        List<int[]> taken = new ArrayList<>();
        Matcher m = DATE.matcher(s);
        while (m.find()) {
            String month = (m.group(1) != null ? m.group(1) : m.group(4)).toLowerCase(Locale.ROOT);
            String day = m.group(2) != null ? m.group(2) : m.group(3);
            add(text, base, m.start(), m.end(), Figure.Kind.DATE, month.substring(0, 3) + " " + day, "", figures, taken);
        }
        m = WEEKDAY.matcher(s);
        while (m.find()) {
            add(text, base, m.start(), m.end(), Figure.Kind.WEEKDAY, m.group(1).toLowerCase(Locale.ROOT), "",
                    figures, taken);
        }
        m = YEAR.matcher(s);
        while (m.find()) {
            add(text, base, m.start(), m.end(), Figure.Kind.YEAR, m.group(1), "", figures, taken);
        }
        m = NUMBER.matcher(s);
        while (m.find()) {
            if (isPartOfWord(s, m.start(3), m.end(3))) {
                continue;
            }
            String value = (m.group(2) == null ? "" : m.group(2)) + m.group(3).replace(",", "")
                    + (m.group(4) == null ? "" : " " + m.group(4).toLowerCase(Locale.ROOT))
                    + (m.group(5) == null ? "" : "%");
            String hedge = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            add(text, base, m.start(), m.end(), Figure.Kind.NUMBER, value, hedge, figures, taken);
        }
        m = WORD_NUMBER.matcher(s);
        while (m.find()) {
            String hedge = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            add(text, base, m.start(), m.end(), Figure.Kind.NUMBER, m.group(2).toLowerCase(Locale.ROOT), hedge,
                    figures, taken);
        }
        figures.sort((a, b) -> a.span().compareTo(b.span()));
        return figures;
    }

    /** "20-year", "site-63": a number glued to a word is part of a name or a compound, not a figure. */
    private static boolean isPartOfWord(String s, int start, int end) {
        return end < s.length() && (s.charAt(end) == '-' && end + 1 < s.length() && Character.isLetter(s.charAt(end + 1)))
                || start > 0 && s.charAt(start - 1) == '-';
    }

    private static void add(String text, int base, int start, int end, Figure.Kind kind, String value, String hedge,
                            List<Figure> figures, List<int[]> taken) {
        for (int[] t : taken) {
            if (start < t[1] && t[0] < end) {
                return;
            }
        }
        taken.add(new int[] {start, end});
        figures.add(new Figure(Span.of(text, base + start, base + end), kind, value, hedge));
    }
}
