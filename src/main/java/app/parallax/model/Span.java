package app.parallax.model;

/**
 * A stretch of an article's text: {@code start} inclusive, {@code end} exclusive, as Java {@code String}
 * indices into {@link Article#text()}; {@code text} is exactly {@code article.text().substring(start, end)}.
 */
public record Span(int start, int end, String text) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("span text does not fit [" + start + ", " + end + ")");
        }
    }

    public static Span of(String source, int start, int end) {
        return new Span(start, end, source.substring(start, end));
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
