package app.parallax.ui;

import app.parallax.library.ArticleLoadException;
import app.parallax.library.LibraryContents;
import app.parallax.model.Article;
import java.nio.file.Path;

/**
 * Where the reader gets its articles: a folder at a time, or one file. The window uses the article library;
 * view-model tests hand in their own. Exception messages are one clear line for a person.
 */
public interface ArticleSource {

    LibraryContents load(Path folder) throws ArticleLoadException;

    Article read(Path file) throws ArticleLoadException;
}
