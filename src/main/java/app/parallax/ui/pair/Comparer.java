package app.parallax.ui.pair;

import app.parallax.model.Article;
import app.parallax.model.Comparison;
import app.parallax.ui.corpus.CorpusAnalyser;

/**
 * The engine as the reader uses it; slow calls, always made off the FX thread. One engine serves both the
 * pair view and the corpus view, so each article is analysed and embedded once for both.
 */
public interface Comparer extends CorpusAnalyser {

    /** Loads whatever the first comparison would otherwise wait for (the embedding model). */
    void warmUp();

    /**
     * Compares two articles with that bar for a shared claim (0..1); throws
     * {@link java.util.concurrent.CancellationException} when interrupted. Asking again for the same pair at
     * another bar costs milliseconds: the engine keeps each article's analysis and embeddings.
     */
    Comparison compare(Article left, Article right, double minSimilarity);

    /** The engine's own bar for a shared claim. */
    double defaultMinSimilarity();
}
