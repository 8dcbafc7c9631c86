package app.parallax.ui.corpus;

import app.parallax.corpus.Corpus;
import app.parallax.model.Article;
import java.util.List;

/** The corpus engine as the window uses it: slow, always called off the FX thread. */
public interface CorpusAnalyser {

    /** Told from working threads as the library's passages are embedded, then as its pairs are compared. */
    interface Progress {
        void pairsDone(int done, int total);

        /** Passages embedded so far (those the cache did not hold). */
        default void passagesEmbedded(int done, int total) {
        }
    }

    /** Throws {@link java.util.concurrent.CancellationException} when the calling thread is interrupted. */
    Corpus analyse(List<Article> articles, Progress progress);
}
