package app.parallax.ui.pair;

import app.parallax.model.Span;

/** For a passage only one article has: the most similar sentence of the other article and the engine's score. */
public record ClosestPassage(Span passage, double similarity) {
}
