package app.parallax.ui.corpus;

import app.parallax.corpus.CorpusMember;
import app.parallax.model.Article;
import app.parallax.report.CorpusSources;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The claim × source matrix: a row per quote group, claim group or single passage (kind, gist, how many
 * sources), a column per article; a cell shows that source's wording on one line, the whole of it on hover,
 * and a click opens that pair at that passage. Sorting is the view-model's (its choice box), not the headers'.
 */
final class CorpusMatrix extends TableView<CorpusRow> {

    static final Duration HOVER = Duration.millis(300);

    private final CorpusViewModel model;
    private final ReadOnlyDoubleProperty scale;

    CorpusMatrix(CorpusViewModel model, ReadOnlyDoubleProperty scale) {
        this.model = model;
        this.scale = scale;
        setId("corpus-matrix");
        setItems(model.rows());
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(model.corpusProperty().isNull())
                .then(model.statusProperty()).otherwise("No row matches the filter and the search"));
        empty.setWrapText(true);
        setPlaceholder(empty);
        model.columns().addListener((ListChangeListener<Article>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getColumns().clear();
        TableColumn<CorpusRow, String> kind = text("Kind", 74, r -> r.kind().label());
        kind.minWidthProperty().bind(scale.multiply(70));
        TableColumn<CorpusRow, String> gist = text("Gist", 240, r -> r.gist().text());
        gist.setCellFactory(c -> new WordingCell());
        gist.minWidthProperty().bind(scale.multiply(160));
        // A wide window gives the wording room: the gist a fifth, the sources share the rest (never below 140 px
        // at 100 %, so that ten sources scroll sideways rather than shrink to nothing).
        gist.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(240 * scale.get(), widthProperty().get() * 0.2), widthProperty(), scale));
        TableColumn<CorpusRow, String> sources = text("Sources", 84, r -> String.valueOf(r.sources()));
        sources.setId("corpus-sources");
        sources.minWidthProperty().bind(scale.multiply(84));
        sources.setStyle("-fx-alignment: center;");
        getColumns().add(kind);
        getColumns().add(gist);
        getColumns().add(sources);
        int n = Math.max(1, model.columns().size());
        DoubleBinding sourceWidth = Bindings.createDoubleBinding(() -> Math.max(140 * scale.get(),
                (widthProperty().get() - kind.getWidth() - gist.getWidth() - sources.getWidth() - 20) / n),
                widthProperty(), scale, kind.widthProperty(), gist.widthProperty(), sources.widthProperty());
        for (Article a : model.columns()) {
            getColumns().add(source(a, sourceWidth));
        }
    }

    /** What a source's cell holds: its passage and the row it belongs to. */
    record Entry(CorpusRow row, CorpusMember member) {

        boolean isGist() {
            return row.sources() > 1 && row.gist().equals(member);
        }
    }

    private TableColumn<CorpusRow, Entry> source(Article article, DoubleBinding width) {
        TableColumn<CorpusRow, Entry> c = new TableColumn<>();
        Label header = new Label(CorpusSources.label(article));
        header.setTooltip(tip(CorpusSources.label(article) + "\n" + article.title() + "\n" + article.file().getFileName()));
        c.setGraphic(header);
        c.setUserData(article);
        c.setSortable(false);
        c.prefWidthProperty().bind(width);
        c.minWidthProperty().bind(scale.multiply(90));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(
                f.getValue().member(article).map(m -> new Entry(f.getValue(), m)).orElse(null)));
        c.setCellFactory(col -> new SourceCell(article));
        return c;
    }

    private static TableColumn<CorpusRow, String> text(String name, double width, Function<CorpusRow, String> value) {
        TableColumn<CorpusRow, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(oneLine(value.apply(f.getValue()))));
        return c;
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * Gives a cell its tooltip only when the mouse first rests on it: a tooltip is a popup window, and
     * building one for each of a few hundred visible cells held the matrix back by a second.
     */
    static void tipOnHover(javafx.scene.control.Cell<?> cell, Function<Object, String> text) {
        cell.setOnMouseEntered(e -> {
            Object item = cell.getItem();
            if (item == null || cell.isEmpty()) {
                cell.setTooltip(null);
                return;
            }
            String wanted = text.apply(item);
            Tooltip t = cell.getTooltip();
            if (t == null) {
                cell.setTooltip(tip(wanted));
            } else if (!wanted.equals(t.getText())) {
                t.setText(wanted);
            }
        });
    }

    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(HOVER);
        t.setWrapText(true);
        t.setMaxWidth(520);
        return t;
    }

    /** The gist: one line in the cell, all of it on hover. */
    private static final class WordingCell extends TableCell<CorpusRow, String> {
        WordingCell() {
            tipOnHover(this, String::valueOf);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item);
            getStyleClass().remove("corpus-gist-cell");
            if (!empty) {
                getStyleClass().add("corpus-gist-cell");
            }
        }
    }

    /** One source's wording of the row, or nothing; a filled cell opens the pair at its passage. */
    private final class SourceCell extends TableCell<CorpusRow, Entry> {
        private final Article article;

        SourceCell(Article article) {
            this.article = article;
            getStyleClass().add("corpus-cell");
            tipOnHover(this, item -> wording((Entry) item));
            setOnMouseClicked(e -> {
                if (getItem() != null && e.isStillSincePress()) {
                    model.open(getItem().row(), this.article);
                }
            });
        }

        @Override
        protected void updateItem(Entry item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("corpus-has", "corpus-gist");
            if (empty || item == null) {
                setText(null);
                return;
            }
            getStyleClass().add(item.isGist() ? "corpus-gist" : "corpus-has");
            setText(oneLine(item.member().text()));
        }

        private String wording(Entry item) {
            return CorpusSources.label(article) + (item.isGist() ? " (the gist)" : "") + ":\n"
                    + oneLine(item.member().text()) + "\n\nClick: open this pair at this passage";
        }
    }
}
