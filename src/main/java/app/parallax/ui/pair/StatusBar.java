package app.parallax.ui.pair;

import app.parallax.model.PerSide;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Counts per layer per side, and the progress of the model warm-up and of the analysis. */
final class StatusBar extends HBox {

    StatusBar(ReaderViewModel model) {
        getStyleClass().add("status-bar");
        setId("status-bar");

        Label counts = new Label();
        counts.setId("counts");
        model.highlightsProperty().addListener((o, was, now) -> counts.setText(describe(now.counts())));

        ProgressBar analysis = new ProgressBar();
        analysis.setPrefWidth(90);
        analysis.progressProperty().bind(model.analysisProgressProperty());
        analysis.visibleProperty().bind(model.analysingProperty());
        Label analysisText = new Label();
        analysisText.setId("analysis-status");
        analysisText.textProperty().bind(model.analysisStatusProperty());
        analysisText.setMinWidth(Region.USE_PREF_SIZE);
        counts.setMinWidth(0);

        ProgressBar warmUp = new ProgressBar();
        warmUp.setPrefWidth(70);
        warmUp.progressProperty().bind(model.modelProgressProperty());
        warmUp.visibleProperty().bind(model.modelProgressProperty().lessThan(0));
        warmUp.managedProperty().bind(warmUp.visibleProperty());
        Label modelText = new Label();
        modelText.setId("model-status");
        modelText.textProperty().bind(model.modelStatusProperty());
        modelText.setMinWidth(Region.USE_PREF_SIZE);

        Label bar = new Label();
        bar.setId("strictness-status");
        bar.setMinWidth(Region.USE_PREF_SIZE);
        bar.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "Shared claim from " + ReaderViewModel.percent(model.minSimilarityProperty().get()),
                model.minSimilarityProperty()));

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(counts, gap, bar, analysis, analysisText, warmUp, modelText);
    }

    /** E.g. "Quotes 1 | 1 · Claims 6 | 5 …": the left article's count, then the right one's. */
    static String describe(Map<Layer, PerSide<Integer>> counts) {
        if (counts.values().stream().allMatch(c -> c.left() == 0 && c.right() == 0)) {
            return "";
        }
        return "Left | right:  " + Stream.of(Layer.values())
                .map(l -> l.shortLabel() + " " + counts.get(l).left() + " | " + counts.get(l).right())
                .collect(Collectors.joining("  ·  "));
    }
}
