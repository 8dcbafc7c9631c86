package app.parallax.ui.pair;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The "why it matched" card, docked beside the match list so that it never covers a passage. It shows the
 * selected match; hovering over another passage shows that one until the mouse moves on.
 */
final class MatchDetails extends ScrollPane {

    private final ReaderViewModel model;
    private final Label hint = new Label("Click a highlighted passage, a row of the list, or press F8 to see why "
            + "two passages match, or what comes closest to a passage only one article has.");
    private Match hovered;

    MatchDetails(ReaderViewModel model) {
        this.model = model;
        setId("match-details");
        getStyleClass().add("match-details");
        setFitToWidth(true);
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        model.selectedProperty().addListener((o, was, now) -> {
            hovered = null;
            show();
        });
        model.highlightsProperty().addListener((o, was, now) -> show());
        show();
    }

    /** Shows a passage the mouse rests on; {@code null} goes back to the selected match. */
    void hover(Match m) {
        hovered = m;
        show();
    }

    /** The match on show: the hovered one, else the selected one, else none. */
    Match shown() {
        return hovered != null ? hovered : model.selectedProperty().get();
    }

    private void show() {
        Match m = shown();
        VBox box = new VBox(m == null ? hint : new MatchCard(m, model.minSimilarityProperty().get()));
        box.getStyleClass().add("match-details-content");
        setContent(box);
    }
}
