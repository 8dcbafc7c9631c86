package app.parallax.ui.pair;

import app.parallax.model.Conflict;
import app.parallax.model.DiffChunk;
import app.parallax.model.Side;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Why two passages matched (or what is closest to a passage only one article has): the details panel's content. */
final class MatchCard extends VBox {

    /** {@code bar}: the similarity a shared claim needs now, for the explanation of "possibly the same". */
    MatchCard(Match m, double bar) {
        getStyleClass().add("match-card");
        setId("match-card");
        Label title = new Label(title(m));
        title.getStyleClass().add("match-card-title");
        getChildren().add(title);
        if (m.onlyIn().isPresent()) {
            unique(m, m.onlyIn().get());
            return;
        }
        Match.Evidence e = m.evidence();
        if (m.layer() == Layer.QUOTES) {
            getChildren().add(new Label("Speaker: " + e.leftSpeaker().orElse("not named") + " (left) · "
                    + e.rightSpeaker().orElse("not named") + " (right)"));
        }
        if (m.layer() == Layer.RELATED) {
            Label below = new Label("Possibly the same: below the bar for a shared claim ("
                    + ReaderViewModel.percent(bar) + " now; Looser in the toolbar lowers it). The two passages may "
                    + "report the same thing in other words, or only touch the same subject: read both.");
            below.setId("related-explained");
            getChildren().add(below);
        }
        e.conflict().ifPresent(c -> getChildren().add(conflict(c)));
        if (!e.sharedWords().isEmpty()) {
            getChildren().add(new Label("Shared words: " + String.join(", ", e.sharedWords())));
        }
        if (!e.diff().isEmpty()) {
            getChildren().add(new Label("How the wording differs (struck out: only on the left; bold: only on the right):"));
            getChildren().add(diff(e.diff()));
        } else {
            getChildren().add(passage("Left", m.left().text()));
            getChildren().add(passage("Right", m.right().text()));
        }
        if (m.layer() == Layer.PHRASES) {
            getChildren().add(new Label(e.words() + " words appear word for word in both articles."));
        }
    }

    static String title(Match m) {
        if (m.onlyIn().isPresent()) {
            return m.kind() + " · " + m.similarityText();
        }
        return m.kind() + (m.similarity().isPresent() ? " · " + m.similarityText() + " similar" : "");
    }

    private void unique(Match m, Side home) {
        Side other = home == Side.LEFT ? Side.RIGHT : Side.LEFT;
        getChildren().add(passage(home == Side.LEFT ? "Left" : "Right", m.span(home).text()));
        if (m.span(other).length() == 0) {
            getChildren().add(new Label("The other article has no sentence to compare it with."));
            return;
        }
        getChildren().add(passage("Closest on the " + (other == Side.LEFT ? "left" : "right"), m.span(other).text()));
        getChildren().add(new Label("No passage of the other article says this: the closest one scores "
                + m.similarityText().replace("closest ", "") + ", below what counts as the same claim."));
    }

    private static Label conflict(Conflict c) {
        Label l = new Label(c.kind() == Conflict.Kind.NEGATION
                ? "Contradiction: one side denies what the other states."
                : "Figures differ: “" + c.left().text() + "” (left) vs “" + c.right().text() + "” (right)");
        l.getStyleClass().add("match-card-conflict");
        return l;
    }

    private static Label passage(String side, String text) {
        Label l = new Label(side + ": “" + text.replaceAll("\\s+", " ").strip() + "”");
        l.getStyleClass().add("match-card-passage");
        return l;
    }

    static TextFlow diff(List<DiffChunk> chunks) {
        List<Node> words = new ArrayList<>();
        for (DiffChunk c : chunks) {
            switch (c.op()) {
                case EQUAL -> words.add(word(c.left(), null));
                case DELETE -> words.add(word(c.left(), "diff-deleted"));
                case INSERT -> words.add(word(c.right(), "diff-inserted"));
                case REPLACE -> {
                    words.add(word(c.left(), "diff-deleted"));
                    words.add(space());
                    words.add(word(c.right(), "diff-inserted"));
                }
            }
            words.add(space());
        }
        TextFlow flow = new TextFlow(words.toArray(Node[]::new));
        flow.getStyleClass().add("diff");
        flow.setId("diff");
        return flow;
    }

    private static Text word(String s, String styleClass) {
        Text t = new Text(s.strip());
        t.getStyleClass().add("diff-word");
        if (styleClass != null) {
            t.getStyleClass().add(styleClass);
        }
        return t;
    }

    private static Text space() {
        Text t = new Text(" ");
        t.getStyleClass().add("diff-word");
        return t;
    }
}
