package app.parallax.text;

import app.parallax.model.Span;

import java.util.Optional;

/** Words an article puts inside quote marks ({@code words}, marks excluded), and who it says spoke them. */
public record Quote(Span words, Optional<String> speaker) {
}
