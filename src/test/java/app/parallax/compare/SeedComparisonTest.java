package app.parallax.compare;

import app.parallax.Seeds;
import app.parallax.model.ClaimMatch;
import app.parallax.model.Comparison;
import app.parallax.model.DiffChunk;
import app.parallax.model.QuoteMatch;
import app.parallax.model.RelatedPair;
import app.parallax.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the engine finds on the five seed articles, asserted span by span. */
class SeedComparisonTest {

    private static final ComparisonEngine ENGINE = new ComparisonEngine();

    private static final String KREMLIN_000 = "the US and NATO responses did not take into account Russia’s main concerns";
    private static final String KREMLIN_001 =
            "The responses of the United States and NATO did not take into account the fundamental concerns of Russia";
    private static final String KREMLIN_004 =
            "The American and NATO responses didn't take into account Russia's fundamental concerns";

    private static Comparison compare(String left, String right) {
        return ENGINE.compare(Seeds.article(left), Seeds.article(right));
    }

    private static Optional<QuoteMatch> quote(Comparison c, String left, String right) {
        return c.quotes().stream().filter(q -> q.left().text().equals(left) && q.right().text().equals(right)).findFirst();
    }

    @ParameterizedTest
    @CsvSource({"000,001", "000,004", "001,004", "004,000"})
    void theKremlinStatementIsOneQuoteInEveryPair(String left, String right) {
        Comparison c = compare(left, right);
        String l = kremlin(left);
        String r = kremlin(right);
        QuoteMatch match = quote(c, l, r).orElseThrow(() -> new AssertionError("no quote match " + l + " ~ " + r
                + " among " + c.quotes()));
        assertEquals(c.left().text().indexOf(l), match.left().start());
        assertEquals(c.right().text().indexOf(r), match.right().start());
        assertTrue(match.similarity() > 0.7, "similarity " + match.similarity());
        assertEquals(Optional.of("the Kremlin"), left.equals("004") ? match.rightSpeaker() : match.leftSpeaker());
    }

    private static String kremlin(String seed) {
        return switch (seed) {
            case "000" -> KREMLIN_000;
            case "001" -> KREMLIN_001;
            default -> KREMLIN_004;
        };
    }

    @Test
    void theQuoteDiffShowsEachChangedWord() {
        QuoteMatch match = quote(compare("000", "004"), KREMLIN_000, KREMLIN_004).orElseThrow();
        assertEquals(List.of(
                new DiffChunk(DiffChunk.Op.EQUAL, "the", "The"),
                new DiffChunk(DiffChunk.Op.REPLACE, "US", "American"),
                new DiffChunk(DiffChunk.Op.EQUAL, "and NATO responses", "and NATO responses"),
                new DiffChunk(DiffChunk.Op.REPLACE, "did not", "didn't"),
                new DiffChunk(DiffChunk.Op.EQUAL, "take into account Russia’s", "take into account Russia's"),
                new DiffChunk(DiffChunk.Op.REPLACE, "main", "fundamental"),
                new DiffChunk(DiffChunk.Op.EQUAL, "concerns", "concerns")), match.diff());
    }

    @Test
    void theTroopsClaimIsSharedWithItsConflictingFigures() {
        Comparison c = compare("001", "004");
        ClaimMatch troops = c.claims().stream()
                .filter(m -> m.left().text().startsWith("More than 100,000 Russian soldiers"))
                .findFirst().orElseThrow(() -> new AssertionError("no troops claim among " + c.claims()));
        assertEquals("Moscow has amassed some 100,000 troops close to the border with Ukraine and in annexed Crimea.",
                troops.right().text());
        assertEquals("More than 100,000", troops.conflict().orElseThrow().left().text());
        assertEquals("some 100,000", troops.conflict().orElseThrow().right().text());
        assertTrue(c.unique().left().stream().noneMatch(s -> s.text().startsWith("More than 100,000")));
    }

    @Test
    void theUsMissilesClaimIsOnlyIn003() {
        Comparison c = compare("000", "003");
        Span missiles = c.unique().right().stream().filter(s -> s.text().equals("Putin specifically mentioned US missiles."))
                .findFirst().orElseThrow(() -> new AssertionError("unique right: " + c.unique().right()));
        var nearest = c.nearest(app.parallax.model.Side.RIGHT, missiles).orElseThrow();
        assertTrue(nearest.similarity() < ClaimModel.bundled().threshold(ClaimModel.Threshold.RELATED), nearest::toString);
        assertTrue(c.left().text().substring(nearest.counterpart().start(), nearest.counterpart().end())
                .equals(nearest.counterpart().text()));
    }

    @Test
    void socialPlugsAreBoilerplateNotClaims() {
        Comparison c = compare("000", "004");
        String follow = "Follow us on Google News, Facebook and Twitter to stay informed.";
        assertTrue(c.boilerplate().left().stream().anyMatch(s -> s.text().equals(follow)));
        assertTrue(c.unique().left().stream().noneMatch(s -> s.text().contains("Follow us")));
        assertTrue(c.claims().stream().noneMatch(m -> m.left().text().contains("Follow us")));
    }

    @Test
    void sharedPhrasesAreWordForWord() {
        Comparison c = compare("000", "004");
        assertTrue(c.phrases().stream().anyMatch(p ->
                p.left().text().equals("that no one should strengthen their security at the expense of") && p.words() == 11),
                () -> "phrases: " + c.phrases());
    }

    @ParameterizedTest
    @CsvSource({"000,001", "000,002", "000,003", "000,004", "001,002", "001,003", "001,004", "002,003", "002,004",
        "003,004"})
    void everySpanPointsIntoItsOwnArticle(String left, String right) {
        Comparison c = compare(left, right);
        String l = c.left().text();
        String r = c.right().text();
        c.quotes().forEach(q -> {
            assertSpan(l, q.left());
            assertSpan(r, q.right());
        });
        c.claims().forEach(m -> {
            assertSpan(l, m.left());
            assertSpan(r, m.right());
            m.conflict().ifPresent(k -> {
                assertTrue(m.left().contains(k.left()));
                assertTrue(m.right().contains(k.right()));
            });
        });
        c.phrases().forEach(p -> {
            assertSpan(l, p.left());
            assertSpan(r, p.right());
        });
        c.unique().left().forEach(s -> assertSpan(l, s));
        c.unique().right().forEach(s -> assertSpan(r, s));
        c.boilerplate().left().forEach(s -> assertSpan(l, s));
        c.boilerplate().right().forEach(s -> assertSpan(r, s));
        for (Span u : c.unique().left()) {
            assertTrue(c.boilerplate().left().stream().noneMatch(b -> b.overlaps(u)), "unique inside boilerplate: " + u);
        }
    }

    private static void assertSpan(String text, Span span) {
        assertTrue(span.end() <= text.length(), "span past the end: " + span);
        assertEquals(text.substring(span.start(), span.end()), span.text());
    }

    @Test
    void comparingTheOtherWayRoundFindsTheSameQuotes() {
        Comparison forward = compare("000", "004");
        Comparison backward = compare("004", "000");
        assertEquals(forward.quotes().size(), backward.quotes().size());
    }

    @Test
    void aComparisonNamesTheCallersOwnArticlesWhenTheirAnalysisIsCached() {
        var right = app.parallax.Seeds.article("004");
        ENGINE.compare(app.parallax.Seeds.article("001"), right);
        var readAgain = app.parallax.Seeds.article("001");
        Comparison c = ENGINE.compare(readAgain, right);
        org.junit.jupiter.api.Assertions.assertSame(readAgain, c.left(), "the window tells its pair by identity");
        org.junit.jupiter.api.Assertions.assertSame(right, c.right());
    }
}

