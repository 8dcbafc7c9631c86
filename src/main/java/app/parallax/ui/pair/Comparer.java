package app.parallax.ui.pair;

import app.parallax.model.Article;
import app.parallax.model.Comparison;

/** The engine as the reader uses it; slow calls, always made off the FX thread. */
public interface Comparer {

    /** Loads whatever the first comparison would otherwise wait for (the embedding model). */
    void warmUp();

    /** Compares two articles; throws {@link java.util.concurrent.CancellationException} when interrupted. */
    Comparison compare(Article left, Article right);
}
