package app.parallax.compare;

import app.parallax.model.Article;
import app.parallax.model.ArticleMetadata;
import app.parallax.model.Comparison;
import app.parallax.model.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever the text, the engine finishes, and every span it reports lies in its article's text. */
class EnginePropertiesTest {

    private static final ComparisonEngine ENGINE = new ComparisonEngine();

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> word = Arbitraries.of("Putin", "said", "“", "”", "\"", "'", "’", "‘", "NATO", "100,000", "Mr.",
                "U.S.", "the", "did", "not", "concerns", ".", ",", ";", "\n", "\n\n", "Photo:", "Advertisement", "«", "»",
                "Friday", "more than", "according to", "–", "…", "didn't", "Russia’s", "<u>", "2021", "Follow us");
        return Arbitraries.oneOf(word.list().ofMaxSize(80).map(ws -> String.join(" ", ws)),
                Arbitraries.strings().ofMaxLength(300));
    }

    @Property(tries = 60)
    void spansStayInBoundsAndMatchTheirText(@ForAll("newsLikeText") String left, @ForAll("newsLikeText") String right) {
        Comparison c = ENGINE.compare(article(left), article(right));
        c.quotes().forEach(q -> check(left, right, q.left(), q.right()));
        c.claims().forEach(m -> check(left, right, m.left(), m.right()));
        c.phrases().forEach(p -> check(left, right, p.left(), p.right()));
        c.unique().left().forEach(s -> inside(left, s));
        c.unique().right().forEach(s -> inside(right, s));
        c.boilerplate().left().forEach(s -> inside(left, s));
        c.boilerplate().right().forEach(s -> inside(right, s));
    }

    private static Article article(String text) {
        String title = text.strip().lines().findFirst().orElse("");
        return new Article(Path.of("generated.txt"), text, ArticleMetadata.titled(title));
    }

    private static void check(String left, String right, Span l, Span r) {
        inside(left, l);
        inside(right, r);
    }

    private static void inside(String text, Span s) {
        assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() <= s.end(), s.toString());
        assertEquals(text.substring(s.start(), s.end()), s.text());
        assertTrue(List.of(s.text()).get(0).length() > 0 || s.start() == s.end());
    }
}
