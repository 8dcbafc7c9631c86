package app.parallax.model;

/**
 * For a passage found only in one article, the passage of the other article that comes closest, and how
 * close (0..1, below the bar for "possibly the same"): what a reader checks before trusting "only here".
 */
public record Nearest(Span passage, Span counterpart, double similarity) {
}
