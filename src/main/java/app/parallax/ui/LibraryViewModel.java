package app.parallax.ui;

import app.parallax.library.ArticleLoadException;
import app.parallax.library.LibraryContents;
import app.parallax.library.LoadProblem;
import app.parallax.model.Article;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The sidebar's state: the folder, its articles (filtered by the search box) and the files it could not read. */
public final class LibraryViewModel {

    private final ArticleSource source;
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Article> articles = FXCollections.observableArrayList();
    private final FilteredList<Article> shown = new FilteredList<>(articles, a -> true);
    private final ObservableList<LoadProblem> problems = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    // One read-only view each: such a view listens weakly to its list, so a fresh one per call could be
    // collected together with the listeners added to it.
    private final ObservableList<Article> articlesView = FXCollections.unmodifiableObservableList(articles);
    private final ObservableList<LoadProblem> problemsView = FXCollections.unmodifiableObservableList(problems);

    public LibraryViewModel(ArticleSource source) {
        this.source = source;
        filter.addListener((o, was, now) -> shown.setPredicate(a -> matches(a, now)));
    }

    /** Loads a folder; on failure the previous contents stay and the problem list says why. */
    public boolean open(Path path) {
        try {
            LibraryContents shelf = source.load(path);
            folder.set(shelf.folder());
            articles.setAll(shelf.articles());
            problems.setAll(shelf.problems());
            return true;
        } catch (ArticleLoadException e) {
            problems.setAll(new LoadProblem(path, e.getMessage()));
            return false;
        }
    }

    /** The article of this library read from {@code file}, if it is one of them. */
    public Optional<Article> find(Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        return articles.stream().filter(a -> a.file().toAbsolutePath().normalize().equals(wanted)).findFirst();
    }

    static boolean matches(Article a, String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        if (f.isEmpty()) {
            return true;
        }
        String haystack = String.join(" ", a.title(), a.metadata().outlet().orElse(""),
                a.metadata().date().map(Object::toString).orElse(""), a.file().getFileName().toString());
        return haystack.toLowerCase(Locale.ROOT).contains(f);
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ObservableList<Article> articles() {
        return articlesView;
    }

    /** The articles the filter lets through, in library order. */
    public ObservableList<Article> shown() {
        return shown;
    }

    public ObservableList<LoadProblem> problems() {
        return problemsView;
    }

    public StringProperty filterProperty() {
        return filter;
    }
}
