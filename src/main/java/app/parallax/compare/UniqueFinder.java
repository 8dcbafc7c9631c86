package app.parallax.compare;

import app.parallax.model.ClaimMatch;
import app.parallax.model.Nearest;
import app.parallax.model.QuoteMatch;
import app.parallax.model.RelatedPair;
import app.parallax.model.SharedPhrase;
import app.parallax.model.Side;
import app.parallax.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * What only one article says: each unit of substance (a full sentence, not the headline or a subhead) that
 * is part of no quote match, claim match, shared phrase or "possibly the same" pair. Calling a shared fact
 * "only in this article" misleads as much as a false match, so anything plausible elsewhere is left out.
 */
final class UniqueFinder {

    /** For each unique passage, its best-scoring counterpart in the other article (p: left units × right units). */
    List<Nearest> nearest(List<Span> unique, ArticleAnalysis side, ArticleAnalysis other, Side which, Scores p) {
        int[] bestForRight = which == Side.RIGHT ? p.bestInColumns() : null;
        List<Nearest> nearest = new ArrayList<>();
        for (int k = 0; k < side.units.size(); k++) {
            Unit u = side.units.get(k);
            if (!unique.contains(u.span())) {
                continue;
            }
            int best = which == Side.LEFT ? p.bestInRow(k) : bestForRight[k];
            if (best >= 0) {
                double score = which == Side.LEFT ? p.get(k, best) : p.get(best, k);
                nearest.add(new Nearest(u.span(), other.units.get(best).span(), score));
            }
        }
        return nearest;
    }

    List<Span> unique(ArticleAnalysis side, Side which, List<QuoteMatch> quotes, List<ClaimMatch> claims,
                      List<RelatedPair> related, List<SharedPhrase> phrases) {
        boolean left = which == Side.LEFT;
        List<Span> taken = new ArrayList<>();
        quotes.forEach(q -> taken.add(left ? q.left() : q.right()));
        claims.forEach(c -> taken.add(left ? c.left() : c.right()));
        related.forEach(r -> taken.add(left ? r.left() : r.right()));
        phrases.forEach(p -> taken.add(left ? p.left() : p.right()));
        List<Span> unique = new ArrayList<>();
        for (Unit u : side.units) {
            if (side.isSubstantial(u) && taken.stream().noneMatch(t -> t.overlaps(u.span()))) {
                unique.add(u.span());
            }
        }
        return unique;
    }
}
