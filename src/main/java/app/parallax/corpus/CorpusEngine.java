package app.parallax.corpus;

import app.parallax.compare.ComparisonEngine;
import app.parallax.model.Article;
import app.parallax.model.ClaimMatch;
import app.parallax.model.Comparison;
import app.parallax.model.QuoteMatch;
import app.parallax.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who reports what across a library. Every pair of articles is compared with the pair engine, so the corpus
 * makes exactly the pair view's decisions (each article is analysed and embedded once; the engine caches
 * both); its quote and claim matches are then joined into groups by {@link PassageGroups}. Pairs grow with
 * the square of the library, which suits a reader's library of tens to a few hundred articles (timings in
 * the README); a larger archive needs vector search to pick candidate pairs first (README).
 */
public final class CorpusEngine {

    /** Told after each compared pair, from the working thread. */
    public interface Progress {
        void pairDone(int done, int total);
    }

    private final ComparisonEngine engine;

    public CorpusEngine(ComparisonEngine engine) {
        this.engine = engine;
    }

    public Corpus analyse(List<Article> articles) {
        return analyse(articles, (done, total) -> { });
    }

    /** Throws {@link java.util.concurrent.CancellationException} when the calling thread is interrupted. */
    public Corpus analyse(List<Article> articles, Progress progress) {
        List<PassageGroups.Link> quoteLinks = new ArrayList<>();
        List<PassageGroups.Link> claimLinks = new ArrayList<>();
        Map<CorpusMember, Integer> uniqueCount = new HashMap<>();
        int total = articles.size() * (articles.size() - 1) / 2;
        int done = 0;
        // Each article's sentences embedded once, in one batch per article, before any pair is compared.
        articles.forEach(engine::prepare);
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Article left = articles.get(i);
                Article right = articles.get(j);
                Comparison c = engine.compare(left, right);
                for (QuoteMatch q : c.quotes()) {
                    quoteLinks.add(link(left, q.left(), right, q.right(), q.similarity()));
                }
                for (ClaimMatch m : c.claims()) {
                    claimLinks.add(link(left, m.left(), right, m.right(), m.similarity()));
                }
                c.unique().left().forEach(s -> uniqueCount.merge(new CorpusMember(left, s), 1, Integer::sum));
                c.unique().right().forEach(s -> uniqueCount.merge(new CorpusMember(right, s), 1, Integer::sum));
                progress.pairDone(++done, total);
            }
        }
        PassageGroups grouping = new PassageGroups(articles);
        List<CorpusMember> unique = new ArrayList<>();
        uniqueCount.forEach((member, count) -> {
            if (count == articles.size() - 1) {
                unique.add(member);
            }
        });
        Map<Article, Integer> order = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            order.put(articles.get(i), i);
        }
        unique.sort(Comparator.comparingInt((CorpusMember m) -> order.get(m.article())).thenComparing(CorpusMember::span));
        return new Corpus(articles, numbered("q", grouping.group(quoteLinks)), numbered("c", grouping.group(claimLinks)),
                unique);
    }

    private static PassageGroups.Link link(Article left, Span a, Article right, Span b, double score) {
        return new PassageGroups.Link(new CorpusMember(left, a), new CorpusMember(right, b), score);
    }

    private static List<CorpusGroup> numbered(String prefix, List<PassageGroups.Grouped> groups) {
        List<CorpusGroup> result = new ArrayList<>();
        for (PassageGroups.Grouped g : groups) {
            result.add(new CorpusGroup(prefix + (result.size() + 1), g.gist(), g.members()));
        }
        return result;
    }
}
