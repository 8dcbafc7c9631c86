package app.parallax.model;

/**
 * Where a matched claim's two sides disagree: a figure (number, date, weekday) stated differently, or one
 * side denying what the other asserts ("has shown a certificate" against "hasn't shown it").
 */
public record Conflict(Kind kind, Span left, Span right) {

    public enum Kind {
        /** The same figure with another value or hedge: the spans are the two figures. */
        FIGURES,
        /** One side negates the statement the other makes: the spans are the whole passages. */
        NEGATION
    }

    /** Two figures stated differently. */
    public Conflict(Span left, Span right) {
        this(Kind.FIGURES, left, right);
    }
}
