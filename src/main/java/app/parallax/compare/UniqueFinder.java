package app.parallax.compare;

import app.parallax.model.ClaimMatch;
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
