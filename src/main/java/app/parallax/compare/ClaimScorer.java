package app.parallax.compare;

import java.util.List;

/**
 * Scores the pairings of two articles' units with the {@link ClaimModel}. Only pairs that can decide
 * something are scored: among each unit's {@link #CANDIDATES} nearest in meaning, and not far apart (e5
 * cosine under {@link #MIN_COSINE}, where no annotated shared claim lies). Alignment keeps a unit's best
 * counterpart only, so the rest stay at 0 without computing their features; that keeps long articles fast.
 */
final class ClaimScorer {

    static final double MIN_COSINE = 0.70;
    private static final int CANDIDATES = 5;

    private final ClaimModel model;
    private final ClaimFeatures features;

    ClaimScorer(ClaimModel model, ClaimFeatures features) {
        this.model = model;
        this.features = features;
    }

    /** The probability that left unit i and right unit j assert a common fact, for the candidate pairings. */
    Scores score(ArticleAnalysis a, ArticleAnalysis b) {
        List<Unit> left = a.units;
        List<Unit> right = b.units;
        NearestCandidates nearest = NearestCandidates.of(left, right, CANDIDATES);
        Scores.Builder p = new Scores.Builder(left.size(), right.size());
        Thread caller = Thread.currentThread();
        nearest.pairs().parallelStream().filter(c -> c.cosine() >= MIN_COSINE).map(c -> {
            if (caller.isInterrupted()) {
                throw new java.util.concurrent.CancellationException("comparison cancelled");
            }
            Unit ua = left.get(c.left());
            Unit ub = right.get(c.right());
            var context = new ClaimFeatures.Context(!a.isSubstantial(ua) || !b.isSubstantial(ub),
                    nearest.bestOfLeft(c.left()) - c.cosine(), nearest.bestOfRight(c.right()) - c.cosine());
            double probability = sameWords(ua, ub) ? 1 : model.probability(features.of(ua, ub, c.cosine(), context));
            return new double[] {c.left(), c.right(), probability};
        }).toList().forEach(s -> p.put((int) s[0], (int) s[1], s[2]));
        Cancellation.check();
        return p.build();
    }

    /** Word for word the same (case and punctuation aside): certain, whatever the model's curve says. */
    static boolean sameWords(Unit a, Unit b) {
        if (a.words().size() != b.words().size()) {
            return false;
        }
        for (int k = 0; k < a.words().size(); k++) {
            if (!a.words().get(k).key().equals(b.words().get(k).key())) {
                return false;
            }
        }
        return true;
    }

    /**
     * An estimate of the probability a comparison of their two articles could give these units, before the
     * articles are compared: as if each were {@code gap} below its best counterpart there, which the model
     * counts in a pair's favour (0.2, about the widest gap of an annotated pair, makes it an upper bound).
     */
    double ceiling(Unit a, Unit b, double cosine, double gap) {
        if (sameWords(a, b)) {
            return 1;
        }
        var context = new ClaimFeatures.Context(false, gap, gap);
        return model.probability(features.of(a, b, cosine, context));
    }

    /** The probability for two standalone sentences. */
    double score(Unit a, Unit b) {
        return model.probability(features.of(a, b));
    }
}
