package app.parallax.ui.corpus;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Who reports what, beside the pair view: the matrix or the pair heat map, with the search, the filter and
 * the sort above, and the analysis's progress and Cancel button while the library is being analysed.
 */
public final class CorpusView extends BorderPane {

    private final CorpusMatrix matrix;
    private final PairHeatMap heatMap;
    private final ToggleButton showMatrix = new ToggleButton("Matrix");
    private final ToggleButton showHeatMap = new ToggleButton("Pair heat map");

    public CorpusView(CorpusViewModel model, ReadOnlyDoubleProperty scale) {
        setId("corpus-view");
        getStyleClass().add("corpus-view");
        matrix = new CorpusMatrix(model, scale);
        heatMap = new PairHeatMap(model);
        setTop(new VBox(controls(model), progress(model)));
        StackPane content = new StackPane(matrix, heatMap);
        setCenter(content);
        ToggleGroup which = new ToggleGroup();
        showMatrix.setToggleGroup(which);
        showHeatMap.setToggleGroup(which);
        showHeatMap.setSelected(model.heatMapShownProperty().get());
        showMatrix.setSelected(!model.heatMapShownProperty().get());
        // One of the two always on: a second click on the shown one keeps it.
        which.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                model.heatMapShownProperty().set(now == showHeatMap);
            }
        });
        model.heatMapShownProperty().addListener((o, was, now) -> (now ? showHeatMap : showMatrix).setSelected(true));
        heatMap.visibleProperty().bind(model.heatMapShownProperty());
        matrix.visibleProperty().bind(model.heatMapShownProperty().not());
    }

    private FlowPane controls(CorpusViewModel model) {
        showMatrix.setId("corpus-show-matrix");
        showMatrix.setTooltip(new Tooltip("Rows: what is said; columns: the sources; a cell: how that source words it"));
        showHeatMap.setId("corpus-show-heat-map");
        showHeatMap.setTooltip(new Tooltip("How many quotes and claims each pair of articles shares"));
        TextField search = new TextField();
        search.setId("corpus-search");
        search.setPromptText("Search the wording");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefColumnCount(14);
        CheckBox single = new CheckBox("Only in one source");
        single.setId("corpus-only-one");
        single.selectedProperty().bindBidirectional(model.onlyOneSourceProperty());
        ChoiceBox<CorpusSort> sort = new ChoiceBox<>();
        sort.setId("corpus-sort");
        sort.getItems().setAll(CorpusSort.values());
        sort.valueProperty().bindBidirectional(model.sortProperty());
        Label sortBy = new Label("Sort:");
        for (var filter : java.util.List.of(search, single, sort, sortBy)) {
            filter.disableProperty().bind(model.heatMapShownProperty());
        }
        HBox views = new HBox(0, showMatrix, showHeatMap);
        HBox sorting = new HBox(6, sortBy, sort);
        sorting.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(12, 6, views, search, single, sorting);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("corpus-controls");
        return bar;
    }

    private HBox progress(CorpusViewModel model) {
        ProgressBar bar = new ProgressBar();
        bar.setId("corpus-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.analysingProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label status = new Label();
        status.setId("corpus-status");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button("Cancel");
        cancel.setId("corpus-cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.analysingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button again = new Button("Analyse again");
        again.setId("corpus-analyse");
        again.setTooltip(new Tooltip("Compare every pair of the library's articles again"));
        again.setOnAction(e -> model.analyse());
        again.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        again.visibleProperty().bind(model.analysingProperty().not());
        again.managedProperty().bind(again.visibleProperty());
        Label summary = new Label();
        summary.setId("corpus-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setAlignment(Pos.CENTER_RIGHT);
        HBox row = new HBox(10, bar, status, cancel, again, summary);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("corpus-progress-row");
        return row;
    }

    // ---- for tests ----------------------------------------------------------------------------------------

    CorpusMatrix matrix() {
        return matrix;
    }

    PairHeatMap heatMap() {
        return heatMap;
    }
}
