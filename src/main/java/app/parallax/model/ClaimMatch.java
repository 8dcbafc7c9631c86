package app.parallax.model;

import java.util.List;
import java.util.Optional;

/** A sentence or clause of each article asserting the same fact, verbatim or paraphrased. */
public record ClaimMatch(
        Span left,
        Span right,
        double similarity,
        boolean verbatim,
        List<String> sharedWords,
        Optional<Conflict> conflict) {

    public ClaimMatch {
        sharedWords = List.copyOf(sharedWords);
    }
}
