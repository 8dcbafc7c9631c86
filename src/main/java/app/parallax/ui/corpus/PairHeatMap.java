package app.parallax.ui.corpus;

import app.parallax.model.Article;
import app.parallax.report.CorpusSources;
import app.parallax.report.PairShares;
import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;

/**
 * Which pairs of the library share most: an article × article grid whose cells count the quote and claim
 * groups both carry, tinted by that count (the busiest pair darkest) and labelled with it, so the count does
 * not rest on colour alone. Columns are numbered to stay narrow; the rows name the sources. A click opens
 * the pair.
 */
final class PairHeatMap extends ScrollPane {

    private final CorpusViewModel model;
    private final GridPane grid = new GridPane();

    PairHeatMap(CorpusViewModel model) {
        this.model = model;
        setId("corpus-heat-map");
        grid.getStyleClass().add("heat-grid");
        grid.setHgap(2);
        grid.setVgap(2);
        setContent(grid);
        setFitToWidth(false);
        model.sharesProperty().addListener((o, was, now) -> rebuild(now));
        rebuild(model.sharesProperty().get());
    }

    private void rebuild(PairShares shares) {
        grid.getChildren().clear();
        if (shares == null) {
            Label waiting = new Label();
            waiting.textProperty().bind(model.statusProperty());
            grid.add(waiting, 0, 0);
            return;
        }
        List<Article> articles = shares.articles();
        Label legend = new Label("Groups both carry");
        legend.getStyleClass().add("heat-legend");
        grid.add(legend, 0, 0);
        for (int j = 0; j < articles.size(); j++) {
            Label number = new Label(String.valueOf(j + 1));
            number.getStyleClass().add("heat-column");
            number.setTooltip(CorpusMatrix.tip(CorpusSources.label(articles.get(j))));
            GridPane.setHalignment(number, HPos.CENTER);
            grid.add(number, j + 1, 0);
        }
        for (int i = 0; i < articles.size(); i++) {
            Label source = new Label((i + 1) + "  " + CorpusSources.label(articles.get(i)));
            source.getStyleClass().add("heat-row");
            source.setTooltip(CorpusMatrix.tip(articles.get(i).title()));
            grid.add(source, 0, i + 1);
            for (int j = 0; j < articles.size(); j++) {
                grid.add(cell(shares, i, j), j + 1, i + 1);
            }
        }
    }

    private Label cell(PairShares shares, int i, int j) {
        Article a = shares.articles().get(i);
        Article b = shares.articles().get(j);
        Label cell = new Label(i == j ? "–" : String.valueOf(shares.between(i, j)));
        cell.setId("heat-" + i + "-" + j);
        cell.getStyleClass().add("heat-cell");
        cell.setAlignment(Pos.CENTER);
        cell.setUserData(new Article[] {a, b});
        if (i == j) {
            cell.getStyleClass().add("heat-self");
            return cell;
        }
        // One hue for both themes: its tint reads on white and on the dark background alike.
        cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(86, 180, 233, %.2f);",
                0.06 + 0.74 * shares.heat(i, j)));
        cell.setTooltip(CorpusMatrix.tip(shares.between(i, j) + " groups in common\n" + CorpusSources.label(a) + ": "
                + a.title() + "\n" + CorpusSources.label(b) + ": " + b.title() + "\n\nClick: open this pair"));
        cell.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                model.openPair(a, b);
            }
        });
        return cell;
    }
}
