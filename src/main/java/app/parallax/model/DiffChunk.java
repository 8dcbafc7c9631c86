package app.parallax.model;

/**
 * One step of a word-level diff between two wordings. For {@code EQUAL} both sides hold the same words
 * (as each side spells them); {@code INSERT} has words only on the right, {@code DELETE} only on the left.
 */
public record DiffChunk(Op op, String left, String right) {

    public enum Op { EQUAL, REPLACE, INSERT, DELETE }
}
