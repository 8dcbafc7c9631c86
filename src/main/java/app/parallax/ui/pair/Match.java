package app.parallax.ui.pair;

import app.parallax.model.ClaimMatch;
import app.parallax.model.Conflict;
import app.parallax.model.DiffChunk;
import app.parallax.model.Nearest;
import app.parallax.model.QuoteMatch;
import app.parallax.model.RelatedPair;
import app.parallax.model.SharedPhrase;
import app.parallax.model.Side;
import app.parallax.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One stop of the reader: a pair of passages (a quote, a claim or a verbatim phrase, with the evidence the
 * engine gave for it), or a passage found only in one article together with the closest passage of the
 * other ({@link #onlyIn()} says which side it belongs to; the other span is its closest passage, empty when
 * the other article has none).
 */
public record Match(Layer layer, Span left, Span right, OptionalDouble similarity, Evidence evidence,
                    Optional<Side> onlyIn) implements Comparable<Match> {

    private static final Span NOWHERE = new Span(0, 0, "");

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

        static final Evidence NONE = new Evidence(List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), false, 0);
    }

    public static Match of(QuoteMatch q) {
        return new Match(Layer.QUOTES, q.left(), q.right(), OptionalDouble.of(q.similarity()),
                new Evidence(q.sharedWords(), q.leftSpeaker(), q.rightSpeaker(), Optional.empty(), q.diff(),
                        false, 0), Optional.empty());
    }

    public static Match of(ClaimMatch c) {
        return new Match(Layer.CLAIMS, c.left(), c.right(), OptionalDouble.of(c.similarity()),
                new Evidence(c.sharedWords(), Optional.empty(), Optional.empty(), c.conflict(), List.of(),
                        c.verbatim(), 0), Optional.empty());
    }

    /** "Possibly the same": a pair below the bar for a shared claim, followed like one. */
    public static Match of(RelatedPair r) {
        return new Match(Layer.RELATED, r.left(), r.right(), OptionalDouble.of(r.similarity()),
                new Evidence(List.of(), Optional.empty(), Optional.empty(), r.conflict(), List.of(), false, 0),
                Optional.empty());
    }

    public static Match of(SharedPhrase p) {
        return new Match(Layer.PHRASES, p.left(), p.right(), OptionalDouble.empty(),
                new Evidence(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), true,
                        p.words()), Optional.empty());
    }

    /** A passage only one article has, with the closest passage of the other one if it has any. */
    public static Match unique(Side side, Span passage, Optional<Nearest> closest) {
        Span other = closest.map(Nearest::counterpart).orElse(NOWHERE);
        OptionalDouble similarity = closest.map(c -> OptionalDouble.of(c.similarity())).orElse(OptionalDouble.empty());
        return side == Side.LEFT
                ? new Match(Layer.UNIQUE, passage, other, similarity, Evidence.NONE, Optional.of(side))
                : new Match(Layer.UNIQUE, other, passage, similarity, Evidence.NONE, Optional.of(side));
    }

    public Span span(Side side) {
        return side == Side.LEFT ? left : right;
    }

    /** Whether this match has a passage on that side to click, box and reveal. */
    public boolean isOn(Side side) {
        return onlyIn.map(home -> home == side || span(side).length() > 0).orElse(true);
    }

    /** Whether the passage on that side is what the match is about (not a closest passage shown for comparison). */
    public boolean belongsTo(Side side) {
        return onlyIn.map(home -> home == side).orElse(true);
    }

    /** What a person calls this kind of match, e.g. in the match list. */
    public String kind() {
        if (onlyIn.isPresent()) {
            return "Only in " + (onlyIn.get() == Side.LEFT ? "left" : "right");
        }
        if (layer == Layer.RELATED) {
            return "Possibly the same" + evidence.conflict().map(c -> ", " + conflictName(c)).orElse("");
        }
        if (evidence.conflict().isPresent()) {
            return "Claim, " + conflictName(evidence.conflict().get());
        }
        return switch (layer) {
            case QUOTES -> "Quote";
            case CLAIMS -> evidence.verbatim() ? "Claim, verbatim" : "Claim";
            case PHRASES -> "Phrase, " + evidence.words() + " words";
            default -> layer.label();
        };
    }

    private static String conflictName(Conflict c) {
        return c.kind() == Conflict.Kind.NEGATION ? "contradiction" : "figures differ";
    }

    /**
     * Similarity as a whole percentage, "verbatim" for phrases (exact by definition), "closest 38 %" for a
     * passage only one article has.
     */
    public String similarityText() {
        if (onlyIn.isPresent()) {
            return similarity.isPresent() ? "closest " + percent(similarity.getAsDouble()) : "no counterpart";
        }
        return similarity.isPresent() ? percent(similarity.getAsDouble()) : "verbatim";
    }

    private static String percent(double p) {
        return Math.round(p * 100) + " %";
    }

    /** Left-pane document order (a passage only on the right sorts by its closest passage): by start, longer first. */
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
        int byRight = Integer.compare(right.start(), other.right.start());
        return byRight != 0 ? byRight : Integer.compare(layer.ordinal(), other.layer.ordinal());
    }
}
