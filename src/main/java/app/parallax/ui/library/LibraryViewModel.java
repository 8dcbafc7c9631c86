package app.parallax.ui.library;

import app.parallax.library.ArticleLoadException;
import app.parallax.library.FolderWatch;
import app.parallax.library.LibraryContents;
import app.parallax.library.LoadProblem;
import app.parallax.model.Article;
import app.parallax.ui.background.Background;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The sidebar's state: the folder, its articles (filtered by the search box), the files it could not read,
 * and the commands that add to it (import files, paste an article). All reading and writing of files runs
 * on the files lane, never on the FX thread; the folder is watched, so files that appear, change or go
 * while it is open are shown without a restart.
 */
public final class LibraryViewModel {

    /** Progress updates are rationed: a folder of thousands of files needs no thousand redraws. */
    private static final int PROGRESS_EVERY = 25;

    private final ArticleSource source;
    private final Background files;
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Article> articles = FXCollections.observableArrayList();
    private final FilteredList<Article> shown = new FilteredList<>(articles, a -> true);
    private final ObservableList<LoadProblem> problems = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Article> lastAdded = new ReadOnlyObjectWrapper<>();
    // One read-only view each: such a view listens weakly to its list, so a fresh one per call could be
    // collected together with the listeners added to it.
    private final ObservableList<Article> articlesView = FXCollections.unmodifiableObservableList(articles);
    private final ObservableList<LoadProblem> problemsView = FXCollections.unmodifiableObservableList(problems);

    private Consumer<Path> folderOpener = path -> open(path, () -> { });
    private Background.Job loadJob;
    private AutoCloseable watch;
    private long openings;

    public LibraryViewModel(ArticleSource source, Background files) {
        this.source = source;
        this.files = files;
        filter.addListener((o, was, now) -> shown.setPredicate(a -> matches(a, now)));
    }

    // ---- commands ----------------------------------------------------------------------------------------

    /**
     * Reads a folder on the files lane, then runs {@code onOpened}; a folder asked for later wins. On
     * failure the previous contents stay and the problem list says why.
     */
    public void open(Path path, Runnable onOpened) {
        if (loadJob != null) {
            loadJob.cancel();
        }
        stopWatching();
        long mine = ++openings;
        loading.set(true);
        progress.set(-1);
        status.set("Reading " + path + "…");
        loadJob = files.submit(() -> source.load(path, (done, total) -> {
                    if (done % PROGRESS_EVERY == 0 || done == total) {
                        files.later(() -> reportProgress(mine, done, total));
                    }
                }),
                shelf -> {
                    if (mine == openings) {
                        opened(shelf);
                        onOpened.run();
                    }
                },
                e -> {
                    if (mine == openings && !(e instanceof CancellationException)) {
                        loading.set(false);
                        progress.set(0);
                        status.set("");
                        problems.setAll(new LoadProblem(path, oneLine(e)));
                    }
                });
    }

    /** Who opens a dropped folder: the reader, which then also picks the pair to show. */
    public void openFoldersWith(Consumer<Path> opener) {
        this.folderOpener = opener;
    }

    /** Adds files to the library (copies in its folder; the originals are only read). A folder is opened. */
    public void importFiles(List<Path> paths) {
        importFiles(paths, added -> { });
    }

    /** As {@link #importFiles(List)}, then hands the articles that were added to {@code then}. */
    public void importFiles(List<Path> paths, Consumer<List<Article>> then) {
        Path into = folder.get();
        files.submit(() -> importing(into, paths), result -> {
            result.folder().ifPresent(folderOpener);
            added(result.articles());
            result.problems().forEach(this::addProblem);
            message.set(describe(result));
            then.accept(result.articles());
        }, e -> message.set(oneLine(e)));
    }

    /** Saves clipboard contents (plain text, or HTML when there is some) as a new Markdown file in the folder. */
    public void pasteAsArticle(String plain, String html) {
        Path into = folder.get();
        if (into == null) {
            message.set("Open a library folder first: a pasted article is saved in it");
            return;
        }
        files.submit(() -> source.savePasted(into, plain, html), article -> {
            added(List.of(article));
            message.set("Pasted as " + article.file().getFileName());
        }, e -> message.set(oneLine(e)));
    }

    public void dismissMessage() {
        message.set("");
    }

    // ---- work on the files lane ---------------------------------------------------------------------------

    private record Imported(Optional<Path> folder, List<Article> articles, List<LoadProblem> problems) {
    }

    private Imported importing(Path into, List<Path> paths) {
        Optional<Path> folderToOpen = Optional.empty();
        List<Article> added = new ArrayList<>();
        List<LoadProblem> failed = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                folderToOpen = folderToOpen.or(() -> Optional.of(path));
                continue;
            }
            try {
                added.add(into == null ? source.read(path) : source.importFile(into, path));
            } catch (ArticleLoadException e) {
                failed.add(new LoadProblem(path, e.getMessage()));
            }
        }
        return new Imported(folderToOpen, added, failed);
    }

    private record Reread(Path file, Optional<Article> article, Optional<LoadProblem> problem) {
    }

    private void startWatching(Path watched) {
        try {
            watch = source.watch(watched, change -> files.submit(() -> reread(watched, change),
                    update -> changed(watched, update), e -> { }));
        } catch (ArticleLoadException e) {
            watch = null; // a folder that cannot be watched still reads; it just does not follow changes
        }
    }

    private void stopWatching() {
        if (watch != null) {
            try {
                watch.close();
            } catch (Exception e) {
                // nothing more will be reported either way
            }
            watch = null;
        }
    }

    private Object reread(Path watched, FolderWatch.Change change) throws ArticleLoadException {
        if (change.everything()) {
            return source.load(watched);
        }
        List<Reread> updates = new ArrayList<>();
        for (Path file : change.files()) {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                updates.add(new Reread(file, Optional.empty(), Optional.empty()));
                continue;
            }
            try {
                updates.add(new Reread(file, Optional.of(source.read(file)), Optional.empty()));
            } catch (ArticleLoadException e) {
                updates.add(new Reread(file, Optional.empty(), Optional.of(new LoadProblem(file, e.getMessage()))));
            }
        }
        return updates;
    }

    // ---- updates on the FX thread -------------------------------------------------------------------------

    private void reportProgress(long mine, int done, int total) {
        if (mine == openings && loading.get()) {
            progress.set(total == 0 ? 1 : done / (double) total);
            status.set(String.format(Locale.ROOT, "Reading %,d of %,d files…", done, total));
        }
    }

    private void opened(LibraryContents shelf) {
        folder.set(shelf.folder());
        articles.setAll(shelf.articles());
        problems.setAll(shelf.problems());
        loading.set(false);
        progress.set(1);
        status.set(summary());
        startWatching(shelf.folder());
    }

    @SuppressWarnings("unchecked")
    private void changed(Path watched, Object update) {
        if (!watched.equals(folder.get())) {
            return;
        }
        if (update instanceof LibraryContents shelf) {
            articles.setAll(shelf.articles());
            problems.setAll(shelf.problems());
        } else {
            for (Reread r : (List<Reread>) update) {
                problems.removeIf(p -> p.file().equals(r.file()));
                r.problem().ifPresent(problems::add);
                Optional<Article> known = find(r.file());
                if (r.article().equals(known)) {
                    continue; // unchanged (a copy just made, a save without edits): keep the article shown
                }
                known.ifPresent(articles::remove);
                r.article().ifPresent(this::insertSorted);
            }
        }
        status.set(summary());
    }

    private void added(List<Article> added) {
        for (Article article : added) {
            find(article.file()).ifPresent(articles::remove);
            problems.removeIf(p -> p.file().equals(article.file()));
            insertSorted(article);
            lastAdded.set(article);
        }
        status.set(summary());
    }

    private void addProblem(LoadProblem problem) {
        problems.removeIf(p -> p.file().equals(problem.file()));
        problems.add(problem);
    }

    private void insertSorted(Article article) {
        Comparator<Article> byName = Comparator.comparing(a -> a.file().getFileName().toString());
        int at = 0;
        while (at < articles.size() && byName.compare(articles.get(at), article) < 0) {
            at++;
        }
        articles.add(at, article);
    }

    private String summary() {
        return articles.size() + (articles.size() == 1 ? " article" : " articles");
    }

    private static String describe(Imported result) {
        List<String> parts = new ArrayList<>();
        if (!result.articles().isEmpty()) {
            parts.add(result.articles().size() == 1 ? "Added " + result.articles().get(0).file().getFileName()
                    : "Added " + result.articles().size() + " articles");
        }
        if (!result.problems().isEmpty()) {
            parts.add(result.problems().size() == 1 ? result.problems().get(0).message()
                    : result.problems().size() + " files could not be added (see the list)");
        }
        return String.join("; ", parts);
    }

    private static String oneLine(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.lines().findFirst().orElse("").strip();
    }

    // ---- state -------------------------------------------------------------------------------------------

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

    /** Whether a folder is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** -1 while the number of files is not yet known, then the share read, 1 when done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Reading 120 of 2,225 files…", then "2,101 articles". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the last import or paste did, or why it did not; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The article most recently added by an import or a paste. */
    public ReadOnlyObjectProperty<Article> lastAddedProperty() {
        return lastAdded.getReadOnlyProperty();
    }
}
