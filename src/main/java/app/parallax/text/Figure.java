package app.parallax.text;

import app.parallax.model.Span;

/**
 * A figure a sentence states: a number with its hedge ("more than 100,000", "some 100,000"), a date or a
 * weekday. {@code value} is the figure without the hedge, normalised ("100000", "january 26", "friday");
 * {@code hedge} is how exact the text claims it is ("", "more than", "some").
 */
public record Figure(Span span, Kind kind, String value, String hedge) {

    public enum Kind { NUMBER, DATE, WEEKDAY, YEAR }

    /** The figure as stated, hedge included: what a reader compares. */
    public String stated() {
        return hedge.isEmpty() ? value : hedge + " " + value;
    }
}
