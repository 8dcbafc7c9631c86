package app.parallax.compare;

import java.util.List;

/**
 * Scores every pairing of two articles' units with the {@link ClaimModel}. Pairs far apart in meaning
 * (e5 cosine under {@link #MIN_COSINE}, where no annotated shared claim lies) are left at 0 without
 * computing their features, which keeps long articles fast.
 */
final class ClaimScorer {

    static final double MIN_COSINE = 0.70;

    private final ClaimModel model;
    private final ClaimFeatures features;

    ClaimScorer(ClaimModel model, ClaimFeatures features) {
        this.model = model;
        this.features = features;
    }

    /** p[i][j]: the probability that left unit i and right unit j assert a common fact. */
    double[][] score(ArticleAnalysis a, ArticleAnalysis b) {
        List<Unit> left = a.units;
        List<Unit> right = b.units;
        double[][] cosine = new double[left.size()][right.size()];
        double[] bestLeft = new double[left.size()];
        double[] bestRight = new double[right.size()];
        for (int i = 0; i < left.size(); i++) {
            Cancellation.check();
            for (int j = 0; j < right.size(); j++) {
                double c = SentenceEmbedder.cosine(left.get(i).embedding(), right.get(j).embedding());
                cosine[i][j] = c;
                bestLeft[i] = Math.max(bestLeft[i], c);
                bestRight[j] = Math.max(bestRight[j], c);
            }
        }
        double[][] p = new double[left.size()][right.size()];
        for (int i = 0; i < left.size(); i++) {
            Cancellation.check();
            for (int j = 0; j < right.size(); j++) {
                if (cosine[i][j] >= MIN_COSINE) {
                    Unit ua = left.get(i);
                    Unit ub = right.get(j);
                    var context = new ClaimFeatures.Context(!a.isSubstantial(ua) || !b.isSubstantial(ub),
                            bestLeft[i] - cosine[i][j], bestRight[j] - cosine[i][j]);
                    p[i][j] = model.probability(features.of(ua, ub, cosine[i][j], context));
                }
            }
        }
        return p;
    }

    /** The probability for two standalone sentences. */
    double score(Unit a, Unit b) {
        return model.probability(features.of(a, b));
    }
}
