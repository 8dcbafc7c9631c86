package app.parallax.ui;

import app.parallax.model.DiffChunk;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Why two passages matched: the popover's content. */
final class MatchCard extends VBox {

    MatchCard(Match m) {
        getStyleClass().add("match-card");
        setId("match-card");
        Label title = new Label(m.kind() + (m.similarity().isPresent() ? " · " + m.similarityText() + " similar" : ""));
        title.getStyleClass().add("match-card-title");
        getChildren().add(title);
        Match.Evidence e = m.evidence();
        if (m.layer() == Layer.QUOTES) {
            getChildren().add(new Label("Speaker: " + e.leftSpeaker().orElse("not named") + " (left) · "
                    + e.rightSpeaker().orElse("not named") + " (right)"));
        }
        e.conflict().ifPresent(c -> getChildren().add(
                new Label("Figures differ: “" + c.left().text() + "” (left) vs “" + c.right().text() + "” (right)")));
        if (!e.sharedWords().isEmpty()) {
            getChildren().add(new Label("Shared words: " + String.join(", ", e.sharedWords())));
        }
        if (!e.diff().isEmpty()) {
            getChildren().add(new Label("How the wording differs (struck out: only on the left; bold: only on the right):"));
            getChildren().add(diff(e.diff()));
        }
        if (m.layer() == Layer.PHRASES) {
            getChildren().add(new Label(e.words() + " words appear word for word in both articles."));
        }
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
        flow.setMaxWidth(500);
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
