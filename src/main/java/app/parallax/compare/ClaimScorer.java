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
        double[] leftBar = new double[left.size()];
        for (int i = 0; i < left.size(); i++) {
            leftBar[i] = kthLargest(cosine[i], CANDIDATES);
        }
        double[] rightBar = new double[right.size()];
        double[] column = new double[left.size()];
        for (int j = 0; j < right.size(); j++) {
            for (int i = 0; i < left.size(); i++) {
                column[i] = cosine[i][j];
            }
            rightBar[j] = kthLargest(column, CANDIDATES);
        }
        double[][] p = new double[left.size()][right.size()];
        for (int i = 0; i < left.size(); i++) {
            Cancellation.check();
            for (int j = 0; j < right.size(); j++) {
                boolean candidate = cosine[i][j] >= leftBar[i] || cosine[i][j] >= rightBar[j];
                if (candidate && cosine[i][j] >= MIN_COSINE) {
                    Unit ua = left.get(i);
                    Unit ub = right.get(j);
                    var context = new ClaimFeatures.Context(!a.isSubstantial(ua) || !b.isSubstantial(ub),
                            bestLeft[i] - cosine[i][j], bestRight[j] - cosine[i][j]);
                    p[i][j] = sameWords(ua, ub) ? 1 : model.probability(features.of(ua, ub, cosine[i][j], context));
                }
            }
        }
        return p;
    }

    /** Word for word the same (case and punctuation aside): certain, whatever the model's curve says. */
    private static boolean sameWords(Unit a, Unit b) {
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

    private static double kthLargest(double[] values, int k) {
        if (values.length <= k) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length - k];
    }

    /** The probability for two standalone sentences. */
    double score(Unit a, Unit b) {
        return model.probability(features.of(a, b));
    }
}
