package app.parallax.compare;

import app.parallax.model.ClaimMatch;
import app.parallax.model.QuoteMatch;
import app.parallax.model.RelatedPair;
import app.parallax.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns scored unit pairs into confident shared claims and "possibly the same" pairs. Headlines and subheads
 * restate the story: they are never matched as claims (keeping them out raised recall at fixed precision on
 * the dev gold). A claim whose sentences already hold a matched quote is not repeated.
 */
final class ClaimAligner {

    /** Both sides' claims and related pairs of one comparison. */
    record Claims(List<ClaimMatch> shared, List<RelatedPair> related) {
    }

    private static final double VERBATIM_RUN = 0.8;

    private final ConflictFinder conflicts = new ConflictFinder();

    Claims align(ArticleAnalysis a, ArticleAnalysis b, Scores p, List<QuoteMatch> quotes,
                 double sharedThreshold, double relatedThreshold) {
        Scores eligible = p.keeping(i -> a.isSubstantial(a.units.get(i)), j -> b.isSubstantial(b.units.get(j)));
        List<ClaimMatch> shared = new ArrayList<>();
        boolean[] leftMatched = new boolean[eligible.rows()];
        boolean[] rightMatched = new boolean[eligible.columns()];
        for (int[] pair : BestPairs.of(eligible, sharedThreshold)) {
            Unit ua = a.units.get(pair[0]);
            Unit ub = b.units.get(pair[1]);
            leftMatched[pair[0]] = true;
            rightMatched[pair[1]] = true;
            if (coveredByQuote(ua.span(), ub.span(), quotes)) {
                continue;
            }
            int shorter = Math.min(ua.words().size(), ub.words().size());
            boolean verbatim = PairFeatures.longestCommonRun(ua.words(), ub.words()) >= VERBATIM_RUN * shorter;
            shared.add(new ClaimMatch(ua.span(), ub.span(), eligible.get(pair[0], pair[1]), verbatim,
                    SharedWords.of(ua, ub), conflicts.find(ua, ub)));
        }
        Set<List<Integer>> related = new LinkedHashSet<>();
        for (int i = 0; i < eligible.rows(); i++) {
            int j = eligible.bestInRow(i);
            if (!leftMatched[i] && j >= 0 && eligible.get(i, j) >= relatedThreshold) {
                related.add(List.of(i, j));
            }
        }
        int[] bestForRight = eligible.bestInColumns();
        for (int j = 0; j < rightMatched.length; j++) {
            int best = bestForRight[j];
            if (!rightMatched[j] && best >= 0 && eligible.get(best, j) >= relatedThreshold) {
                related.add(List.of(best, j));
            }
        }
        List<RelatedPair> relatedPairs = new ArrayList<>();
        related.stream().sorted((x, y) -> x.get(0).equals(y.get(0)) ? x.get(1) - y.get(1) : x.get(0) - y.get(0))
                .forEach(pair -> {
                    Unit ua = a.units.get(pair.get(0));
                    Unit ub = b.units.get(pair.get(1));
                    relatedPairs.add(new RelatedPair(ua.span(), ub.span(), eligible.get(pair.get(0), pair.get(1)),
                            conflicts.find(ua, ub)));
                });
        return new Claims(shared, relatedPairs);
    }

    /** The sentences around a quote match already shown as a quote need no claim match of their own. */
    private static boolean coveredByQuote(Span left, Span right, List<QuoteMatch> quotes) {
        for (QuoteMatch q : quotes) {
            if (left.overlaps(q.left()) && right.overlaps(q.right())) {
                return true;
            }
        }
        return false;
    }
}
