package app.parallax.model;

import java.util.List;

/** Everything the engine found when it compared two articles. */
public record Comparison(
        Article left,
        Article right,
        List<QuoteMatch> quotes,
        List<ClaimMatch> claims,
        List<SharedPhrase> phrases,
        PerSide<List<Span>> unique,
        PerSide<List<Span>> boilerplate) {

    public Comparison {
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        phrases = List.copyOf(phrases);
        unique = new PerSide<>(List.copyOf(unique.left()), List.copyOf(unique.right()));
        boilerplate = new PerSide<>(List.copyOf(boilerplate.left()), List.copyOf(boilerplate.right()));
    }

    public Article article(Side side) {
        return side == Side.LEFT ? left : right;
    }
}
