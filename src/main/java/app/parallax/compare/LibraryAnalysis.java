package app.parallax.compare;

import app.parallax.model.Article;
import app.parallax.model.Comparison;
import app.parallax.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A library analysed once for comparing any of its pairs (see {@link ComparisonEngine#analyseLibrary}): each
 * article's passages with their embeddings, ready for a vector search across the library, and the pair
 * comparison of any two of its articles, exactly as the pair view makes it.
 */
public final class LibraryAnalysis {

    /**
     * One passage of the library: a sentence or clause, or a quote, with its unit-length embedding;
     * {@code index} counts it among its article's units or quotes.
     */
    public record Passage(int article, int index, Span span, boolean quote, float[] vector) {
    }

    private final ComparisonEngine engine;
    private final List<ArticleAnalysis> analyses;
    private final Map<Article, ArticleAnalysis> byArticle = new HashMap<>();

    LibraryAnalysis(ComparisonEngine engine, List<ArticleAnalysis> analyses) {
        this.engine = engine;
        this.analyses = List.copyOf(analyses);
        analyses.forEach(a -> byArticle.put(a.article, a));
    }

    public List<Article> articles() {
        return analyses.stream().map(a -> a.article).toList();
    }

    /** Every passage of every article, article by article (index into {@link #articles()}). */
    public List<Passage> passages() {
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < analyses.size(); i++) {
            ArticleAnalysis a = analyses.get(i);
            for (int k = 0; k < a.units.size(); k++) {
                passages.add(new Passage(i, k, a.units.get(k).span(), false, a.units.get(k).embedding()));
            }
            for (int k = 0; k < a.quotes.size(); k++) {
                Unit q = a.quotes.get(k).unit();
                passages.add(new Passage(i, k, q.span(), true, q.embedding()));
            }
        }
        return passages;
    }

    /**
     * Whether comparing the two passages' articles could match them (both quotes or both sentences, alike in
     * meaning and words): the test a vector search's neighbours pass before their articles are compared.
     * {@code gap}: how far below its best counterpart each is assumed to lie, which the claim model counts in
     * a pair's favour; 0.2 makes the test all but certain to keep every pair a comparison would link.
     */
    public boolean mayMatch(Passage a, Passage b, double cosine, double gap) {
        return engine.mayMatch(unit(a), a.quote(), unit(b), b.quote(), cosine, gap);
    }

    private Unit unit(Passage p) {
        ArticleAnalysis a = analyses.get(p.article());
        return p.quote() ? a.quotes.get(p.index()).unit() : a.units.get(p.index());
    }

    /** The fingerprint of the engine that decides for this library (see {@link ComparisonEngine#fingerprint}). */
    public String fingerprint() {
        return engine.fingerprint();
    }

    /** The pair comparison of two of the library's articles, at the default strictness. */
    public Comparison compare(Article left, Article right) {
        return engine.compare(analysis(left), analysis(right), Double.NaN);
    }

    /** The passages of substance of an article that shares nothing with any other: all of them are its own. */
    public List<Span> onlyIn(Article article) {
        return engine.onlyIn(analysis(article));
    }

    private ArticleAnalysis analysis(Article article) {
        ArticleAnalysis a = byArticle.get(article);
        if (a == null) {
            throw new IllegalArgumentException(article.file() + " is not part of this library");
        }
        return a;
    }
}
