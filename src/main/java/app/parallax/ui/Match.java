package app.parallax.ui;

import app.parallax.model.ClaimMatch;
import app.parallax.model.Conflict;
import app.parallax.model.DiffChunk;
import app.parallax.model.QuoteMatch;
import app.parallax.model.SharedPhrase;
import app.parallax.model.Side;
import app.parallax.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One pair of passages the reader can follow: a quote, a claim or a verbatim phrase, with the evidence the
 * engine gave for it. The layer is {@link Layer#QUOTES}, {@link Layer#CLAIMS} or {@link Layer#PHRASES}.
 */
public record Match(Layer layer, Span left, Span right, OptionalDouble similarity, Evidence evidence)
        implements Comparable<Match> {

    /** Why two passages matched, as far as the engine says. */
    public record Evidence(
            List<String> sharedWords,
            Optional<String> leftSpeaker,
            Optional<String> rightSpeaker,
            Optional<Conflict> conflict,
            List<DiffChunk> diff,
            boolean verbatim,
            int words) {

        public Evidence {
            sharedWords = List.copyOf(sharedWords);
            diff = List.copyOf(diff);
        }
    }

    public static Match of(QuoteMatch q) {
        return new Match(Layer.QUOTES, q.left(), q.right(), OptionalDouble.of(q.similarity()),
                new Evidence(q.sharedWords(), q.leftSpeaker(), q.rightSpeaker(), Optional.empty(), q.diff(),
                        false, 0));
    }

    public static Match of(ClaimMatch c) {
        return new Match(Layer.CLAIMS, c.left(), c.right(), OptionalDouble.of(c.similarity()),
                new Evidence(c.sharedWords(), Optional.empty(), Optional.empty(), c.conflict(), List.of(),
                        c.verbatim(), 0));
    }

    public static Match of(SharedPhrase p) {
        return new Match(Layer.PHRASES, p.left(), p.right(), OptionalDouble.empty(),
                new Evidence(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), true,
                        p.words()));
    }

    public Span span(Side side) {
        return side == Side.LEFT ? left : right;
    }

    /** What a person calls this kind of match, e.g. in the match list. */
    public String kind() {
        if (evidence.conflict().isPresent()) {
            return "Claim, figures differ";
        }
        return switch (layer) {
            case QUOTES -> "Quote";
            case CLAIMS -> evidence.verbatim() ? "Claim, verbatim" : "Claim";
            case PHRASES -> "Phrase, " + evidence.words() + " words";
            default -> layer.label();
        };
    }

    /** Similarity as a whole percentage, or "verbatim" for phrases (which are exact by definition). */
    public String similarityText() {
        return similarity.isPresent() ? Math.round(similarity.getAsDouble() * 100) + " %" : "verbatim";
    }

    /** Left-pane document order: by start, then the longer passage first. */
    @Override
    public int compareTo(Match other) {
        int byStart = Integer.compare(left.start(), other.left.start());
        if (byStart != 0) {
            return byStart;
        }
        int byEnd = Integer.compare(other.left.end(), left.end());
        if (byEnd != 0) {
            return byEnd;
        }
        return Integer.compare(right.start(), other.right.start());
    }
}
