package app.parallax.ui.pair;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.model.Side;
import app.parallax.model.Span;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class StylePainterTest {

    private final Highlights h = Highlights.of(Fixtures.comparison());
    private final String text = Fixtures.LEFT_TEXT;

    private List<String> styleAt(StyleSpans<Collection<String>> spans, int offset) {
        int pos = 0;
        for (var s : spans) {
            if (offset < pos + s.getLength()) {
                return List.copyOf(s.getStyle());
            }
            pos += s.getLength();
        }
        throw new AssertionError("offset " + offset + " beyond " + pos);
    }

    @Test
    void coversTheWholeTextAndNothingMore() {
        var spans = StylePainter.paint(text.length(), h.marks().left(), EnumSet.allOf(Layer.class), List.of());
        assertThat(spans.length()).isEqualTo(text.length());
    }

    @Test
    void aQuoteInsideAClaimCarriesBothClassesAndThePhraseInsideItAllThree() {
        var spans = StylePainter.paint(text.length(), h.marks().left(), EnumSet.allOf(Layer.class), List.of());
        Span quote = Fixtures.quote().left();
        assertThat(styleAt(spans, quote.start())).containsExactly("hl-quote", "hl-claim");
        assertThat(styleAt(spans, quote.start() - 1)).containsExactly("hl-claim");
        assertThat(styleAt(spans, quote.end())).containsExactly("hl-claim");
        int phrase = Fixtures.phrase().left().start();
        assertThat(styleAt(spans, phrase)).containsExactly("hl-quote", "hl-claim", "hl-phrase");
    }

    @Test
    void conflictsUniqueAndBoilerplateArePaintedOnTheirWords() {
        var spans = StylePainter.paint(text.length(), h.marks().left(), EnumSet.allOf(Layer.class), List.of());
        assertThat(styleAt(spans, text.indexOf("More than"))).contains("hl-claim", "hl-conflict");
        assertThat(styleAt(spans, text.indexOf("troops"))).doesNotContain("hl-conflict");
        assertThat(styleAt(spans, text.indexOf("Only A"))).containsExactly("hl-unique");
        assertThat(styleAt(spans, 0)).containsExactly("hl-boilerplate");
    }

    @Test
    void aHiddenLayerLeavesNoTrace() {
        var spans = StylePainter.paint(text.length(), h.marks().left(), EnumSet.complementOf(EnumSet.of(Layer.QUOTES)),
                List.of());
        for (int i = 0; i < text.length(); i++) {
            assertThat(styleAt(spans, i)).doesNotContain("hl-quote");
        }
    }

    @Test
    void theSelectedPassageIsMarked() {
        Span quote = Fixtures.quote().left();
        var spans = StylePainter.paint(text.length(), h.marks().left(), EnumSet.allOf(Layer.class), List.of(quote));
        assertThat(styleAt(spans, quote.start())).contains("hl-selected");
        assertThat(styleAt(spans, quote.end() - 1)).contains("hl-selected");
        assertThat(styleAt(spans, quote.end())).doesNotContain("hl-selected");
    }

    @Test
    void anEmptyTextGetsOneEmptySpan() {
        var spans = StylePainter.paint(0, List.of(), EnumSet.allOf(Layer.class), List.of());
        assertThat(spans.length()).isZero();
    }

    @Test
    void countsArePerSideAndPerLayer() {
        var counts = h.counts();
        assertThat(counts.get(Layer.CLAIMS).left()).isEqualTo(2);
        assertThat(counts.get(Layer.UNIQUE).left()).isEqualTo(1);
        assertThat(counts.get(Layer.UNIQUE).right()).isZero();
        assertThat(counts.get(Layer.CONFLICTS).get(Side.RIGHT)).isEqualTo(1);
        assertThat(StatusBar.describe(counts)).contains("Claims 2 | 2").contains("Only here 1 | 0");
    }
}
