package app.parallax.ui;

import app.parallax.model.Article;
import java.nio.file.Path;
import java.util.List;

/** Where the reader gets its articles from: a folder at a time, or one file. */
public interface ArticleSource {

    Shelf load(Path folder) throws Unreadable;

    Article read(Path file) throws Unreadable;

    /** The readable articles of a folder, and one problem per file that could not be read. */
    record Shelf(Path folder, List<Article> articles, List<Problem> problems) {
        public Shelf {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    /** A file that could not be read, and why, in one line a person understands. */
    record Problem(Path file, String message) {
    }

    /** A folder or file that could not be read; the message is one clear line for a person. */
    final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }
}
