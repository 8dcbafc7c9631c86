package app.parallax.ui;

import app.parallax.model.Article;
import app.parallax.model.Comparison;
import app.parallax.model.PerSide;
import app.parallax.model.Side;
import app.parallax.ui.library.LibraryViewModel;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
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
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The reader's state and commands: which two articles are shown, their comparison, which layers are on,
 * which match is selected, the status of the model and of the analysis, zoom and theme. Holds no nodes.
 */
public final class ReaderViewModel {

    public static final double DEFAULT_FONT_SIZE = 15;
    private static final double MIN_FONT_SIZE = 9;
    private static final double MAX_FONT_SIZE = 40;

    private final LibraryViewModel library;
    private final ArticleSource source;
    private final Comparer comparer;
    private final Background background;
    private final ReaderPreferences preferences;

    private final ReadOnlyObjectWrapper<Article> left = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Article> right = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Highlights> highlights = new ReadOnlyObjectWrapper<>(Highlights.NONE);
    private final Map<Layer, BooleanProperty> shownLayers = new EnumMap<>(Layer.class);
    private final ObservableList<Match> matches = FXCollections.observableArrayList();
    private final ObservableList<Match> matchesView = FXCollections.unmodifiableObservableList(matches);
    private final ObjectProperty<Match> selected = new SimpleObjectProperty<>();

    private final ReadOnlyStringWrapper analysisStatus = new ReadOnlyStringWrapper("Choose two articles");
    private final ReadOnlyDoubleWrapper analysisProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper analysing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper modelStatus = new ReadOnlyStringWrapper("Language model not loaded");
    private final ReadOnlyDoubleWrapper modelProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    private final DoubleProperty fontSize = new SimpleDoubleProperty(DEFAULT_FONT_SIZE);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);

    private Background.Job analysis;
    private long generation;
    private long shows;

    public ReaderViewModel(ArticleSource source, Comparer comparer, Background background,
                           ReaderPreferences preferences) {
        this(source, comparer, background, background, preferences);
    }

    /** {@code files}: the lane for reading files, apart from {@code background}'s model and comparisons. */
    public ReaderViewModel(ArticleSource source, Comparer comparer, Background background, Background files,
                           ReaderPreferences preferences) {
        this.source = source;
        this.library = new LibraryViewModel(source, files);
        this.library.openFoldersWith(this::openFolder);
        this.comparer = comparer;
        this.background = background;
        this.preferences = preferences;
        for (Layer layer : Layer.values()) {
            BooleanProperty on = new SimpleBooleanProperty(true);
            on.addListener((o, was, now) -> refreshMatches());
            shownLayers.put(layer, on);
        }
        highlights.addListener((o, was, now) -> refreshMatches());
        fontSize.set(clamp(preferences.fontSizeOr(DEFAULT_FONT_SIZE)));
        fontSize.addListener((o, was, now) -> preferences.fontSize(now.doubleValue()));
        dark.set(preferences.dark());
        dark.addListener((o, was, now) -> preferences.dark(now));
    }

    // ---- commands ----------------------------------------------------------------------------------------

    /** Warms the model up in the background, opens the folder and shows the remembered pair (or the first two). */
    public void start(Path folder) {
        warmUp();
        openFolder(folder);
    }

    /**
     * Opens a folder in the background; once it is read, shows the remembered pair (or the first two) unless
     * a pair was chosen meanwhile (the screenshot command shows its two files at once).
     */
    public void openFolder(Path folder) {
        long shownBefore = shows;
        library.open(folder, () -> {
            if (shows == shownBefore) {
                showDefaultPair();
            } else {
                preferences.folder(library.folderProperty().get());
            }
        });
    }

    private void showDefaultPair() {
        preferences.folder(library.folderProperty().get());
        Optional<PerSide<Article>> remembered = preferences.pair()
                .flatMap(p -> library.find(p.left()).flatMap(l -> library.find(p.right()).map(r -> new PerSide<>(l, r))));
        List<Article> all = library.articles();
        if (remembered.isPresent()) {
            show(remembered.get().left(), remembered.get().right());
        } else if (all.size() >= 2) {
            show(all.get(0), all.get(1));
        } else if (all.size() == 1) {
            show(all.get(0), null);
        }
    }

    /** Shows two files, from the library when they are in it, else read on their own. */
    public boolean showFiles(Path leftFile, Path rightFile) {
        Optional<Article> l = articleAt(leftFile);
        Optional<Article> r = articleAt(rightFile);
        if (l.isPresent() && r.isPresent()) {
            show(l.get(), r.get());
            return true;
        }
        return false;
    }

    private Optional<Article> articleAt(Path file) {
        Optional<Article> known = library.find(file);
        if (known.isPresent()) {
            return known;
        }
        try {
            return Optional.of(source.read(file));
        } catch (app.parallax.library.ArticleLoadException e) {
            notice.set(e.getMessage());
            return Optional.empty();
        }
    }

    public void showLeft(Article article) {
        show(article, right.get());
    }

    public void showRight(Article article) {
        show(left.get(), article);
    }

    public void swap() {
        show(right.get(), left.get());
    }

    private void show(Article l, Article r) {
        if (l == left.get() && r == right.get() && comparison.get() != null) {
            return;
        }
        shows++;
        left.set(l);
        right.set(r);
        analyse();
    }

    private void analyse() {
        if (analysis != null) {
            analysis.cancel();
        }
        long mine = ++generation;
        selected.set(null);
        comparison.set(null);
        highlights.set(Highlights.NONE);
        Article l = left.get();
        Article r = right.get();
        if (l == null || r == null) {
            analysing.set(false);
            analysisProgress.set(0);
            analysisStatus.set(l == null ? "Choose an article for the left pane" : "Choose an article for the right pane");
            return;
        }
        preferences.pair(l.file(), r.file());
        notice.set("");
        analysing.set(true);
        analysisProgress.set(-1);
        analysisStatus.set("Comparing " + shortName(l) + " with " + shortName(r) + "…");
        long started = System.nanoTime();
        analysis = background.submit(() -> comparer.compare(l, r),
                c -> {
                    if (mine == generation) {
                        finished(c, started);
                    }
                },
                e -> {
                    if (mine == generation) {
                        failed(e);
                    }
                });
    }

    private void finished(Comparison c, long started) {
        comparison.set(c);
        highlights.set(Highlights.of(c));
        analysing.set(false);
        analysisProgress.set(1);
        long ms = (System.nanoTime() - started) / 1_000_000;
        analysisStatus.set(matches.size() + " matches found in " + ms + " ms");
    }

    private void failed(Throwable e) {
        analysing.set(false);
        analysisProgress.set(0);
        if (e instanceof CancellationException) {
            analysisStatus.set("Comparison cancelled");
        } else {
            analysisStatus.set("Comparison failed");
            notice.set("Could not compare these two articles: " + describe(e));
        }
    }

    private void warmUp() {
        modelStatus.set("Loading the language model…");
        modelProgress.set(-1);
        long started = System.nanoTime();
        background.submit(() -> {
                    comparer.warmUp();
                    return Boolean.TRUE;
                },
                ok -> {
                    modelProgress.set(1);
                    modelStatus.set("Language model ready (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
                },
                e -> {
                    modelProgress.set(0);
                    modelStatus.set("Language model failed to load");
                    notice.set("The language model could not be loaded: " + describe(e));
                });
    }

    public void select(Match match) {
        selected.set(match);
    }

    /** The next match after the selected one in the order of the left article (the first if none is selected). */
    public void selectNext() {
        step(1);
    }

    public void selectPrevious() {
        step(-1);
    }

    private void step(int direction) {
        if (matches.isEmpty()) {
            return;
        }
        int at = matches.indexOf(selected.get());
        int next = at < 0 ? (direction > 0 ? 0 : matches.size() - 1) : at + direction;
        if (next >= 0 && next < matches.size()) {
            selected.set(matches.get(next));
        }
    }

    /** The shown match whose passage on this side covers the offset; the narrowest when they nest. */
    public Optional<Match> matchAt(Side side, int offset) {
        return matches.stream()
                .filter(m -> m.span(side).start() <= offset && offset < m.span(side).end())
                .min(Comparator.comparingInt(m -> m.span(side).length()));
    }

    public void zoomIn() {
        fontSize.set(clamp(fontSize.get() + 1));
    }

    public void zoomOut() {
        fontSize.set(clamp(fontSize.get() - 1));
    }

    public void resetZoom() {
        fontSize.set(DEFAULT_FONT_SIZE);
    }

    public void dismissNotice() {
        notice.set("");
    }

    private void refreshMatches() {
        Match was = selected.get();
        matches.setAll(highlights.get().matches().stream().filter(m -> isShown(m.layer())).toList());
        if (was != null && !matches.contains(was)) {
            selected.set(null);
        }
    }

    private static double clamp(double size) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }

    private static String shortName(Article a) {
        return a.metadata().outlet().orElse(a.file().getFileName().toString());
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    // ---- state -------------------------------------------------------------------------------------------

    public LibraryViewModel library() {
        return library;
    }

    public ReaderPreferences preferences() {
        return preferences;
    }

    public ReadOnlyObjectProperty<Article> leftProperty() {
        return left.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Article> rightProperty() {
        return right.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Article> articleProperty(Side side) {
        return side == Side.LEFT ? leftProperty() : rightProperty();
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Highlights> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }

    /** Whether a layer is shown; the legend's toggles bind to these. */
    public BooleanProperty shownProperty(Layer layer) {
        return shownLayers.get(layer);
    }

    public boolean isShown(Layer layer) {
        return shownLayers.get(layer).get();
    }

    public Set<Layer> shownLayers() {
        Set<Layer> on = EnumSet.noneOf(Layer.class);
        shownLayers.forEach((layer, p) -> {
            if (p.get()) {
                on.add(layer);
            }
        });
        return on;
    }

    /** The matches of the shown layers, in the order of the left article. */
    public ObservableList<Match> matches() {
        return matchesView;
    }

    public ObjectProperty<Match> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty analysisStatusProperty() {
        return analysisStatus.getReadOnlyProperty();
    }

    /** 0 idle, -1 (indeterminate) while comparing, 1 done. */
    public ReadOnlyDoubleProperty analysisProgressProperty() {
        return analysisProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty analysingProperty() {
        return analysing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modelStatusProperty() {
        return modelStatus.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty modelProgressProperty() {
        return modelProgress.getReadOnlyProperty();
    }

    /** A message for the person at the window (an unreadable file, a failed comparison); empty when none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}
