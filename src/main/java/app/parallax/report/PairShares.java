package app.parallax.report;

import app.parallax.corpus.Corpus;
import app.parallax.corpus.CorpusGroup;
import app.parallax.corpus.CorpusMember;
import app.parallax.model.Article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How much each pair of a library's articles shares: the number of quote and claim groups both carry. The
 * heat map of the corpus view and of the HTML export both read it, so they always show the same counts.
 */
public final class PairShares {

    private final List<Article> articles;
    private final int[][] shared;
    private final int most;

    private PairShares(List<Article> articles, int[][] shared, int most) {
        this.articles = articles;
        this.shared = shared;
        this.most = most;
    }

    public static PairShares of(Corpus corpus) {
        List<Article> articles = corpus.articles();
        Map<Article, Integer> index = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            index.put(articles.get(i), i);
        }
        int[][] shared = new int[articles.size()][articles.size()];
        Stream.concat(corpus.quotes().stream(), corpus.claims().stream()).forEach(g -> count(g, index, shared));
        int most = 0;
        for (int i = 0; i < shared.length; i++) {
            for (int j = 0; j < shared.length; j++) {
                if (i != j) {
                    most = Math.max(most, shared[i][j]);
                }
            }
        }
        return new PairShares(articles, shared, most);
    }

    private static void count(CorpusGroup g, Map<Article, Integer> index, int[][] shared) {
        List<CorpusMember> members = g.members();
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                int i = index.get(members.get(a).article());
                int j = index.get(members.get(b).article());
                shared[i][j]++;
                shared[j][i]++;
            }
        }
    }

    public List<Article> articles() {
        return articles;
    }

    /** Groups both articles carry (0 for an article with itself). */
    public int between(Article a, Article b) {
        return between(articles.indexOf(a), articles.indexOf(b));
    }

    /** As {@link #between(Article, Article)}, by position in {@link #articles()}. */
    public int between(int i, int j) {
        return i == j ? 0 : shared[i][j];
    }

    /** The largest count of any pair: where the heat map is hottest. */
    public int most() {
        return most;
    }

    /** A pair's count as a share of the largest, 0..1, for a colour scale. */
    public double heat(int i, int j) {
        return most == 0 ? 0 : (double) between(i, j) / most;
    }
}
