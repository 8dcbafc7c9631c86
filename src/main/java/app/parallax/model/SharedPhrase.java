package app.parallax.model;

/** A run of at least five words that both articles share word for word (case and punctuation aside). */
public record SharedPhrase(Span left, Span right, int words) {
}
