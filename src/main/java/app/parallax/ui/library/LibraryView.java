package app.parallax.ui.library;

import app.parallax.library.LoadProblem;
import app.parallax.model.Article;
import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The sidebar: the folder's articles with title, outlet, date and length, a filter box, progress while a
 * folder is read, and one collapsible list of the files that could not be read, which never grows past a
 * few rows so that the articles stay in reach. Click shows an article on the left, Ctrl/Cmd-click on the
 * right; the context menu offers both. Files dropped here are imported; "Paste" saves the clipboard.
 */
public final class LibraryView extends VBox {

    /** Rows of the problem list shown before it scrolls. */
    private static final int PROBLEM_ROWS = 4;
    private static final double PROBLEM_ROW_HEIGHT = 44;

    private final ReadingPanes model;
    private final ListView<Article> list = new ListView<>();
    private final ListView<LoadProblem> problemList = new ListView<>();
    private final TitledPane problems = new TitledPane();

    public LibraryView(ReadingPanes model, Runnable openFolder) {
        this.model = model;
        getStyleClass().add("library");
        setId("library");
        LibraryViewModel library = model.library();

        Label heading = new Label("Library");
        heading.getStyleClass().add("library-heading");
        Label folder = new Label();
        folder.getStyleClass().add("library-meta");
        folder.textProperty().bind(library.folderProperty().asString());
        folder.setWrapText(true);
        Button open = new Button("Open folder…");
        open.setId("open-folder");
        open.setOnAction(e -> openFolder.run());
        Button paste = new Button("Paste");
        paste.setId("paste-article");
        paste.setTooltip(new Tooltip("Paste as article (Ctrl+Shift+V): save the clipboard's text as a new article"));
        paste.setOnAction(e -> ClipboardPaste.paste(library));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, heading, gap, paste, open);

        TextField filter = new TextField();
        filter.setId("library-filter");
        filter.setPromptText("Filter by title, outlet, date…");
        filter.textProperty().bindBidirectional(library.filterProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("library-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(library.progressProperty());
        progress.visibleProperty().bind(library.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("library-status");
        status.getStyleClass().add("library-meta");
        status.textProperty().bind(library.statusProperty());

        Label message = new Label();
        message.setId("library-message");
        message.getStyleClass().add("library-message");
        message.setWrapText(true);
        message.textProperty().bind(library.messageProperty());
        message.visibleProperty().bind(library.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setOnMouseClicked(e -> library.dismissMessage());

        list.setId("library-list");
        list.setItems(library.shown());
        list.setCellFactory(v -> new ArticleCell());
        list.setPlaceholder(new Label("No articles here yet: open a folder, drop files or paste one"));
        VBox.setVgrow(list, Priority.ALWAYS);
        library.lastAddedProperty().addListener((o, was, now) -> {
            if (now != null) {
                list.scrollTo(now);
                list.getSelectionModel().select(now);
            }
        });

        Label hint = new Label("Click: left pane · Ctrl+click: right pane · right-click: menu · drop files here");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        problemList.setId("load-problem-list");
        problemList.setItems(library.problems());
        problemList.setCellFactory(v -> new ProblemCell());
        problemList.prefHeightProperty().bind(Bindings.min(PROBLEM_ROWS,
                Bindings.size(library.problems())).multiply(PROBLEM_ROW_HEIGHT).add(4));
        problems.setId("load-problems");
        problems.getStyleClass().addAll("load-problems", Styles.DENSE);
        problems.setContent(problemList);
        problems.setAnimated(false);
        problems.setMaxHeight(Region.USE_PREF_SIZE);
        problems.visibleProperty().bind(Bindings.isNotEmpty(library.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        problems.textProperty().bind(Bindings.createStringBinding(() -> library.problems().size() == 1
                ? "1 file could not be read" : library.problems().size() + " files could not be read",
                library.problems()));
        library.problems().addListener((ListChangeListener<LoadProblem>) c ->
                problems.setExpanded(library.problems().size() <= PROBLEM_ROWS));

        model.leftProperty().addListener((o, a, b) -> list.refresh());
        model.rightProperty().addListener((o, a, b) -> list.refresh());
        FileDrop.install(this, library, a -> { });

        getChildren().addAll(top, folder, filter, progress, status, message, problems, list, hint);
        setPrefWidth(280);
        setMinWidth(200);
    }

    private static final class ProblemCell extends ListCell<LoadProblem> {
        private final Label name = new Label();
        private final Label reason = new Label();
        private final VBox box = new VBox(1, name, reason);

        ProblemCell() {
            name.getStyleClass().add("load-problem-file");
            reason.getStyleClass().addAll("library-meta", "load-problem");
            setPrefWidth(0); // wrap to the list, never widen it
        }

        @Override
        protected void updateItem(LoadProblem p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String file = p.file().getFileName() == null ? p.file().toString() : p.file().getFileName().toString();
            name.setText(file);
            String prefix = p.file() + ": ";
            reason.setText(p.message().startsWith(prefix) ? p.message().substring(prefix.length()) : p.message());
            setTooltip(new Tooltip(p.message()));
            setGraphic(box);
        }
    }

    private final class ArticleCell extends ListCell<Article> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Label warning = new Label();
        private final Label badge = new Label();
        private final VBox box = new VBox(2, title, meta, warning, badge);

        ArticleCell() {
            title.getStyleClass().add("library-title");
            meta.getStyleClass().add("library-meta");
            warning.getStyleClass().add("library-warning");
            badge.getStyleClass().add("side-badge");
            // Wrapped to the list's width: a label only wraps when its width is fixed and its height may grow.
            for (Label label : new Label[] {title, meta, warning}) {
                label.setWrapText(true);
                label.prefWidthProperty().bind(list.widthProperty().subtract(36));
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            MenuItem toLeft = new MenuItem("Show on the left");
            toLeft.setOnAction(e -> act(model::showLeft));
            MenuItem toRight = new MenuItem("Show on the right");
            toRight.setOnAction(e -> act(model::showRight));
            setContextMenu(new ContextMenu(toLeft, toRight));
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null) {
                    act(e.isShortcutDown() || e.isControlDown() ? model::showRight : model::showLeft);
                }
            });
        }

        private void act(Consumer<Article> show) {
            if (getItem() != null) {
                show.accept(getItem());
            }
        }

        @Override
        protected void updateItem(Article a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setGraphic(null);
                return;
            }
            title.setText(a.title().isBlank() ? a.file().getFileName().toString() : a.title());
            meta.setText(ArticleSummary.of(a));
            boolean warned = !a.origin().warnings().isEmpty();
            warning.setText(warned ? "⚠ " + String.join("; ", a.origin().warnings()) : "");
            warning.setVisible(warned);
            warning.setManaged(warned);
            boolean isLeft = a == model.leftProperty().get();
            boolean isRight = a == model.rightProperty().get();
            badge.setText(isLeft && isRight ? "Shown left and right" : isLeft ? "Shown left" : isRight ? "Shown right" : "");
            badge.setVisible(isLeft || isRight);
            badge.setManaged(isLeft || isRight);
            setGraphic(box);
        }
    }
}
