package app.parallax.ui.pair;

import app.parallax.model.Span;

/** A passage of one article painted with one layer's style. */
public record Mark(Span span, Layer layer) {
}
