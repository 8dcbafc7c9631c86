package app.parallax.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Every shown match in the order of the left article: type, similarity and both passages. */
final class MatchTable extends TableView<Match> {

    private boolean syncing;

    MatchTable(ReaderViewModel model) {
        setId("match-list");
        setItems(model.matches());
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label("No matches to show yet"));
        getColumns().add(column("Type", 150, Match::kind));
        getColumns().add(column("Similarity", 90, Match::similarityText));
        getColumns().add(column("Left", 420, m -> m.left().text()));
        getColumns().add(column("Right", 420, m -> m.right().text()));

        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                model.select(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            syncing = true;
            try {
                if (now == null) {
                    getSelectionModel().clearSelection();
                } else {
                    getSelectionModel().select(now);
                    scrollTo(Math.max(0, getSelectionModel().getSelectedIndex() - 2));
                }
            } finally {
                syncing = false;
            }
        });
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
