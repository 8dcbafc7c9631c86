package app.parallax.ui.pair;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/** Find in both articles (Ctrl+F): the query, how many hits on each side, next and previous. */
final class SearchBar extends HBox {

    private final TextField field = new TextField();

    SearchBar(SearchViewModel search, Runnable close) {
        super(8);
        getStyleClass().add("search-bar");
        setId("search-bar");
        Label label = new Label("Find in both:");
        field.setId("search-field");
        field.setPromptText("words to find");
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(search.queryProperty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    search.previous();
                } else {
                    search.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
                e.consume();
            }
        });
        Label status = new Label();
        status.setId("search-status");
        status.textProperty().bind(search.statusProperty());
        Button previous = new Button("◀");
        previous.setTooltip(new Tooltip("Previous hit (Shift+F3)"));
        previous.setOnAction(e -> search.previous());
        Button next = new Button("▶");
        next.setId("search-next");
        next.setTooltip(new Tooltip("Next hit (F3 or Enter)"));
        next.setOnAction(e -> search.next());
        Button done = new Button("Close");
        done.setTooltip(new Tooltip("Close the search (Esc)"));
        done.setOnAction(e -> close.run());
        getChildren().addAll(label, field, previous, next, status, done);
        setVisible(false);
        setManaged(false);
    }

    void open() {
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
    }

    boolean isOpen() {
        return isVisible();
    }
}
