package app.parallax.corpus;

import app.parallax.model.Article;

import java.util.List;

/** Who reports what across a library: its articles, the quote and claim groups, and what only one source says. */
public record Corpus(List<Article> articles, List<CorpusGroup> quotes, List<CorpusGroup> claims,
                     List<CorpusMember> unique) {

    public Corpus {
        articles = List.copyOf(articles);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        unique = List.copyOf(unique);
    }
}
