package app.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.model.Article;
import app.parallax.model.ArticleMetadata;
import app.parallax.model.Comparison;
import app.parallax.model.Span;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Comparing b with a finds what comparing a with b finds, sides exchanged. */
class MirrorPropertiesTest {

    private static final ComparisonEngine ENGINE = new ComparisonEngine();

    record Pair(Span one, Span other) {
    }

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> word = Arbitraries.of("Putin", "said", "“", "”", "\"", "NATO", "100,000", "troops", "the",
                "did", "not", "take", "into", "account", "Russia’s", "main", "concerns", ".", ",", "\n\n", "Friday",
                "more than", "some", "according to", "the Kremlin", "responses", "border");
        return word.list().ofMinSize(5).ofMaxSize(80).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 40)
    void compareOfBAndAMirrorsCompareOfAAndB(@ForAll("newsLikeText") String a, @ForAll("newsLikeText") String b) {
        Comparison ab = ENGINE.compare(article("a.txt", a), article("b.txt", b));
        Comparison ba = ENGINE.compare(article("b.txt", b), article("a.txt", a));
        assertThat(sorted(ba.quotes(), q -> new Pair(q.right(), q.left())))
                .isEqualTo(sorted(ab.quotes(), q -> new Pair(q.left(), q.right())));
        assertThat(sorted(ba.claims(), m -> new Pair(m.right(), m.left())))
                .isEqualTo(sorted(ab.claims(), m -> new Pair(m.left(), m.right())));
        assertThat(sorted(ba.phrases(), p -> new Pair(p.right(), p.left())))
                .isEqualTo(sorted(ab.phrases(), p -> new Pair(p.left(), p.right())));
        assertThat(ba.unique().left()).isEqualTo(ab.unique().right());
        assertThat(ba.unique().right()).isEqualTo(ab.unique().left());
        assertThat(ba.boilerplate().left()).isEqualTo(ab.boilerplate().right());
    }

    private static <T> List<Pair> sorted(List<T> matches, Function<T, Pair> pair) {
        return matches.stream().map(pair)
                .sorted(Comparator.comparingInt((Pair p) -> p.one().start()).thenComparingInt(p -> p.one().end())
                        .thenComparingInt(p -> p.other().start()).thenComparingInt(p -> p.other().end()))
                .toList();
    }

    private static Article article(String file, String text) {
        String title = text.strip().lines().findFirst().orElse("");
        return new Article(Path.of(file), text, ArticleMetadata.titled(title));
    }
}
