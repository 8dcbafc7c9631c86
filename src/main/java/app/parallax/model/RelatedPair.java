package app.parallax.model;

import java.util.Optional;

/**
 * "Possibly the same": a passage whose closest counterpart in the other article is plausible but below the
 * confidence a shared claim needs. Neither shown as shared nor as only in one source. Figures that differ
 * are noted as for a claim ("More than 100,000" soldiers against "some 100,000" troops).
 */
public record RelatedPair(Span left, Span right, double similarity, Optional<Conflict> conflict) {
}
