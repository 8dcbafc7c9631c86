package app.parallax.library;

import app.parallax.model.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** What a library folder held: the articles that loaded, in file-name order, and the files that did not. */
public record LibraryContents(Path folder, List<Article> articles, List<LoadProblem> problems) {

    public LibraryContents {
        Objects.requireNonNull(folder, "folder");
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
