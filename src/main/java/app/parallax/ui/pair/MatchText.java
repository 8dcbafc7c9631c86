package app.parallax.ui.pair;

import app.parallax.model.Article;
import app.parallax.model.Side;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A match as plain text for an editor's note: the kind and similarity, then each wording with its source. */
final class MatchText {

    private MatchText() {
    }

    static String of(Match m, Article left, Article right) {
        StringBuilder text = new StringBuilder(MatchCard.title(m)).append('\n');
        for (Side side : Side.values()) {
            Article a = side == Side.LEFT ? left : right;
            String passage = m.span(side).text().replaceAll("\\s+", " ").strip();
            if (passage.isEmpty()) {
                continue;
            }
            text.append('\n').append(m.belongsTo(side) ? "" : "Closest passage in ").append(source(a)).append(":\n")
                    .append('“').append(passage).append("”\n");
        }
        m.evidence().conflict().ifPresent(c -> text.append(c.kind() == app.parallax.model.Conflict.Kind.NEGATION
                ? "\nContradiction: one side denies what the other states.\n"
                : "\nFigures differ: “" + c.left().text() + "” vs “" + c.right().text() + "”\n"));
        return text.toString();
    }

    /** "The Moscow Times, 28 January 2022 (004_ffca89aebb2905a1.txt)". */
    static String source(Article a) {
        String outletAndDate = Stream.of(a.metadata().outlet(), a.metadata().date().map(ArticlePane.DATE::format))
                .flatMap(Optional::stream).collect(Collectors.joining(", "));
        String file = a.file().getFileName().toString();
        return outletAndDate.isEmpty() ? file : outletAndDate + " (" + file + ")";
    }
}
