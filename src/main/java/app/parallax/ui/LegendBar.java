package app.parallax.ui;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The legend: one toggle per highlight layer, each with a sample of how the layer looks in the text. */
final class LegendBar extends HBox {

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
        Region selected = new Region();
        selected.getStyleClass().addAll("swatch", "hl-selected");
        Label label = new Label("Selected match");
        label.setTooltip(new Tooltip("Click a highlighted passage, or press F8, to select a match and its counterpart"));
        getChildren().add(new HBox(5, label, selected));
    }
}
