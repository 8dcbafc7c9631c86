package app.parallax.ui;

import app.parallax.model.Article;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import app.parallax.library.LoadProblem;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;

/**
 * The sidebar: the folder's articles with title, outlet, date and length, a filter box, and a warning for
 * every file that could not be read. Click shows an article on the left, Ctrl/Cmd-click on the right; the
 * context menu offers both.
 */
final class LibraryView extends VBox {

    private final ReaderViewModel model;
    private final ListView<Article> list = new ListView<>();
    private final VBox problems = new VBox(4);

    LibraryView(ReaderViewModel model, Runnable openFolder) {
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
        javafx.scene.control.Button open = new javafx.scene.control.Button("Open folder…");
        open.setId("open-folder");
        open.setOnAction(e -> openFolder.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, heading, gap, open);

        TextField filter = new TextField();
        filter.setId("library-filter");
        filter.setPromptText("Filter by title, outlet, date…");
        filter.textProperty().bindBidirectional(library.filterProperty());

        list.setId("library-list");
        list.setItems(library.shown());
        list.setCellFactory(v -> new ArticleCell());
        VBox.setVgrow(list, Priority.ALWAYS);

        Label hint = new Label("Click: left pane · Ctrl+click: right pane · right-click: menu");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        problems.setId("load-problems");
        library.problems().addListener((ListChangeListener<LoadProblem>) c -> showProblems());
        showProblems();
        model.leftProperty().addListener((o, a, b) -> list.refresh());
        model.rightProperty().addListener((o, a, b) -> list.refresh());

        getChildren().addAll(top, folder, filter, problems, list, hint);
        setPrefWidth(280);
        setMinWidth(200);
    }

    private void showProblems() {
        problems.getChildren().clear();
        for (LoadProblem p : model.library().problems()) {
            Message m = new Message(p.file().getFileName() + " could not be opened", p.message());
            m.getStyleClass().addAll(Styles.WARNING, "load-problem");
            problems.getChildren().add(m);
        }
    }

    private final class ArticleCell extends ListCell<Article> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Label badge = new Label();
        private final VBox box = new VBox(2, title, meta, badge);

        ArticleCell() {
            title.getStyleClass().add("library-title");
            meta.getStyleClass().add("library-meta");
            badge.getStyleClass().add("side-badge");
            // Wrapped to the list's width: a label only wraps when its width is fixed and its height may grow.
            title.setWrapText(true);
            title.prefWidthProperty().bind(list.widthProperty().subtract(36));
            title.setMinHeight(Region.USE_PREF_SIZE);
            meta.setWrapText(true);
            meta.prefWidthProperty().bind(list.widthProperty().subtract(36));
            meta.setMinHeight(Region.USE_PREF_SIZE);
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
            int words = a.text().isBlank() ? 0 : a.text().strip().split("\\s+").length;
            meta.setText(ArticlePane.describe(a) + " · " + words + " words");
            boolean isLeft = a == model.leftProperty().get();
            boolean isRight = a == model.rightProperty().get();
            badge.setText(isLeft && isRight ? "Shown left and right" : isLeft ? "Shown left" : isRight ? "Shown right" : "");
            badge.setVisible(isLeft || isRight);
            badge.setManaged(isLeft || isRight);
            setGraphic(box);
        }
    }
}
