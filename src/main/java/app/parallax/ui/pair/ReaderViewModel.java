package app.parallax.ui.pair;

import app.parallax.model.Article;
import app.parallax.model.Comparison;
import app.parallax.model.PerSide;
import app.parallax.model.Side;
import app.parallax.model.Span;
import app.parallax.ui.background.Background;
import app.parallax.ui.background.FailureMessage;
import app.parallax.ui.corpus.CorpusViewModel;
import app.parallax.ui.corpus.PairView;
import app.parallax.ui.library.ArticleSource;
import app.parallax.ui.library.LibraryViewModel;
import app.parallax.ui.library.ReadingPanes;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
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
public final class ReaderViewModel implements ReadingPanes, PairView {

    public static final double DEFAULT_FONT_SIZE = 15;
    /** Zoom steps: each at least 10 % bigger than the last, so that a key press is visible from the back row. */
    static final double[] ZOOM_STEPS = {0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.25, 2.5, 3.0};
    /** How much larger presentation mode draws the whole window, on top of the zoom. */
    public static final double PRESENTATION_FACTOR = 1.5;
    private static final int RECENT_FOLDERS = 6;
    /** The strictness control's range: below 0.30 nearly any two sentences on a subject pair up, above 0.90 only near-copies. */
    public static final double LOOSEST = 0.30;
    public static final double STRICTEST = 0.90;
    /** One step of Stricter/Looser in the View menu. */
    public static final double STRICTNESS_STEP = 0.05;

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

    private final DoubleProperty minSimilarity = new SimpleDoubleProperty();
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1.0);
    private final BooleanProperty presentation = new SimpleBooleanProperty(false);
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(1.0);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ObservableList<Path> recentFolders = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFoldersView = FXCollections.unmodifiableObservableList(recentFolders);

    private final SearchViewModel search = new SearchViewModel(left.getReadOnlyProperty(), right.getReadOnlyProperty());
    private final CorpusViewModel corpus;
    private Background.Job analysis;
    private long generation;
    private long shows;
    /** A passage to select once the comparison that shows it is done (the corpus view asked for it). */
    private Focus focus;

    private record Focus(Article article, Span passage, Optional<Span> counterpart) {
    }

    public ReaderViewModel(ArticleSource source, Comparer comparer, Background background,
                           ReaderPreferences preferences) {
        this(source, comparer, background, background, preferences);
    }

    /**
     * {@code files}: the lane for reading files, apart from {@code background}'s model and comparisons; the
     * corpus view's analysis shares {@code background}.
     */
    public ReaderViewModel(ArticleSource source, Comparer comparer, Background background, Background files,
                           ReaderPreferences preferences) {
        this(source, comparer, background, files, background, preferences);
    }

    /** {@code corpusLane}: where the corpus view analyses the library, so that pairs are compared meanwhile. */
    public ReaderViewModel(ArticleSource source, Comparer comparer, Background background, Background files,
                           Background corpusLane, ReaderPreferences preferences) {
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
        minSimilarity.set(withinRange(preferences.minSimilarityOr(comparer.defaultMinSimilarity())));
        minSimilarity.addListener((o, was, now) -> {
            double bar = withinRange(now.doubleValue());
            if (bar != now.doubleValue()) {
                minSimilarity.set(bar);
                return;
            }
            preferences.minSimilarity(bar);
            rematch();
        });
        zoom.set(nearestStep(preferences.zoomOr(1.0)));
        zoom.addListener((o, was, now) -> preferences.zoom(now.doubleValue()));
        scale.bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> zoom.get() * (presentation.get() ? PRESENTATION_FACTOR : 1), zoom, presentation));
        dark.set(preferences.dark());
        dark.addListener((o, was, now) -> preferences.dark(now));
        selected.addListener((o, was, now) -> describePosition());
        matches.addListener((javafx.collections.ListChangeListener<Match>) c -> describePosition());
        recentFolders.setAll(preferences.recentFolders());
        corpus = new CorpusViewModel(comparer, corpusLane, files, library.articles(), this);
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
            Path opened = library.folderProperty().get();
            remember(opened);
            if (shows == shownBefore) {
                showDefaultPair();
            } else {
                preferences.folder(opened);
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

    private void remember(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        recentFolders.remove(absolute);
        recentFolders.add(0, absolute);
        if (recentFolders.size() > RECENT_FOLDERS) {
            recentFolders.remove(RECENT_FOLDERS, recentFolders.size());
        }
        preferences.recentFolders(recentFolders);
    }

    /**
     * Imports the files into the library (on the files lane; a folder is opened), then one article goes to
     * the left pane (the right one stays) and two fill both panes; more is a notice.
     */
    public void openFiles(List<Path> files) {
        if (files.size() > 2) {
            notice.set("Choose one or two files: the reader compares two articles at a time (" + files.size()
                    + " were chosen).");
            return;
        }
        library.importFiles(files, added -> {
            if (added.size() == 1) {
                showLeft(added.get(0));
            } else if (added.size() == 2) {
                show(added.get(0), added.get(1));
            }
        });
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

    @Override
    public void showLeft(Article article) {
        show(article, right.get());
    }

    @Override
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
        focus = null;
        left.set(l);
        right.set(r);
        analyse();
    }

    @Override
    public void openPair(Article first, Article second) {
        if (first == right.get() && second == left.get()) {
            return; // already side by side, the other way round
        }
        show(first, second);
    }

    /**
     * Shows the pair (in the order it is already shown, if it is) and, once compared, selects the match of
     * that passage: the one joining it to {@code counterpart} if there is one, else any match of exactly that
     * passage, else the match overlapping it most. A passage the pair view does not match at its current
     * strictness is said so in a notice.
     */
    @Override
    public void openAt(Article article, Span passage, Article other, Optional<Span> counterpart) {
        if (article == right.get() && other == left.get()) {
            show(other, article);
        } else {
            show(article, other);
        }
        focus = new Focus(article, passage, counterpart);
        if (comparison.get() != null) {
            applyFocus();
        }
    }

    private void applyFocus() {
        Focus f = focus;
        focus = null;
        Side side = f.article() == left.get() ? Side.LEFT : Side.RIGHT;
        Side otherSide = side == Side.LEFT ? Side.RIGHT : Side.LEFT;
        List<Match> own = matches.stream().filter(m -> m.belongsTo(side)).toList();
        Optional<Match> chosen = own.stream()
                .filter(m -> m.span(side).equals(f.passage()) && f.counterpart().map(m.span(otherSide)::equals).orElse(true))
                .findFirst()
                .or(() -> own.stream().filter(m -> m.span(side).equals(f.passage())).findFirst())
                .or(() -> own.stream().filter(m -> m.span(side).overlaps(f.passage()))
                        .max(Comparator.comparingInt(m -> overlap(m.span(side), f.passage()))));
        if (chosen.isPresent()) {
            selected.set(chosen.get());
        } else {
            notice.set("The pair view does not match \u201c" + abbreviated(f.passage().text()) + "\u201d at its strictness ("
                    + percent(minSimilarity.get()) + ") or with the layers shown.");
        }
    }

    private static int overlap(Span a, Span b) {
        return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    }

    private static String abbreviated(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
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
        double bar = minSimilarity.get();
        analysis = background.submit(() -> comparer.compare(l, r, bar),
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

    /**
     * The same pair again at the new bar for a shared claim. What is shown stays until the new comparison
     * replaces it (the engine has both analyses cached, so that takes milliseconds), and the selection moves
     * to the same passages when they are still a match of some kind.
     */
    private void rematch() {
        Article l = left.get();
        Article r = right.get();
        if (l == null || r == null) {
            return;
        }
        if (comparison.get() == null) {
            analyse(); // the first comparison of this pair is still running: start it again at the new bar
            return;
        }
        if (analysis != null) {
            analysis.cancel();
        }
        long mine = ++generation;
        Match was = selected.get();
        double bar = minSimilarity.get();
        analysing.set(true);
        analysisProgress.set(-1);
        analysisStatus.set("Matching again at " + percent(bar) + "…");
        long started = System.nanoTime();
        analysis = background.submit(() -> comparer.compare(l, r, bar),
                done -> {
                    if (mine == generation) {
                        finished(done, started);
                        if (was != null && selected.get() == null) {
                            samePassages(was).ifPresent(selected::set);
                        }
                    }
                },
                e -> {
                    if (mine == generation) {
                        failed(e);
                    }
                });
    }

    /** A shown match on the same passages as {@code was}: both the same, else the one it was about. */
    private Optional<Match> samePassages(Match was) {
        return matches.stream().filter(m -> m.left().equals(was.left()) && m.right().equals(was.right())).findFirst()
                .or(() -> matches.stream().filter(m -> Stream.of(Side.values())
                        .anyMatch(side -> was.belongsTo(side) && m.belongsTo(side) && m.span(side).equals(was.span(side))))
                        .findFirst());
    }

    public void stricter() {
        minSimilarity.set(withinRange(minSimilarity.get() + STRICTNESS_STEP));
    }

    public void looser() {
        minSimilarity.set(withinRange(minSimilarity.get() - STRICTNESS_STEP));
    }

    private static double withinRange(double bar) {
        // Whole percent: a slider's 0.45000000000000007 is the bar 0.45 as far as anyone can tell.
        return Math.round(Math.max(LOOSEST, Math.min(STRICTEST, bar)) * 100) / 100.0;
    }

    static String percent(double bar) {
        return Math.round(bar * 100) + " %";
    }

    private void finished(Comparison done, long started) {
        comparison.set(done);
        highlights.set(Highlights.of(done));
        analysing.set(false);
        analysisProgress.set(1);
        long ms = (System.nanoTime() - started) / 1_000_000;
        long pairs = highlights.get().matches().stream().filter(m -> m.onlyIn().isEmpty()).count();
        long alone = highlights.get().matches().size() - pairs;
        analysisStatus.set(pairs + " matches, " + alone + " only in one · " + ms + " ms");
        if (focus != null) {
            applyFocus();
        }
    }

    private void failed(Throwable e) {
        analysing.set(false);
        analysisProgress.set(0);
        if (e instanceof CancellationException) {
            analysisStatus.set("Comparison cancelled");
        } else {
            analysisStatus.set("Comparison failed");
            notice.set("Could not compare these two articles: " + FailureMessage.of(e));
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
                    modelStatus.set("Model ready (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
                },
                e -> {
                    modelProgress.set(0);
                    modelStatus.set("Language model failed to load");
                    notice.set("The language model could not be loaded: " + FailureMessage.of(e));
                });
    }

    /**
     * Writes the comparison as the same self-contained page as {@code compare --format html}, in the
     * background; the status bar says where it went, a failure becomes a notice.
     */
    public void exportHtml(Path target) {
        Comparison c = comparison.get();
        if (c == null) {
            notice.set("There is no comparison to export yet: choose two articles first.");
            return;
        }
        background.submit(() -> {
                    java.nio.file.Files.writeString(target, new app.parallax.report.HtmlReport().render(c),
                            java.nio.charset.StandardCharsets.UTF_8);
                    return target;
                },
                written -> analysisStatus.set("Saved the comparison to " + written.getFileName()),
                e -> notice.set("Could not save " + target.getFileName() + ": " + FailureMessage.of(e)));
    }

    /** Something the window could not do (no printer, say), for the person at it. */
    @Override
    public void tell(String message) {
        notice.set(message);
    }

    public void select(Match match) {
        selected.set(match);
    }

    /** The next match after the selected one in the order of the left article; after the last, the first. */
    public void selectNext() {
        step(1, m -> true);
    }

    /** The previous match; before the first, the last. */
    public void selectPrevious() {
        step(-1, m -> true);
    }

    /** The next passage only one article has, wrapping around. */
    public void selectNextUnique() {
        step(1, m -> m.onlyIn().isPresent());
    }

    private void step(int direction, java.util.function.Predicate<Match> stop) {
        int n = matches.size();
        if (n == 0) {
            return;
        }
        int at = matches.indexOf(selected.get());
        int from = at < 0 ? (direction > 0 ? -1 : n) : at;
        for (int k = 1; k <= n; k++) {
            Match candidate = matches.get(Math.floorMod(from + direction * k, n));
            if (stop.test(candidate)) {
                selected.set(candidate);
                return;
            }
        }
    }

    private void describePosition() {
        int at = matches.indexOf(selected.get());
        if (matches.isEmpty()) {
            position.set("No matches");
        } else if (at < 0) {
            position.set(matches.size() + (matches.size() == 1 ? " match" : " matches"));
        } else {
            position.set("Match " + (at + 1) + " of " + matches.size());
        }
    }

    /** The shown match whose passage on this side covers the offset; the narrowest when they nest. */
    public Optional<Match> matchAt(Side side, int offset) {
        return matches.stream()
                .filter(m -> m.belongsTo(side))
                .filter(m -> m.span(side).start() <= offset && offset < m.span(side).end())
                .min(Comparator.comparingInt(m -> m.span(side).length()));
    }

    public void zoomIn() {
        zoom.set(ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, stepIndex(zoom.get()) + 1)]);
    }

    public void zoomOut() {
        zoom.set(ZOOM_STEPS[Math.max(0, stepIndex(zoom.get()) - 1)]);
    }

    public void resetZoom() {
        zoom.set(1.0);
    }

    public void togglePresentation() {
        presentation.set(!presentation.get());
    }

    private static int stepIndex(double z) {
        int best = 0;
        for (int i = 1; i < ZOOM_STEPS.length; i++) {
            if (Math.abs(ZOOM_STEPS[i] - z) < Math.abs(ZOOM_STEPS[best] - z)) {
                best = i;
            }
        }
        return best;
    }

    private static double nearestStep(double z) {
        return ZOOM_STEPS[stepIndex(z)];
    }

    public void dismissNotice() {
        notice.set("");
    }

    private void refreshMatches() {
        Match was = selected.get();
        // Layers on and off change the list; the selection stays when its match is still shown.
        matches.setAll(highlights.get().matches().stream().filter(m -> isShown(m.layer())).toList());
        if (was != null && !matches.contains(was)) {
            selected.set(null);
        }
    }

    private static String shortName(Article a) {
        return a.metadata().outlet().orElse(a.file().getFileName().toString());
    }

    // ---- state -------------------------------------------------------------------------------------------

    @Override
    public LibraryViewModel library() {
        return library;
    }

    public SearchViewModel search() {
        return search;
    }

    /** Who reports what across the library: the corpus view's state. */
    public CorpusViewModel corpus() {
        return corpus;
    }

    public ReaderPreferences preferences() {
        return preferences;
    }

    @Override
    public ReadOnlyObjectProperty<Article> leftProperty() {
        return left.getReadOnlyProperty();
    }

    @Override
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

    /**
     * How similar two passages must be to count as a shared claim (0.30–0.90): stricter shows fewer claims
     * and more "possibly the same"; remembered between runs, the engine's own bar at first.
     */
    public DoubleProperty minSimilarityProperty() {
        return minSimilarity;
    }

    /** The zoom of the whole window, 1 = 100 %, in {@link #ZOOM_STEPS}; remembered between runs. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** Presentation mode: everything larger, projector colours, no library. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** What the window multiplies every size by: the zoom, times {@link #PRESENTATION_FACTOR} when presenting. */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    /** The reading text's size in pixels. */
    public double textSize() {
        return DEFAULT_FONT_SIZE * scale.get();
    }

    /** "Match 3 of 12", or how many there are when none is selected. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** The folders opened lately, the last first. */
    public ObservableList<Path> recentFolders() {
        return recentFoldersView;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}
