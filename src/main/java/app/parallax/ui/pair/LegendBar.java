package app.parallax.ui.pair;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The legend: one toggle per highlight layer, each with a sample of how the layer looks in the text, then
 * what plain text and the selection mean. It wraps onto a second line in a narrow window instead of cutting
 * the labels short.
 */
final class LegendBar extends FlowPane {

    LegendBar(ReaderViewModel model) {
        getStyleClass().add("legend");
        setId("legend");
        getChildren().add(new Label("Show:"));
        for (Layer layer : Layer.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", layer.styleClass());
            CheckBox toggle = new CheckBox(layer.label());
            toggle.setId("layer-" + layer.name().toLowerCase());
            toggle.getStyleClass().addAll("swatch-label", layer.styleClass());
            toggle.selectedProperty().bindBidirectional(model.shownProperty(layer));
            toggle.setTooltip(new Tooltip(layer.description()));
            HBox item = new HBox(5, toggle, swatch);
            item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Tooltip.install(swatch, new Tooltip(layer.description()));
            getChildren().add(item);
        }
        Region plainSwatch = new Region();
        plainSwatch.getStyleClass().addAll("swatch", "plain");
        Label plain = new Label("Plain text: no finding");
        plain.setId("legend-plain");
        plain.setTooltip(new Tooltip("Plain text is neither matched nor flagged as only here: headlines, short "
                + "lines, and sentences that resemble something in the other article without matching it"));
        getChildren().add(item(plain, plainSwatch));
        Region selected = new Region();
        selected.getStyleClass().addAll("swatch", "hl-selected");
        Label label = new Label("Selected");
        label.setTooltip(new Tooltip("Click a highlighted passage, or press F8, to select a match and its counterpart"));
        getChildren().add(item(label, selected));
    }

    private static HBox item(javafx.scene.Node label, Region swatch) {
        HBox item = new HBox(5, label, swatch);
        item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return item;
    }
}
