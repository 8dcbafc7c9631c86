package app.parallax.model;

import java.util.List;

/** Everything the engine found when it compared two articles. */
public record Comparison(
        Article left,
        Article right,
        List<QuoteMatch> quotes,
        List<ClaimMatch> claims,
        List<RelatedPair> related,
        List<SharedPhrase> phrases,
        PerSide<List<Span>> unique,
        PerSide<List<Nearest>> nearest,
        PerSide<List<Span>> boilerplate) {

    public Comparison {
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        related = List.copyOf(related);
        phrases = List.copyOf(phrases);
        unique = new PerSide<>(List.copyOf(unique.left()), List.copyOf(unique.right()));
        nearest = new PerSide<>(List.copyOf(nearest.left()), List.copyOf(nearest.right()));
        boilerplate = new PerSide<>(List.copyOf(boilerplate.left()), List.copyOf(boilerplate.right()));
    }

    /** A comparison without "possibly the same" pairs. */
    public Comparison(Article left, Article right, List<QuoteMatch> quotes, List<ClaimMatch> claims,
                      List<SharedPhrase> phrases, PerSide<List<Span>> unique, PerSide<List<Span>> boilerplate) {
        this(left, right, quotes, claims, List.of(), phrases, unique, new PerSide<>(List.of(), List.of()), boilerplate);
    }

    /** The closest passage of the other article to a passage only in this one, if any scored at all. */
    public java.util.Optional<Nearest> nearest(Side side, Span unique) {
        return nearest.get(side).stream().filter(n -> n.passage().equals(unique)).findFirst();
    }

    public Article article(Side side) {
        return side == Side.LEFT ? left : right;
    }
}
