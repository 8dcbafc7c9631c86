package app.parallax.text;

import app.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The lines of an article's text (its paragraphs, headlines and captions) and whitespace trimming of spans. */
public final class Lines {

    /** A line's extent [start, end), its line break excluded. */
    public record Range(int start, int end) {
    }

    private Lines() {
    }

    public static List<Range> ranges(String text) {
        List<Range> ranges = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            ranges.add(new Range(start, end));
            start = end + 1;
        }
        return ranges;
    }

    /** Non-blank lines, trimmed, as spans of the text. */
    public static List<Span> nonBlank(String text) {
        List<Span> lines = new ArrayList<>();
        for (Range r : ranges(text)) {
            trimmed(text, r.start(), r.end()).ifPresent(lines::add);
        }
        return lines;
    }

    /** {@code text[start, end)} without its leading and trailing whitespace; empty if nothing else is left. */
    public static Optional<Span> trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? Optional.of(Span.of(text, start, end)) : Optional.empty();
    }
}
