package app.parallax.ui.library;

import app.parallax.model.Article;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Files and folders dragged from the desktop onto the library or a reading pane. They are imported (a
 * copy in the library folder; a folder is opened); on a pane, the first article then shows there.
 */
public final class FileDrop {

    static final String TARGET_STYLE = "drop-target";

    private FileDrop() {
    }

    /** Accepts drops of files on {@code target}; {@code show} gets the first article added. */
    public static void install(Node target, LibraryViewModel library, Consumer<Article> show) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_ENTERED, e -> {
            if (e.getDragboard().hasFiles() && !target.getStyleClass().contains(TARGET_STYLE)) {
                target.getStyleClass().add(TARGET_STYLE);
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.getStyleClass().remove(TARGET_STYLE));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Dragboard board = e.getDragboard();
            if (board.hasFiles()) {
                drop(board.getFiles(), library, show);
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    /** What a drop does, apart from the drag gesture (which tests cannot make). */
    public static void drop(List<File> dropped, LibraryViewModel library, Consumer<Article> show) {
        library.importFiles(dropped.stream().map(File::toPath).toList(),
                added -> added.stream().findFirst().ifPresent(show));
    }
}
