package app.parallax.ui.corpus;

import app.parallax.corpus.Corpus;
import app.parallax.corpus.CorpusMember;
import app.parallax.model.Article;
import app.parallax.model.Span;
import app.parallax.report.CorpusHtmlReport;
import app.parallax.report.PairShares;
import app.parallax.ui.background.Background;
import app.parallax.ui.background.FailureMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The corpus view's state: who reports what across the library (analysed on a lane of its own, so that the
 * pair view stays usable meanwhile), the matrix's rows as sorted, filtered and searched, the heat map's
 * counts, and the commands that open a pair from them. The analysis starts when the view is first shown,
 * runs again when the library changes, and stops when cancelled or when the window closes. Holds no nodes.
 */
public final class CorpusViewModel {

    private final CorpusAnalyser analyser;
    private final Background lane;
    private final Background files;
    private final ObservableList<Article> library;
    private final PairView pairs;

    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final BooleanProperty heatMapShown = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Corpus> corpus = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PairShares> shares = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper analysing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Not analysed yet");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    private final ObservableList<Article> columns = FXCollections.observableArrayList();
    private final ObservableList<Article> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<CorpusRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<CorpusRow> filtered = new FilteredList<>(allRows, r -> true);
    private final SortedList<CorpusRow> rows = new SortedList<>(filtered, CorpusSort.MOST_SOURCES.order());
    private final ObjectProperty<CorpusSort> sort = new SimpleObjectProperty<>(CorpusSort.MOST_SOURCES);
    private final BooleanProperty onlyOneSource = new SimpleBooleanProperty(false);
    private final StringProperty search = new SimpleStringProperty("");

    private Background.Job job;
    private long generation;
    private boolean stale = true;

    /**
     * {@code lane}: where the analysis runs (not the pair view's lane); {@code files}: where exports are
     * written; {@code library}: the articles to analyse, watched for changes.
     */
    public CorpusViewModel(CorpusAnalyser analyser, Background lane, Background files, ObservableList<Article> library,
                           PairView pairs) {
        this.analyser = analyser;
        this.lane = lane;
        this.files = files;
        this.library = library;
        this.pairs = pairs;
        sort.addListener((o, was, now) -> rows.setComparator(
                (now == null ? CorpusSort.MOST_SOURCES : now).order()));
        onlyOneSource.addListener((o, was, now) -> refilter());
        search.addListener((o, was, now) -> refilter());
        rows.addListener((ListChangeListener<CorpusRow>) c -> summarise());
        library.addListener((ListChangeListener<Article>) c -> libraryChanged());
        showing.addListener((o, was, now) -> {
            if (now && stale && !analysing.get()) {
                analyse();
            }
        });
    }

    // ---- commands ----------------------------------------------------------------------------------------

    /** Analyses the library as it is now; an analysis still running is cancelled first. */
    public void analyse() {
        stop();
        long mine = ++generation;
        List<Article> articles = List.copyOf(library);
        stale = false;
        show(null);
        if (articles.size() < 2) {
            analysing.set(false);
            progress.set(0);
            status.set("Who reports what needs at least two articles in the library");
            return;
        }
        analysing.set(true);
        progress.set(-1);
        status.set("Reading " + articles.size() + " articles…");
        long started = System.nanoTime();
        job = lane.submit(() -> analyser.analyse(articles, new CorpusAnalyser.Progress() {
                    @Override
                    public void pairsDone(int done, int total) {
                        report(mine, done, total, "Comparing pairs");
                    }

                    @Override
                    public void passagesEmbedded(int done, int total) {
                        report(mine, done, total, "Reading passages");
                    }
                }),
                done -> {
                    if (mine == generation) {
                        finished(done, started);
                    }
                },
                e -> {
                    if (mine == generation) {
                        failed(e);
                    }
                });
    }

    /** Stops the analysis that is running, if any; the view says so and offers to start again. */
    public void cancel() {
        if (!analysing.get()) {
            return;
        }
        stop();
        generation++;
        stale = true;
        analysing.set(false);
        progress.set(0);
        status.set("Analysis cancelled");
    }

    /** Opens the pair view on a filled cell: that source's passage, beside the row's gist (or another member). */
    public void open(CorpusRow row, Article source) {
        Optional<CorpusMember> passage = row.member(source);
        if (passage.isEmpty()) {
            return;
        }
        Article other = partner(row, source);
        Optional<Span> counterpart = row.member(other).map(CorpusMember::span);
        showing.set(false);
        pairs.openAt(source, passage.get().span(), other, counterpart);
    }

    /** Opens the pair view on two articles of the heat map. */
    public void openPair(Article first, Article second) {
        if (first.equals(second)) {
            return;
        }
        showing.set(false);
        pairs.openPair(first, second);
    }

    /** Writes the matrix and the heat map as one HTML page on the files lane; a failure is told, not thrown. */
    public void exportHtml(Path target) {
        Corpus c = corpus.get();
        if (c == null) {
            pairs.tell("There is nothing to export yet: open Who reports what (Ctrl+M) and let its analysis finish.");
            return;
        }
        files.submit(() -> {
                    Files.writeString(target, new CorpusHtmlReport().render(c), StandardCharsets.UTF_8);
                    return target;
                },
                written -> status.set("Saved who reports what to " + written.getFileName()),
                e -> pairs.tell("Could not save " + target.getFileName() + ": " + FailureMessage.of(e)));
    }

    // ---- work --------------------------------------------------------------------------------------------

    private void stop() {
        if (job != null) {
            job.cancel();
            job = null;
        }
    }

    /** A library that changed makes the matrix wrong: analysed again now if anyone is looking or waiting, else when shown. */
    private void libraryChanged() {
        boolean wanted = showing.get() || analysing.get();
        stop();
        generation++;
        analysing.set(false);
        stale = true;
        show(null);
        status.set("The library changed");
        if (wanted) {
            analyse();
        }
    }

    /** Rationed to whole percents: a library of a hundred articles has some five thousand pairs. */
    private void report(long mine, int done, int total, String what) {
        if (total > 0 && (done == total || done * 100L / total != (done - 1) * 100L / total)) {
            lane.later(() -> {
                if (mine == generation) {
                    progress.set((double) done / total);
                    status.set(what + ": " + done + " of " + total + "…");
                }
            });
        }
    }

    private void finished(Corpus done, long started) {
        job = null;
        analysing.set(false);
        progress.set(1);
        show(done);
        int n = done.articles().size();
        status.set(n + " articles, " + n * (n - 1) / 2 + " pairs compared in "
                + String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9));
    }

    private void failed(Throwable e) {
        job = null;
        analysing.set(false);
        progress.set(0);
        stale = true;
        if (e instanceof CancellationException) {
            status.set("Analysis cancelled");
        } else {
            status.set("Analysis failed");
            pairs.tell("Could not analyse the library: " + FailureMessage.of(e));
        }
    }

    private void show(Corpus c) {
        corpus.set(c);
        shares.set(c == null ? null : PairShares.of(c));
        columns.setAll(c == null ? List.of() : c.articles());
        allRows.setAll(c == null ? List.of() : CorpusRow.of(c));
        summarise();
    }

    private void refilter() {
        boolean single = onlyOneSource.get();
        String words = search.get();
        filtered.setPredicate(r -> (!single || r.sources() == 1) && r.mentions(words));
    }

    private void summarise() {
        Corpus c = corpus.get();
        if (c == null) {
            summary.set("");
            return;
        }
        summary.set(count(c.quotes().size(), "quote group") + ", " + count(c.claims().size(), "claim group") + ", "
                + c.unique().size() + " only in one source" + (rows.size() == allRows.size() ? ""
                : " · showing " + rows.size()));
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** The gist's article; if that is the source itself, another member's; for a single passage, the next article. */
    private Article partner(CorpusRow row, Article source) {
        if (!row.gist().article().equals(source)) {
            return row.gist().article();
        }
        return row.members().stream().map(CorpusMember::article).filter(a -> !a.equals(source)).findFirst()
                .orElseGet(() -> {
                    List<Article> all = columns;
                    return all.get((all.indexOf(source) + 1) % all.size());
                });
    }

    // ---- state -------------------------------------------------------------------------------------------

    /** Whether the corpus view is on show (instead of the pair view); showing it the first time analyses. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    /** Whether the view shows the pair heat map instead of the matrix. */
    public BooleanProperty heatMapShownProperty() {
        return heatMapShown;
    }

    public ReadOnlyObjectProperty<Corpus> corpusProperty() {
        return corpus.getReadOnlyProperty();
    }

    /** The heat map's counts; null until analysed. */
    public ReadOnlyObjectProperty<PairShares> sharesProperty() {
        return shares.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty analysingProperty() {
        return analysing.getReadOnlyProperty();
    }

    /** -1 while the articles are read and embedded, then the share of pairs compared, 1 when done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the analysis is doing or did: "Comparing pairs: 12 of 45…", "5 articles, 10 pairs compared in 1.2 s". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "5 quote groups, 16 claim groups, 44 only in one source · showing 12". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The matrix's columns: the analysed articles, in library order. */
    public ObservableList<Article> columns() {
        return columnsView;
    }

    /** The matrix's rows as filtered, searched and sorted. */
    public ObservableList<CorpusRow> rows() {
        return rows;
    }

    public ObjectProperty<CorpusSort> sortProperty() {
        return sort;
    }

    /** Shows only the passages one source alone has. */
    public BooleanProperty onlyOneSourceProperty() {
        return onlyOneSource;
    }

    /** Words any member's wording must contain. */
    public StringProperty searchProperty() {
        return search;
    }
}
