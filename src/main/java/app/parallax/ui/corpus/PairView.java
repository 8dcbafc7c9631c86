package app.parallax.ui.corpus;

import app.parallax.model.Article;
import app.parallax.model.Span;
import java.util.Optional;

/**
 * What the corpus view hands a pair to: the reader's pair view. An interface, so that the corpus view knows
 * nothing of the pair view that implements it.
 */
public interface PairView {

    /** Shows the two articles side by side. */
    void openPair(Article first, Article second);

    /**
     * Shows {@code article} beside {@code other} with {@code passage} (of {@code article}) selected and in
     * view; {@code counterpart}, a passage of {@code other}, picks among several matches of that passage.
     */
    void openAt(Article article, Span passage, Article other, Optional<Span> counterpart);

    /** Something that went wrong, for the person at the window. */
    void tell(String message);
}
