package app.parallax.ui.library;

import app.parallax.model.Article;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What the sidebar hands its articles to: the reader's two panes, which it marks in the list and fills on a
 * click. An interface, so that the library knows nothing of the pair view that implements it.
 */
public interface ReadingPanes {

    LibraryViewModel library();

    ReadOnlyObjectProperty<Article> leftProperty();

    ReadOnlyObjectProperty<Article> rightProperty();

    void showLeft(Article article);

    void showRight(Article article);
}
