package app.parallax.model;

/** Two figures (numbers, dates, weekdays) that a matched claim states differently on each side. */
public record Conflict(Span left, Span right) {
}
