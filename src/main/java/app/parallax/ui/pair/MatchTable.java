package app.parallax.ui.pair;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Every shown match and every passage only one article has, in the order of the left article: type,
 * similarity (for a passage only one article has, that of its closest passage) and both passages.
 */
final class MatchTable extends TableView<Match> {

    private boolean syncing;
    private boolean pressing;

    MatchTable(ReaderViewModel model) {
        setId("match-list");
        setItems(model.matches());
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label("No matches to show yet"));
        TableColumn<Match, String> type = column("Type", 150, Match::kind);
        TableColumn<Match, String> similarity = column("Similarity", 110, Match::similarityText);
        // The short columns keep their words at every zoom; the two passages share what is left.
        type.minWidthProperty().bind(model.scaleProperty().multiply(120));
        similarity.minWidthProperty().bind(model.scaleProperty().multiply(105));
        getColumns().add(type);
        getColumns().add(similarity);
        getColumns().add(column("Left", 420, m -> text(m, app.parallax.model.Side.LEFT)));
        getColumns().add(column("Right", 420, m -> text(m, app.parallax.model.Side.RIGHT)));

        // Only a person choosing a row selects: when the list is rebuilt (a layer toggled) the table moves its
        // own selection by index, which must not change the reader's.
        // A first click selects before the table takes the focus: a press counts as a person's choice too.
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> pressing = true);
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> pressing = false);
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null && (isFocused() || pressing) && now != model.selectedProperty().get()) {
                model.select(now);
            }
        });
        model.matches().addListener((javafx.collections.ListChangeListener<Match>) c -> javafx.application.Platform
                .runLater(() -> follow(model.selectedProperty().get())));
        model.selectedProperty().addListener((o, was, now) -> follow(now));
    }

    private void follow(Match now) {
        syncing = true;
        try {
            if (now == null) {
                getSelectionModel().clearSelection();
            } else if (getSelectionModel().getSelectedItem() != now) {
                getSelectionModel().select(now);
                scrollTo(Math.max(0, getSelectionModel().getSelectedIndex() - 2));
            }
        } finally {
            syncing = false;
        }
    }

    private static String text(Match m, app.parallax.model.Side side) {
        String text = m.span(side).text();
        return m.belongsTo(side) || text.isEmpty() ? text : "closest: " + text;
    }

    private static TableColumn<Match, String> column(String name, double width,
                                                     java.util.function.Function<Match, String> value) {
        TableColumn<Match, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(oneLine(value.apply(f.getValue()))));
        return c;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
