package app.parallax.model;

import java.util.List;
import java.util.Optional;

/**
 * The same statement as two outlets quote it. The spans cover the words inside the quote marks.
 */
public record QuoteMatch(
        Span left,
        Span right,
        double similarity,
        List<DiffChunk> diff,
        Optional<String> leftSpeaker,
        Optional<String> rightSpeaker,
        List<String> sharedWords) {

    public QuoteMatch {
        diff = List.copyOf(diff);
        sharedWords = List.copyOf(sharedWords);
    }
}
