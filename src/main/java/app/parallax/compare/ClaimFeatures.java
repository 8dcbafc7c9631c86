package app.parallax.compare;

/**
 * The evidence that two passages assert a common fact, as {@link ClaimModel} weighs it: the lexical and
 * semantic evidence of {@link PairFeatures} (with the e5 cosine), and the pair's place among its rivals.
 * A passage whose best counterpart is far more alike than this one is probably matched elsewhere; a
 * headline or subhead restates the story rather than reporting a fact of its own.
 */
final class ClaimFeatures {

    /** The feature names, in the order of {@link #of}; the model resource lists its weights by these names. */
    static final String[] NAMES = {
        "cosine", "weighted jaccard", "min coverage", "max coverage", "bigram dice", "longest run",
        "length ratio", "numbers agree", "numbers conflict", "negation mismatch", "names jaccard",
        "character 4-gram jaccard", "headline", "left gap", "right gap"
    };

    /** Where a pair stands among the other pairings of its two units. */
    record Context(boolean headline, double leftGap, double rightGap) {
        /** Two standalone sentences: each is the other's only candidate. */
        static final Context STANDALONE = new Context(false, 0, 0);
    }

    private final PairFeatures lexical;

    ClaimFeatures(PairFeatures lexical) {
        this.lexical = lexical;
    }

    double[] of(Unit a, Unit b, double cosine, Context context) {
        double[] f = lexical.of(a, b, cosine, false);
        return new double[] {
            f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[16],
            context.headline() ? 1 : 0, context.leftGap(), context.rightGap()
        };
    }

    double[] of(Unit a, Unit b) {
        return of(a, b, SentenceEmbedder.cosine(a.embedding(), b.embedding()), Context.STANDALONE);
    }
}
